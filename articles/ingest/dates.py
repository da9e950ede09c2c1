"""Dates as far as a text fixes them, never further.

A PartialDate keeps only the parts the text gives: "January 17" has a month and a day but
no year; "2022" has only a year. Nothing here imports Django.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class PartialDate:
    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None

    @property
    def precision(self) -> str:
        """'minute', 'day', 'month', 'year' or '' (unknown): the finest part known."""
        if self.minute is not None and self.day is not None:
            return "minute"
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        if self.year is not None:
            return "year"
        return ""

    @property
    def known(self) -> bool:
        return self.precision != ""

    def iso(self) -> str | None:
        """ISO 8601 for a date whose year is known ('2022-02-09T22:31', '2022-01', '2022'); else None."""
        if self.year is None:
            return None
        out = f"{self.year:04d}"
        if self.month is not None:
            out += f"-{self.month:02d}"
            if self.day is not None:
                out += f"-{self.day:02d}"
                if self.hour is not None and self.minute is not None:
                    out += f"T{self.hour:02d}:{self.minute:02d}"
        return out

    def as_datetime(self) -> datetime | None:
        """A sortable naive datetime (missing parts at their first value), when the year is known."""
        if self.year is None:
            return None
        return datetime(self.year, self.month or 1, self.day or 1, self.hour or 0, self.minute or 0)

    def as_date(self) -> date | None:
        moment = self.as_datetime()
        return moment.date() if moment else None

    def display(self) -> str:
        """How an editor reads it: '9 February 2022, 22:31', '17 January, year unknown', 'date unknown'."""
        if not self.known:
            return "date unknown"
        parts = []
        if self.day is not None:
            parts.append(str(self.day))
        if self.month is not None:
            parts.append(calendar.month_name[self.month])
        if self.year is not None:
            parts.append(str(self.year))
        text = " ".join(parts)
        if self.year is None:
            text += ", year unknown"
        if self.precision == "minute":
            text += f", {self.hour:02d}:{self.minute:02d}"
        return text
