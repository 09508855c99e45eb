"""The coach: one case at a time up the ladder (calm down → clarify → set boundaries → …)."""
