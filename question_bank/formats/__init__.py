"""Question file formats: each module parses a file into neutral dicts and writes neutral dicts back.

The neutral dict is described in question_bank.services.content. Parsers never touch the database; the
import service validates every item and writes all or nothing.
"""

from __future__ import annotations

from .base import FormatError, ParseResult, Problem

FORMATS = ("csv", "gift", "moodle-xml")


def parser_for(name: str):
    from . import csv as csv_format
    from . import gift, moodle_xml

    return {"csv": csv_format.parse, "gift": gift.parse, "moodle-xml": moodle_xml.parse}[name]


def writer_for(name: str):
    from . import csv as csv_format
    from . import gift, moodle_xml

    return {"csv": csv_format.write, "gift": gift.write, "moodle-xml": moodle_xml.write}[name]


__all__ = ["FORMATS", "FormatError", "ParseResult", "Problem", "parser_for", "writer_for"]
