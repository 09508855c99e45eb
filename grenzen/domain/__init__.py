"""Pure-Python heart of Grenzen: no Qt, no database, fully unit-tested."""
