"""Every write to the question bank goes through these services."""
