"""The taboo-question checker: a small pattern language over lemmatised text (see docs/interviewing.md)."""
