"""Remaining times and instants as the practitioner reads them: « 1 min 42 s », « 14:35:12 ».

Pure functions over numbers (no clock reads here): the views pass the time they computed with, so tests
drive them with a fake clock.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale


def format_remaining(seconds: float) -> str:
    """A countdown, rounded up to the second so that « 0 s » means really over: « 1 h 05 min », « 1 min 42 s »."""
    total = max(0, math.ceil(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return QCoreApplication.translate("durations", "{hours} h {minutes:02d} min").format(
            hours=hours, minutes=minutes
        )
    if minutes:
        return QCoreApplication.translate("durations", "{minutes} min {seconds:02d} s").format(
            minutes=minutes, seconds=secs
        )
    return QCoreApplication.translate("durations", "{seconds} s").format(seconds=secs)


def format_clock_time(timestamp: float) -> str:
    """A wall-clock instant (seconds since the epoch) as a local time of day, in the interface's locale."""
    when = QDateTime.fromMSecsSinceEpoch(round(timestamp * 1000))
    return QLocale().toString(when.time(), "HH:mm:ss")


def format_date_time(timestamp: float) -> str:
    """A wall-clock instant as a short local date and time, in the interface's locale."""
    when = QDateTime.fromMSecsSinceEpoch(round(timestamp * 1000))
    return QLocale().toString(when, QLocale.FormatType.ShortFormat)
