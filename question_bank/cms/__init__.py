"""The question bank's staff pages in /cms/ (the Wagtail admin)."""
