"""The exit planner: contracts, exit scenarios with their dates, deadlines, letters."""
