"""Write workflows of the courses app. Import from the submodules: progress, seeding, translation, workflow."""
