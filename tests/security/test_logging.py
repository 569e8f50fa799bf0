import json
import logging

from localoffer.logging import JSONFormatter


def test_json_lines_carry_the_message_level_and_context():
    record = logging.makeLogRecord(
        {"name": "feedback", "levelname": "ERROR", "msg": "Could not save %s", "args": ("rating",)}
    )
    record.page_id = 42
    line = json.loads(JSONFormatter().format(record))
    assert line["message"] == "Could not save rating"
    assert line["level"] == "ERROR"
    assert line["logger"] == "feedback"
    assert line["page_id"] == 42


def test_exceptions_are_included():
    try:
        raise ValueError("index is corrupt")
    except ValueError:
        import sys

        record = logging.makeLogRecord({"msg": "search failed", "exc_info": sys.exc_info()})
    line = json.loads(JSONFormatter().format(record))
    assert "ValueError: index is corrupt" in line["exception"]
