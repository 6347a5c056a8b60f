"""Reads for the dashboards. Every figure is computed for a `Scope`: HR sees everyone, a head their departments."""
