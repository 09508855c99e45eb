"""The journal page: the incident list with filters and search, the editor, the clients."""
