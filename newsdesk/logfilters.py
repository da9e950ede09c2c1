"""Filters for the log handlers (settings.LOGGING)."""

import logging


class RefusalsWithoutTracebacks(logging.Filter):
    """A refused request (4xx: PermissionDenied, a bad upload, a suspicious header) is the
    client's doing. Its log line says what was refused and where; the traceback of the exception
    that refused it says nothing more and buries real errors, so it is left out. 5xx keep theirs."""

    def filter(self, record: logging.LogRecord) -> bool:
        status = getattr(record, "status_code", None)
        if record.exc_info and status is not None and status < 500:
            record.exc_info = None
            record.exc_text = None
        return True
