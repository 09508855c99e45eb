"""Client value: the comparison table, the dream-client profile and the zero-based question."""
