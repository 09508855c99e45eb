"""The ``grenzen`` command line: every feature scriptable, on the same services as the GUI."""
