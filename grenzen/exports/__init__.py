"""Exports the user asks for: Markdown, HTML, PDF and calendar files."""
