"""When a service runs, read from the words editors write ("Tuesdays, 6pm to 7:30pm"), for the
Open Referral UK API's `day`, `start_time` and `end_time` filters.

Editors write a service's schedule for families, in a sentence; it is not a timetable. These rules
read the days it names ("Mondays to Thursdays", "weekdays", "seven days a week") and its first
range of times ("10am to 12 noon"). A schedule that names no day or no time ("By appointment")
matches no day or time filter: the API cannot say that it runs then.
"""

import datetime
import re

# ORUK's days are iCalendar's (`schedule.byday`); full English names are accepted too.
DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
DAY_NAMES = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WEEKDAYS = set(DAYS[:5])
EVERY_DAY = set(DAYS)

_DAY_WORD = "(" + "|".join(DAY_NAMES) + ")s?"
_DAY_RANGE = re.compile(_DAY_WORD + r"\s+to\s+" + _DAY_WORD)
_SINGLE_DAY = re.compile(r"\b" + _DAY_WORD + r"\b")
_WEEKDAY_WORDS = re.compile(r"\b(weekdays?|school days|monday to friday)\b")
_EVERY_DAY_WORDS = re.compile(r"\b(seven days a week|every day|daily)\b")
_TIME = r"(?:(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)|(12 noon|noon|midday))"
_TIME_RANGE = re.compile(_TIME + r"\s*(?:to|-|\u2013|until)\s*" + _TIME)


def parse_day(text):
    """An ORUK day code ("MO") from "MO", "mo", "Monday" or "mondays"; None if not a day."""
    word = (text or "").strip().lower().removesuffix("s")
    if word.upper() in DAYS:
        return word.upper()
    if word in DAY_NAMES:
        return DAYS[DAY_NAMES.index(word)]
    return None


def days_named(schedule):
    """The ORUK day codes a schedule names: {"TU", "TH"} for "Tuesdays and Thursdays"."""
    text = schedule.lower()
    if _EVERY_DAY_WORDS.search(text):
        return set(EVERY_DAY)
    days = set(WEEKDAYS) if _WEEKDAY_WORDS.search(text) else set()
    for first, last in _DAY_RANGE.findall(text):
        start, end = DAY_NAMES.index(first), DAY_NAMES.index(last)
        days.update(DAYS[start : end + 1] if start <= end else DAYS[start:] + DAYS[: end + 1])
    days.update(DAYS[DAY_NAMES.index(name)] for name in _SINGLE_DAY.findall(text))
    return days


def _time(hour, minute, half, noon):
    if noon:
        return datetime.time(12)
    hour = int(hour) % 12 + (12 if half == "pm" else 0)
    return datetime.time(hour, int(minute or 0))


def opening_times(schedule):
    """(start, end) of the first range of times a schedule gives, or None."""
    match = _TIME_RANGE.search(schedule.lower())
    if match is None:
        return None
    parts = match.groups()
    try:
        return _time(*parts[:4]), _time(*parts[4:])
    except ValueError:  # "13pm": not a time a reader would understand either
        return None


def runs(schedule, day=None, start_time=None, end_time=None):
    """Whether a schedule runs on `day` (an ORUK code), starting at or after `start_time` and
    ending at or before `end_time`; a filter not given is not checked."""
    if day is not None and day not in days_named(schedule):
        return False
    if start_time is None and end_time is None:
        return True
    times = opening_times(schedule)
    if times is None:
        return False
    starts, ends = times
    return (start_time is None or starts >= start_time) and (end_time is None or ends <= end_time)
