"""Getting into the vault: the first-run window, the unlock window and their background jobs."""
