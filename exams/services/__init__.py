"""Every write workflow of the exams app. Views and tasks call these; nothing else writes exam tables."""
