"""Dates as far as a text fixes them, never further.

A PartialDate keeps only the parts the text gives: "January 17" has a month and a day but
no year; "2022" has only a year. Relative expressions ("last Friday", "7 days ago") are
resolved against a reference date by working out every day they could mean and keeping
only what all those days share: "last week" across a month end is known to the year only.
Nothing here imports Django.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from articles.ingest.lexicon import TEMPERATURE


@dataclass(frozen=True)
class PartialDate:
    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    # The year is not written in the text but worked out (from a weekday the text names).
    year_inferred: bool = False

    @classmethod
    def of_day(cls, day: date) -> PartialDate:
        return cls(day.year, day.month, day.day)

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
        elif self.year_inferred:
            text += " (year inferred from the weekday)"
        if self.precision == "minute":
            text += f", {self.hour:02d}:{self.minute:02d}"
        return text


# --- absolute dates -----------------------------------------------------------------------

MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
MONTHS |= {name.lower(): number for number, name in enumerate(calendar.month_abbr) if name}
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): number for number, name in enumerate(calendar.day_name)}

_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_DATE_PATTERNS = [
    re.compile(r"\b(?P<year>\d{4})-(?P<month>[01]?\d)-(?P<day>[0-3]?\d)\b"),
    # "2024/03/21", "2024.03.21": year first, as East Asian pages write it, is never day-first
    re.compile(r"\b(?P<year>(?:19|20)\d\d)([/.])(?P<month>[01]?\d)\2(?P<day>[0-3]?\d)\b(?![/.]\d)"),
    # "13 April 2025", "13th of April", "13-Apr-2025"
    re.compile(rf"\b{_DAY}(?:\s+(?:of\s+)?|-){_MONTH}(?:(?:,?\s+|-){_YEAR})?\b", re.IGNORECASE),
    # "March 22/2024" and "Jul 14,2024" (no space after the comma) too
    re.compile(rf"\b{_MONTH}\s+{_DAY}(?:(?:,\s*|\s+|/){_YEAR})?\b", re.IGNORECASE),
    re.compile(rf"\b{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(r"\b(?P<first>[0-3]?\d)([/.-])(?P<second>[0-3]?\d)\2(?P<year>(?:19|20)\d\d)\b"),  # "21-03-2024" too
    # "03/06/24": a two-digit year, with slashes only ("3.6.24" may be a version or a score)
    re.compile(r"\b(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)/(?P<year>\d\d)\b(?![/.]\d)"),
    # "14.03.24": with dots only when day and month are written with two digits each, as European
    # pages print them ("3.6.24" stays a version or a score)
    re.compile(r"(?<![\d.])(?P<first>[0-3]\d)\.(?P<second>[0-3]\d)\.(?P<year>\d\d)\b(?![/.]\d)"),
    # "12-03-24 10:12": dashes too, on the same terms (two digits each, day first as dashes are written)
    re.compile(r"(?<![\d-])(?P<first>[0-3]\d)-(?P<second>[0-3]\d)-(?P<year>\d\d)\b(?![-/.]\d)"),
    # "10. 3. 2025": a space after each dot, as Czech, Slovak, Slovene and German pages write the date (day first)
    re.compile(r"(?<![\d.])(?P<first>[0-3]?\d)\.\s(?P<second>[01]?\d)\.\s(?P<year>(?:19|20)\d\d)\b(?![/.]\d)"),
]
_TIME = re.compile(
    r"\b(?P<hour>[0-2]?\d)(?:[:.](?P<minute>[0-5]\d)(?::[0-5]\d)?)?\s*(?P<ampm>[ap])\.?m\b\.?"
    # seconds ("17:12:05") are read and left; "10h20" is how French-speaking newsrooms write the time
    r"|\b(?P<hour24>[0-2]?\d)(?:[:.]|(?<=\d)h(?=[0-5]\d\b))(?P<minute24>[0-5]\d)(?::[0-5]\d)?\b",
    re.IGNORECASE,
)


def _full_year(text: str) -> int:
    """'2024' → 2024; '24' → 2024 (a two-digit year on a news page is this century's)."""
    return int(text) if len(text) == 4 else 2000 + int(text)


def _valid_day(year: int | None, month: int, day: int) -> bool:
    if not 1 <= month <= 12 or day < 1:
        return False
    # Without a year, 29 February is possible.
    return day <= calendar.monthrange(year or 2000, month)[1]


def _date_from_match(match: re.Match) -> PartialDate | None:
    parts = match.groupdict()
    year = _full_year(parts["year"]) if parts.get("year") else None
    if parts.get("first"):
        # dd/mm/yyyy or mm/dd/yyyy: only the year is certain unless one reading is impossible. Dots and
        # dashes ("12.03.2024", "12-03-2024") are written day first wherever pages use them.
        first, second = int(parts["first"]), int(parts["second"])
        readings = {(m, d) for m, d in ((second, first), (first, second)) if _valid_day(year, m, d)}
        if _day_first_separator(match.group()) and _valid_day(year, second, first):
            readings = {(second, first)}
        if len(readings) != 1:
            return PartialDate(year) if readings else None
        month, day = readings.pop()
        return PartialDate(year, month, day)
    month_text = parts["month"].lower()
    month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text.rstrip("."))
    if month is None:
        return None
    if parts.get("day") is None:
        return PartialDate(year, month)
    day = int(parts["day"])
    if not _valid_day(year, month, day):
        return None
    return PartialDate(year, month, day)


def _day_first_separator(written: str) -> bool:
    """'12.03.2024', '14.03.24', '12-03-2024', '10. 3. 2025': numeric dates with dots or dashes, which only day-first
    countries print (month-first pages write '03/12/2024')."""
    return "/" not in written and bool(re.search(r"\d[.-] ?\d", written))  # "10. 3. 2025" too


# "Published on 12/03/2024 at 08h15": the clock written "08h15" is French-speaking newsrooms', who write the day first.
_DAY_FIRST_CLOCK = re.compile(r"\b[0-2]?\d[h][0-5]\d\b")


def find_date(text: str) -> tuple[PartialDate, tuple[int, int]] | None:
    """The first absolute date written in the text and its (start, end) span; None if there is none."""
    found = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            value = _date_from_match(match)
            if value is not None:
                found.append((match.start(), -(match.end() - match.start()), value, match.span()))
                break
    if not found:
        return None
    _, _, value, span = min(found, key=lambda item: item[:2])
    if value.precision == "year" and _DAY_FIRST_CLOCK.search(text):
        readings = numeric_readings(text[span[0] : span[1]])
        if readings:
            value = readings[0][0]  # the day-first reading
    return value, span


_NUMERIC_DATES = _DATE_PATTERNS[-5:]


def numeric_readings(text: str) -> list[tuple[PartialDate, PartialDate]]:
    """Each 'dd/mm/yyyy or mm/dd/yyyy' date of the text that both readings allow ('05/03/2024': 5 March
    or 3 May), as (day first, month first)."""
    found = []
    matches = [m for pattern in _NUMERIC_DATES for m in pattern.finditer(text)]
    for match in matches:
        first, second, year = int(match.group("first")), int(match.group("second")), _full_year(match.group("year"))
        if first != second and _valid_day(year, second, first) and _valid_day(year, first, second):
            found.append((PartialDate(year, second, first), PartialDate(year, first, second)))
    return found


DAY_FIRST, MONTH_FIRST = "day first", "month first"
# "31 March", "1st April 2024": the day written before the month's name, as day-first countries write it (US pages
# write "March 31"; "the 4th of July" is not this form).
_DAY_BEFORE_MONTH_NAME = re.compile(
    r"\b[0-3]?\d(?:st|nd|rd|th)?\s+(?-i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
    r"|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b"
)
# "9:15 PM ET", "10:02 a.m. EDT": the time zones of the United States, where numeric dates are written month first.
_US_ZONE_AFTER_CLOCK = re.compile(
    r"(?:\d[:.][0-5]\d(?:\s*[ap]\.?m\.?)?|\d\s*[ap]\.?m\.?)\s+(?-i:(?:[ECMP][SD]?T|AK[SD]T|HST))\b", re.IGNORECASE
)  # a clock first: "10 CT scans" is no time


# "16:22 EAT", "9.30am IST", "14:05 CET": the zones of Africa, Europe, South Asia and Australia, whose countries write
# numeric dates day first.
_DAY_FIRST_ZONE_AFTER_CLOCK = re.compile(
    r"(?:\d[:.][0-5]\d(?:\s*[ap]\.?m\.?)?|\d\s*[ap]\.?m\.?)\s+"
    r"(?-i:(?:EAT|CAT|WAT|SAST|IST|PKT|BST|CES?T|EES?T|WES?T|MSK|AE[SD]T|AC[SD]T|AWST|NZ[SD]T))\b",
    re.IGNORECASE,
)


def numeric_order(texts: list[str]) -> str:
    """Which way round a page writes numeric dates, from the page itself: DAY_FIRST when it writes a numeric date
    that only reads day first ('14/03/2024'), one with dots or dashes ('05.03.2024'), or a date with the day
    before the month's name ('31 March'); MONTH_FIRST when it writes one that only reads month first ('03/14/2024')
    or a clock in a US time zone ('9:15 PM ET'), DAY_FIRST for a clock in a day-first country's zone ('16:22 EAT');
    '' when it shows neither, or both (then '05/03/2024' stays
    5 March or 3 May, and only its year is known)."""
    day_first = month_first = False
    for text in texts:
        for match in (m for pattern in _NUMERIC_DATES for m in pattern.finditer(text)):
            first, second = int(match.group("first")), int(match.group("second"))
            day_first |= (second <= 12 < first <= 31) or (_day_first_separator(match.group()) and first <= 31)
            month_first |= first <= 12 < second <= 31 and not _day_first_separator(match.group())
        day_first |= _DAY_BEFORE_MONTH_NAME.search(text) is not None
        month_first |= _US_ZONE_AFTER_CLOCK.search(text) is not None
        day_first |= _DAY_FIRST_ZONE_AFTER_CLOCK.search(text) is not None
    if day_first == month_first:
        return ""
    return DAY_FIRST if day_first else MONTH_FIRST


def find_time(text: str) -> tuple[int, int, tuple[int, int]] | None:
    """The first clock time in the text ('22:31', '3.45pm', '11 a.m.') as (hour, minute, span)."""
    for match in _TIME.finditer(text):
        if match.group("hour24") is not None:
            hour, minute = int(match.group("hour24")), int(match.group("minute24"))
        else:
            hour, minute = int(match.group("hour")), int(match.group("minute") or 0)
            if not 1 <= hour <= 12:
                continue
            hour = hour % 12 + (12 if match.group("ampm").lower() == "p" else 0)
        if hour <= 23:
            return hour, minute, match.span()
    return None


def parse_date(text: str) -> PartialDate | None:
    """The first absolute date in the text, with its clock time when the text gives one."""
    found = find_date(text)
    if found is None:
        return None
    value, span = found
    rest = text[: span[0]] + " " * (span[1] - span[0]) + text[span[1] :]
    clock = find_time(rest)
    if clock and value.day is not None:
        return PartialDate(value.year, value.month, value.day, clock[0], clock[1])
    return value


# --- dates written in the page's own language ------------------------------------------------
# "Publicerat tisdag 27 augusti 2024 kl 15.42", "Veröffentlicht: 12. März 2024, 14:20 Uhr", "Publié le 3 mars
# 2024 à 14h05", "Lunes, 3 de marzo de 2024", "2024. március 3.": pages in English from newsrooms abroad often
# print their date line in their own language. Such a line is read by putting it into English words first
# (month, weekday, label, "at"), so every rule for English date lines applies to it.

# Months in the major European languages (and in Indonesian and Malay, Afrikaans, Croatian and Serbian,
# Catalan, Swahili and Tagalog, whose newsrooms print English pages too; Croatian "listopada" is October but
# Polish November, and keeps the Polish reading), in the forms dates use (the genitive in Polish and Czech, the
# partitive in Finnish), keyed by their number. Names an English word spells too ("mars", "mai") are only
# read inside a date line, which must be a date and nothing else.
_FOREIGN_MONTH_NAMES = {
    1: "januari januar janvier enero janeiro gennaio stycznia styczeń január tammikuuta ledna ianuarie ocak jänner"
    " januarie siječnja sijecnja januara gener",
    2: "februari februar février fevrier febrero fevereiro febbraio lutego luty február helmikuuta února unora"
    " februarie şubat subat feber veljače veljace februara febrer pebrero",
    3: "mars märz maerz marts maart marzo março marco marca marzec március maaliskuuta března brezna martie mart"
    " maret mac ožujka ozujka marta març machi marso",
    4: "april avril abril aprile kwietnia kwiecień április huhtikuuta dubna aprilie nisan travnja aprila aprili",
    5: "maj mai mei mayo maio maggio maja május toukokuuta května kvetna mayıs mayis svibnja maig",
    6: "juni juin junio junho giugno czerwca czerwiec június kesäkuuta června cervna iunie haziran junie lipnja juna"
    " juny hunyo",
    7: "juli juillet julio julho luglio lipca lipiec július heinäkuuta července cervence iulie temmuz julie julai"
    " srpnja jula juliol hulyo",
    8: "augusti august août aout augustus agosto sierpnia sierpień augusztus elokuuta srpna ağustos agustos ogos"
    " kolovoza avgusta augusta agost agosti",
    9: "september septembre septiembre setembro settembre września wrzesień szeptember syyskuuta září zari"
    " septembrie eylül eylul rujna septembra setembre septemba setyembre",
    10: "oktober octobre octubre outubro ottobre października październik október lokakuuta října rijna octombrie ekim"
    " oktobra oktoba oktubre",
    11: "november novembre noviembre novembro listopada listopad marraskuuta listopadu noiembrie kasım kasim"
    " studenoga studenog novembra novemba nobyembre",
    12: "december dezember décembre decembre diciembre dezembro dicembre grudnia grudzień joulukuuta prosince"
    " decembrie aralık aralik desember disember prosinca decembra desembre desemba disyembre",
}
FOREIGN_MONTHS = {name: number for number, names in _FOREIGN_MONTH_NAMES.items() for name in names.split()}
# Short forms ("21 nov 2024", "3 mrt", "12 okt.", "5 dez."): those that are not already English abbreviations.
# English words ("ago", "set", "out") are left out: "3 days ago" must stay relative.
FOREIGN_MONTHS |= {
    "mrt": 3,
    "mär": 3,
    "okt": 10,
    "dez": 12,
    "giu": 6,
    "lug": 7,
    "ott": 10,
    "dic": 12,
    "ene": 1,
    "abr": 4,
    "fev": 2,
    "febr": 2,
    "márc": 3,
    "ápr": 4,
    "máj": 5,
    "jún": 6,
    "júl": 7,
    "szept": 9,
}
_FOREIGN_WEEKDAY_NAMES = {
    0: "måndag mandag montag lundi lunes segunda-feira lunedì lunedi poniedziałek hétfő maanantai pondělí maandag"
    " luni pazartesi senin isnin maandag ponedjeljak ponedeljak dilluns jumatatu",
    1: "tisdag tirsdag dienstag mardi martes terça-feira martedì martedi wtorek kedd tiistai úterý dinsdag marţi"
    " marti salı selasa dinsdag utorak dimarts jumanne",
    2: "onsdag mittwoch mercredi miércoles quarta-feira mercoledì mercoledi środa szerda keskiviikko středa woensdag"
    " miercuri çarşamba rabu woensdag srijeda sreda dimecres jumatano",
    3: "torsdag donnerstag jeudi jueves quinta-feira giovedì giovedi czwartek csütörtök torstai čtvrtek donderdag"
    " joi perşembe kamis khamis donderdag četvrtak cetvrtak dijous alhamisi",
    4: "fredag freitag vendredi viernes sexta-feira venerdì venerdi piątek péntek perjantai pátek vrijdag vineri cuma"
    " jumat jumaat vrydag petak divendres ijumaa",
    5: "lördag lørdag samstag sonnabend samedi sábado sabato sobota szombat lauantai zaterdag sâmbătă cumartesi"
    " sabtu saterdag subota dissabte jumamosi",
    6: "söndag søndag sonntag dimanche domingo domenica niedziela vasárnap sunnuntai neděle zondag duminică pazar"
    " minggu ahad sondag nedjelja nedelja diumenge jumapili",
}
_FOREIGN_WEEKDAYS = {name: number for number, names in _FOREIGN_WEEKDAY_NAMES.items() for name in names.split()}
# Short weekdays ("di 21 nov", "Mo., 3. März", "mer 5 juin"): read only right before a day's number.
_FOREIGN_SHORT_WEEKDAYS = {
    "ma": 0,
    "di": 1,
    "wo": 2,
    "do": 3,
    "vr": 4,
    "za": 5,
    "zo": 6,  # Dutch
    "mo": 0,
    "mi": 2,
    "fr": 4,
    "sa": 5,
    "so": 6,  # German ("di", "do" as in Dutch)
    "lun": 0,
    "mer": 2,
    "jeu": 3,
    "ven": 4,
    "sam": 5,
    "dim": 6,  # French ("mar" is March)
    "mån": 0,
    "tis": 1,
    "ons": 2,
    "tors": 3,
    "fre": 4,
    "lör": 5,
    "sön": 6,  # Swedish
    "man": 0,
    "tir": 1,
    "tor": 3,
    "lør": 5,
    "søn": 6,  # Danish and Norwegian
}
# Publication labels in those languages → the English label the date line rules know.
_FOREIGN_LABELS = [
    (
        r"publicerat|publicerad|publisert|publiceret|publiceret\s+den|veröffentlicht|ver[oö]ffentlicht\s+am"
        r"|publié|publie|publicado|publicada|pubblicato|opublikowano|gepubliceerd|gepubliceerd\s+op|közzétéve"
        r"|publikálva|julkaistu|publicat|publikováno|yayınlanma|yayınlandı|erschienen|erstellt"
        r"|diterbitkan|dipublikasikan|dipublikasi|terbit|gepubliseer|objavljeno|objavljen|imechapishwa|inilathala"
        r"|опубликовано|опубликован|опубліковано|публікація|дата\s+публикации|публикувано|објављено",  # Cyrillic
        "Published",
    ),
    (
        r"uppdaterad|uppdaterat|oppdatert|opdateret|aktualisiert|mis\s+à\s+jour|mis\s+a\s+jour|actualizado|atualizado"
        r"|aggiornato|zaktualizowano|aktualizacja|bijgewerkt|ge[uü]pdatet|frissítve|frissitve|päivitetty|actualizat"
        r"|aktualizováno|güncellendi|güncelleme|zuletzt\s+aktualisiert"
        r"|diperbarui|diperbaharui|dikemaskini|kemaskini|opgedateer|ažurirano|azurirano|actualitzat"
        r"|обновлено|обновлен|оновлено|актуализирано|ажурирано",  # Cyrillic
        "Updated",
    ),
]
_FOREIGN_LABEL_PATTERNS = [
    (
        re.compile(
            rf"(?<!\w)(?:{words})(?!\w)\s*(?P<colon>:)?\s*(?:(?:le|el|em|il|am|op|den|on|o|na)\b\s*)?", re.IGNORECASE
        ),
        label,
    )
    for words, label in _FOREIGN_LABELS
]
# "à 14h05", "às 09h30", "alle 11:20", "um 14:20", "om 10:03", "kl. 15.42", "o godz. 11:20", "klo 9.30": "at"
_FOREIGN_AT = re.compile(
    r"(?<!\w)(?:à|a\s+las|a\s+la|a\s+les|às|as|alle|ore|um|om|o\s+godz\.?|godz\.?|klo|kl\.?|saat|pukul|pkl\.?|jam"
    r"|[uв](?=\s+[0-2]?\d[:.]\d\d))(?!\w)",  # Croatian "u 09:15", Russian "в 09:15" only before a clock
    re.IGNORECASE,
)
_CLOCK_WORD = re.compile(r"(?<=\d)\s*(?:Uhr|uur|óra|Uhr\.)(?!\w)", re.IGNORECASE)
_FOREIGN_WORD = r"[^\W\d_][^\W\d_'’-]*\.?"
# "2024. március 3.", "2024. márc. 3.": Hungarian writes the year first, with full stops after year and day.
_YEAR_FIRST_NAMED = re.compile(r"\b(?P<year>(?:19|20)\d\d)\.\s*(?P<month>[^\W\d_]+)\.?\s+(?P<day>[0-3]?\d)\.?(?!\d)")
# "12. März 2024", "27. august": the day with a full stop (German, Nordic, Czech, Polish pages).
_DAY_WITH_STOP = re.compile(r"\b(?P<day>[0-3]?\d)\.\s+(?=[^\W\d_])")
# "3 de marzo de 2024", "14 de maio de 2024": Spanish and Portuguese join day, month and year with "de".
_DE_BETWEEN = re.compile(r"(?<=\d)\s+(?:de|del)\s+(?=[^\W\d_])|(?<=[^\W\d_])\s+(?:de|del)\s+(?=\d{4}\b)", re.IGNORECASE)


def _foreign_month(word: str) -> int | None:
    key = word.lower().rstrip(".")
    return None if key in MONTHS else FOREIGN_MONTHS.get(key)


def _foreign_cues(line: str) -> bool:
    """Whether a line names a month, weekday or publication label in another language, or writes the day
    with a full stop before a month's name ('27. August 2024')."""
    words = re.findall(r"[^\W\d_][^\W\d_-]*", line)
    if any(_foreign_month(w) or w.lower() in _FOREIGN_WEEKDAYS for w in words):
        return True
    if any(pattern.search(line) for pattern, _ in _FOREIGN_LABEL_PATTERNS):
        return True
    day_then_month = (m.group(1).lower().rstrip(".") in MONTHS for m in _DAY_WITH_STOP_MONTH.finditer(line))
    return any(day_then_month) or bool(_SHORT_WEEKDAY_BEFORE_DATE.search(line))


_DAY_WITH_STOP_MONTH = re.compile(r"\b[0-3]?\d\.\s+([^\W\d_]+\.?)")
_SHORT_WEEKDAY_BEFORE_DATE = re.compile(
    r"^(?:" + "|".join(_FOREIGN_SHORT_WEEKDAYS) + r")\.?,?\s+[0-3]?\d\.?\s+[^\W\d_]{3}", re.IGNORECASE
)
# "le 3 mars 2024", "el 3 de marzo", "den 4 juni", "am 12. März": the article before the day.
_ARTICLE_BEFORE_DAY = re.compile(r"(?:^|(?<=\s))(?:le|el|den|am|il|op|em|o)\s+(?=[0-3]?\d\b)", re.IGNORECASE)


def in_english(line: str) -> str:
    """A date line in another European language with its words put into English ('Publicerat tisdag 27
    augusti 2024 kl 15.42' → 'Published Tuesday 27 August 2024 at 15.42'); a line with no such cue is
    returned as it is."""
    if not _foreign_cues(line):
        return line
    text = _YEAR_FIRST_NAMED.sub(
        lambda m: (
            f"{m.group('day')} {m.group('month')} {m.group('year')}"
            if _foreign_month(m.group("month")) or m.group("month").lower().rstrip(".") in MONTHS
            else m.group(0)
        ),
        line,
    )
    for pattern, label in _FOREIGN_LABEL_PATTERNS:
        text = pattern.sub(lambda m, label=label: f"{label}{m.group('colon') or ''} ", text, count=1)
    text = _DE_BETWEEN.sub(" ", text)
    text = _ARTICLE_BEFORE_DAY.sub("", text)
    text = _DAY_WITH_STOP.sub(r"\g<day> ", text)
    text = _CLOCK_WORD.sub("", text)
    text = _FOREIGN_AT.sub("at", text)

    def english(match: re.Match) -> str:
        word = match.group(0)
        key = word.lower().rstrip(".,")
        if (month := _foreign_month(word)) is not None:
            return calendar.month_name[month]
        weekday = _FOREIGN_WEEKDAYS.get(key)
        if weekday is None and re.match(r"\.?,?\s*[0-3]?\d\b", text[match.end() :]):
            weekday = _FOREIGN_SHORT_WEEKDAYS.get(key)  # "di 21 nov": a short weekday right before the day
        return calendar.day_name[weekday] if weekday is not None else word

    text = re.sub(r"[^\W\d_][^\W\d_-]*\.?", english, text)
    return re.sub(r"\s+", " ", text).strip()


# --- date lines ("9 February 2022, 22:31 | Updated: 10 February 2022, 10:08") ----------------


@dataclass(frozen=True)
class DateLine:
    """What a page's date line says: absolute dates, or relative ones to resolve later."""

    published: PartialDate = PartialDate()
    updated: PartialDate = PartialDate()
    published_relative: str = ""  # "7 days ago": needs a reference date
    updated_relative: str = ""
    # The published date carries its label ("Published on …", "Posted: …"): the page says what it
    # is, where a bare date above the headline may be the day the page was read.
    published_labelled: bool = False


# "Updated as of Mar 20 2024 07:30 PM": the Philippine networks' wording
_UPDATED_LABEL = re.compile(r"^(?:last\s+)?(?:updated?|modified|edited)\b\s*(?:on|at|as\s+of)?\s*:?", re.IGNORECASE)
_PUBLISHED_LABEL = re.compile(
    # "This report was published on 15 January 2024.": a note under the story that is the page's only date
    r"^(?:this\s+(?:article|report|story|piece|post|column|interview)\s+was\s+)?"
    r"(?:(?:first|originally)\s+)?(?:published|posted|created|date|released|issued|written"
    r"|(?:publish|publication|release)\s+date"  # "Publish Date: …", "Written on …"
    r"|publish"  # "Publish : 14 Mar 2024, 18:02" (after "Publish Date", which it would cut short)
    # "FOR IMMEDIATE RELEASE – March 5, 2025": a press release's release line dates it
    r"|for\s+(?:immediate\s+)?release"
    # "Embargoed until 14:00 hours, 20 March 2024": a release is published when its embargo lifts
    r"|(?:strictly\s+)?embargo(?:ed)?\s+(?:until|till|to)(?:\s+(?:release|publication|broadcast))?)\b\s*(?:on|at)?\s*:?",
    re.IGNORECASE,
)
_SEGMENT_SPLIT = re.compile(
    r"\s*[|•·●]\s*|(?<!last)\s+\(?(?=(?:last\s+)?(?:updated?|modified)\b)"
    # "… 6:00pm, first published 5:30pm", "date 2024-03-22 Published 07:04 IST, …": a second label
    r"|(?<!first)(?<!originally)(?<!was)(?<=\S)\s+(?=(?:(?:first|originally)\s+)?(?:published|posted)\b)"
    r"|\s+/\s+"  # "Example Desk / Updated: …", "March 21, 2024 / 4:12 PM EDT / Example News"
    r"|\s+[-–—]\s+(?=(?-i:[A-Z][A-Z .]+)$)"  # "… 10:35 pm IST - CHENNAI": the place, after a dash
    r"|\s+[-–—]\s+(?=(?-i:[A-Z][a-z]+(?:\s+(?:&|and|[A-Z][a-z]+))*)$)"  # "Mar 6, 2024 - Economy & Business"
    # "India News - Example Wire - Updated: …", "… 4:12 PM EDT — Example CBN News": a name between dashes
    r"|\s+[-–—]\s+(?=(?-i:[A-Z][\w.'’]*(?:\s+(?:&|and|[A-Z][\w.'’]*))*)(?:\s+[-–—]\s|$))"
    # "Kaivai News — 13 March 2024", "Source: Agency - 2024-03-03 17:12 - Editor: Ann Lee", "… 2024 — 34 min read":
    # a dash parts a line's fields as a bar does, a date's clock after it ("Mar 14 2024 - 17:25") aside
    r"|(?<=[^\W\d_])\s+[-–—]\s+(?=\d)|\s+[-–—]\s+(?=(?-i:[A-Z][\w.]*:\s))|\s+[-–—]\s+(?=\d{1,3}\s*min)",
    re.IGNORECASE,
)
# Words a date line may hold besides the date itself: weekdays, zones, joiners.
_DATE_FILLER = re.compile(
    r"(?-i:\b(?:GMT|UTC)[+-]\d{1,2}(?::?\d\d)?)"  # "GMT+9", before "GMT" alone
    r"|\b(?:on|at|the|of|about|around|local|time|hrs|gmt|bst|utc|cet|cest|est|edt|et|pst|pdt|pt|cst|cdt|ct|ist|jst|msk"
    r"|uk|kl)\b"  # "08.04.2024 kl. 09.30": Nordic pages write "kl." (o'clock) before the time
    r"|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b\.?"
    # other time zones as pages abbreviate them ("AEDT", "CAT", "SAST", "GMT+9"), and the city whose
    # time it is ("(Paris)")
    r"|(?-i:\b[A-Z]{1,4}T\b|\bSAST\b)|(?-i:\([A-Z][a-z]+(?: [A-Z][a-z]+)?\))"
    # the same day in another calendar ("29 Esfand 1402", "8 Ramadan 1445 AH", "21 March 2567" in the
    # Buddhist era), and the share button printed after the date ("March 28 2024 Share")
    r"|(?-i:\b[0-3]?\d\s+[A-Z][\w'’-]+\s+(?:1[34]|25)\d\d(?:\s+(?:AH|SH|BE))?\b)|\bshare\b"
    r"|[,:;.()\-–—/+@]",  # "April 12, 2025 @ 3:10pm"
    re.IGNORECASE,
)
# Parts of a date line that are not dates and do not make it a sentence: the reading time
# ("9 min read"), and beside a labelled date the place, section or agency it was filed from
# ("Chennai | Updated: …", "India News | Example Wire | Updated: …").
_READING_TIME = re.compile(r"^\d{1,3}\s*(?:min(?:ute)?s?|mins?)\.?\s+read$", re.IGNORECASE)
# "Episode 112 · 21 March 2024 · 34 min": a podcast's number and running time beside its date.
# "Tuesday, March 25, 2025 | Issue No. 412", "Vol. 12, No. 7", "Issue #88": an issue's number beside its date.
_EPISODE_SEGMENT = re.compile(
    r"^(?:(?:(?:episode|ep\.?|part|issue|vol\.?|volume|no\.|edition)\s*(?:no\.?\s*|#\s*)?\d{1,4},?\s*)+"
    r"|(?:\d{1,2}\s*(?:h|hrs?|hours?)\s*)?\d{1,3}\s*(?:min|mins|minutes))$",
    re.IGNORECASE,
)
# "31°C Kuala Belait", "-4 °F": the weather and its town printed beside the day's date.
_WEATHER_SEGMENT = re.compile(rf"^{TEMPERATURE}(?:\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}})?$")
_LABEL_SEGMENT = re.compile(r"^[A-Z][^\W\d_]+(?:(?:[ -]|\s+(?:&|and)\s+)[A-Z][^\W\d_]+){0,3}$")
# "Source: Example Agency", "Editor: Ann Lee": a labelled credit beside the date.
_CREDIT_SEGMENT = re.compile(r"^[A-Z][a-z]+\s*:\s*[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,3}$")
_RELATIVE_IN_LINE = re.compile(
    r"\b(?:(?:\d+|an?|one)\s+(?:second|minute|min|hour|hr|day|week|month|year)s?\s+ago|yesterday|today|just now)\b",
    re.IGNORECASE,
)


# "14:20 WIB", "09:30 WITA", "10:00 MSK": a word in capitals right after a clock is its time zone, whatever the
# zone (the filler below lists the common ones for dates written without a clock).
_ZONE_AFTER_CLOCK = re.compile(r"^\s*(?-i:[A-Z]{2,5})\b(?![+-]\d)")  # "GMT+9" is the filler's


def _without_clock(text: str, span: tuple[int, int]) -> str:
    """The text without the clock at span and the time zone written right after it."""
    after = text[span[1] :]
    zone = _ZONE_AFTER_CLOCK.match(after)
    return text[: span[0]] + " " + (after[zone.end() :] if zone else after)


def _read_date_segment(segment: str) -> tuple[PartialDate, str] | None:
    """One labelled part of a date line → (absolute date, relative expression); None if it is not a date."""
    value, relative = PartialDate(), ""
    rest = segment
    found = find_date(rest)
    if found:
        value, (start, end) = found
        rest = rest[:start] + " " + rest[end:]
        clock = find_time(rest)
        if clock:
            if value.day is not None:
                value = PartialDate(value.year, value.month, value.day, clock[0], clock[1])
            rest = _without_clock(rest, clock[2])
    else:
        match = _RELATIVE_IN_LINE.search(rest)
        if match:
            relative = match.group(0)
            rest = rest[: match.start()] + " " + rest[match.end() :]
        clock = find_time(rest)
        if clock:
            rest = _without_clock(rest, clock[2])
        if not relative and not clock:
            return None
    if _DATE_FILLER.sub(" ", rest).strip():
        return None  # other words: a sentence that mentions a date, not a date line
    return value, relative


_ISO_MOMENT = re.compile(r"(?P<day>\b\d{4}-\d\d-\d\d)T(?P<clock>\d\d:\d\d)(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?\b")


# "March 21, 2024 in Business", "Posted on 3 March 2024 in Press releases", "… in Local News, Politics": the
# categories after the date, their later words in title or sentence case
_IN_SECTION_AT_END = re.compile(
    r"(?<=\d)\s+in\s+(?-i:[A-Z][\w&'’]*(?:,?\s+(?:&|and|[A-Za-z][\w&'’]*)){0,4})$", re.IGNORECASE
)
# "date 2024-03-14 Politics", "date 2024-03-05 Local News", "Posted 3 March 2024 World": a section written after
# a labelled date (up to three words).
_SECTION_AFTER_LABELLED_DATE = re.compile(
    r"^(?=(?:(?:first|originally)\s+)?(?:published|posted|date|dated)\b)(?P<dated>.*\d)"
    r"\s+(?-i:[A-Z][a-z]+(?:\s+(?:(?:&|and)\s+)?[A-Z][a-z]+){0,2})$",
    re.IGNORECASE,
)
# "March 20, 2025 News", "Friday, 14 March 2025 Politics, Top Stories": a site's section names run on after a
# full date with no label or bar between them (the category links printed after the date). Only words of a
# section's name are taken, so that "March 20, 2025 Ann Lee" (a name) is never read as a date line.
_SECTIONS_AFTER_DATE = re.compile(
    r"^(?P<dated>.*\b(?:19|20)\d\d(?:,?\s+[0-2]?\d[:.]\d\d(?:\s*[ap]\.?m\.?)?)?)"
    r"\s+(?P<sections>(?-i:[A-Z][a-z]+)(?:(?:,\s*|\s+(?:&\s+|and\s+)?)(?-i:[A-Z][a-z]+)){0,5})$",
    re.IGNORECASE,
)
SECTION_NAME_WORDS = {
    "news", "latest", "breaking", "top", "stories", "story", "headlines", "local", "national", "world",
    "international", "regional", "regions", "region", "politics", "business", "economy", "finance", "markets",
    "sport", "sports", "opinion", "editorial", "analysis", "features", "feature", "health", "education",
    "environment", "climate", "crime", "courts", "justice", "metro", "city", "nation", "africa", "asia",
    "europe", "americas", "culture", "entertainment", "lifestyle", "technology", "tech", "science", "travel",
    "agriculture", "energy", "community", "society", "general", "government", "elections", "diplomacy",
    "security", "transport", "weather", "religion", "arts",
}  # fmt: skip


def _without_sections_after_date(line: str) -> str:
    """'March 20, 2025 News' → 'March 20, 2025'; the line as it is when the words after the date are not all
    a section's."""
    match = _SECTIONS_AFTER_DATE.match(line.strip())
    if not match:
        return line
    words = [w for w in re.split(r"[,\s]+", match.group("sections")) if w and w.lower() not in ("&", "and")]
    if not all(w.lower() in SECTION_NAME_WORDS for w in words) or find_date(match.group("dated")) is None:
        return line
    return match.group("dated")


_READING_TIME_AT_END = re.compile(r"\s+\d{1,3}\s*(?:min(?:ute)?s?|mins?)\.?\s+read$", re.IGNORECASE)
# "Madrid - MAR 14, 2024 - 16:12 CET": the place the story was filed from, one word or in capitals (a
# two-word name in mixed case, "Ann Lee - March 3, 2024", is a byline's name beside its date).
_PLACE_BEFORE_DATE = re.compile(
    r"^(?!(?i:updated?|published|posted|modified|last|first|date|issued|released|for\s+(?:immediate\s+)?release)\b)"
    r"(?P<place>[A-Z][\w'’.]+|[A-Z][A-Z'’.]+(?:\s[A-Z][A-Z'’.]+){1,2})\s+[-–—]\s+"
    r"(?=[0-3]?\d\b|[A-Za-z]{3,9}\.?\s+[0-3]?\d\b)"
)
# "Montevideo, March 22nd 2024 - 06:30 UTC", "Baku, Azerbaijan, March 5": one-word place names (a
# city, then maybe its country) before a month-first date.
_PLACES_BEFORE_DATE = re.compile(
    r"^(?!(?i:updated?|published|posted|modified|last|first|date|issued|released)\b)"
    r"(?P<place>[A-Z][^\W\d_]+(?:,\s+[A-Z][^\W\d_]+)?),\s+(?=" + _MONTH + r"\s+[0-3]?\d(?:st|nd|rd|th)?\b"
    # "Honiara, 24 October 2024": the same, day first (with its year: "Ann, 3 May" is no dateline)
    r"|[0-3]?\d(?:st|nd|rd|th)?\s+" + _MONTH.replace("?P<month>", "?:") + r",?\s+(?:19|20)\d\d\b)",
    re.IGNORECASE,
)
# "03 July, 2024, 7:45 pm Port Vila - 27°C Showers": a weather strip (a town, a dash, its temperature and
# the sky) printed at the end of the date line; set apart as the strip it is.
_WEATHER_STRIP_AT_END = re.compile(
    rf"(?<=\S)\s+(?P<strip>(?:(?!(?:AM|PM)\b)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}}\s+[-–—]\s+)?{TEMPERATURE}"
    r"(?:\s+[A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2})?)$"
)
_WEEKDAY_SEGMENT = re.compile(
    r"^(?:(?:(?:first|originally)\s+)?(?:published|posted|updated)\s*:?\s*)?"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day$",
    re.IGNORECASE,
)


def _places_before_date(line: str) -> str:
    """'Baku, Azerbaijan, March 5' → 'Baku, Azerbaijan | March 5': the place set apart from the date."""
    match = _PLACES_BEFORE_DATE.match(line)
    if not match or match.group("place").split(",")[0].lower().rstrip(".") in MONTHS | WEEKDAYS:
        return line
    return f"{match.group('place').replace(',', '')} | {line[match.end() :]}"


def _with_weekdays_joined(segments: list[str]) -> list[str]:
    """'Published: Sunday | March 17, 2024': a weekday alone in its segment belongs to the date after it."""
    joined: list[str] = []
    for segment in segments:
        if joined and _WEEKDAY_SEGMENT.match(joined[-1].strip()):
            joined[-1] = f"{joined[-1].strip()} {segment.strip()}"
        else:
            joined.append(segment)
    return joined


# "Posted 5h ago5 hours agoWed 20 Mar 2024 at 6:15am": a page printing the same moment relative
# (short and long, for screen readers) and absolute, run together in the copy; the absolute is read.
_GLUED_RELATIVE = re.compile(
    r"(?<!\w)(?:\d{1,3}\s*(?:[smhdw]|secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?)\s+ago)+(?=(?-i:[A-Z])|\d)",
    re.IGNORECASE,
)
# "21 Mar 24": a line that is only a day, a month's name and a two-digit year.
_TWO_DIGIT_YEAR_LINE = re.compile(r"^(?P<day>[0-3]?\d)\s+(?P<month>[A-Za-z]{3,9})\.?\s+(?P<year>\d\d)$")


def _with_two_digit_year_widened(line: str) -> str:
    match = _TWO_DIGIT_YEAR_LINE.match(line.strip())
    if not match or match.group("month").lower() not in MONTHS:
        return line
    return f"{match.group('day')} {match.group('month')} 20{match.group('year')}"


# "March 14, 2024 0 Comments", "March 3, 2024 No Comments", "… Comment(0)": a blog theme's comment count after the date.
_COMMENT_COUNT_AT_END = re.compile(r"\s+(?:(?:no|\d+)\s+comments?|comments?\s*\(\s*\d+\s*\))$", re.IGNORECASE)
# "03/12/2024March 12, 2024", "2024-03-18March 18, 2024": the same day printed in two forms with nothing between
# (a numeric date for machines, the written one for readers): set apart, so that each is read.
_GLUED_DATE_FORMS = re.compile(r"(?<=\d)(?=(?-i:[A-Z])[a-z]{2,8}\.?\s+[0-3]?\d\b)")
_NUMERIC_DATE_AT_END = re.compile(r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d\d-\d\d)$")
# "VisayasExample.ph / 06:45 PM March 12, 2024": the site's address printed beside the date.
# "7 Ramadan 1445", "4 Dhul Hijjah 1445", "29 Esfand 1402 SH": the same day in another calendar, in a part of its own.
# "Ramadan 4, 1445": the same, month first, as pages that write the Gregorian date month first print it.
_OTHER_CALENDAR_SEGMENT = re.compile(
    r"^(?:[0-3]?\d\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+[0-3]?\d,?)"
    r"\s+(?:1[34]|25)\d\d(?:\s+(?:AH|SH|BE))?$"
)
# "Politics 04/03/2024 14:05": the section's name printed before a numeric date (not a label: "Posted 04/03/2024").
_SECTION_BEFORE_NUMERIC_DATE = re.compile(
    r"^(?!(?i:updated?|published|posted|modified|last|first|date|issued|released|created|written)\b)"
    r"(?P<section>[A-Z][a-z]+(?:\s+(?:&|and)\s+[A-Z][a-z]+)?)\s+(?=[0-3]?\d[/.-][0-3]?\d[/.-]\d{2,4}\b)"
)
_SITE_ADDRESS_SEGMENT = re.compile(r"^(?:www\.)?[A-Za-z][\w-]*(?:\.[\w-]+)*\.[a-z]{2,6}$")


def _with_glued_forms_apart(line: str) -> str:
    def apart(match: re.Match) -> str:
        month = re.match(r"[A-Za-z]+", line[match.end() :])
        numeric = _NUMERIC_DATE_AT_END.search(line[: match.start()])
        return " | " if numeric and month and month.group().lower() in MONTHS else ""

    return _GLUED_DATE_FORMS.sub(apart, line)


_EMBARGO = re.compile(r"^(?:strictly\s+)?embargo", re.IGNORECASE)
# "14:00 hours", "0900 hrs": a clock with the word for hours after it, as releases and military notes write it.
# "at 08:28hrs", "0900 hrs": the short form, often run onto the clock.
_CLOCK_HOURS = re.compile(r"(?P<clock>\b\d{1,2}[:.]?\d\d)(?:\s+hours|\s*hrs)\b", re.IGNORECASE)
# "General News of Thursday, 14 March 2024", "Business News of Monday, 4 March 2024": a section's name, then "of"
# and the date (read as "General News | …" when the words are a section's).
_SECTION_OF_DATE = re.compile(
    r"^(?P<section>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s+of\s+(?=(?:[A-Z][a-z]+day,?\s+)?[0-3]?\d\s+[A-Z][a-z]+\s+\d{4}\b)"
)
# "Posted on March 12, 2024 by eastsidenotes", "… by admin": a blogging platform's account name (one word in
# lower case) after a labelled date; a person's name there is a byline's, read by the byline rules.
_ACCOUNT_AFTER_DATE = re.compile(r"^(?P<dated>(?i:(?:posted|published)\b).*\d)\s+by\s+(?-i:[a-z][a-z0-9_.-]{2,30})$")
# "Posted by Admin on March 11, 2025", "Published by newsdesk on …": the account, one word, before the date; two
# words there ('Posted by Ann Lee on …') are a person's, read by the byline rules.
_ACCOUNT_BEFORE_DATE = re.compile(
    r"^(?P<label>(?i:posted|published))\s+by\s+[A-Za-z][a-z0-9_.-]{2,30}\s+(?=(?i:on)\s+\S)"
)


def _without_section_of(line: str) -> str:
    match = _SECTION_OF_DATE.match(line.strip())
    if not match or not all(w.lower() in SECTION_NAME_WORDS for w in match.group("section").split()):
        return line
    return f"{match.group('section')} | {line.strip()[match.end() :]}"


def parse_date_line(line: str) -> DateLine | None:
    """A line that is only dates ('Updated: 10 Feb 2022, 10:08', '7 days ago') → DateLine; else None."""
    line = line.replace("\u00a0", " ").replace("\u202f", " ")  # a page's non-breaking spaces are spaces
    line = in_english(line)  # "Publicerat tisdag 27 augusti 2024 kl 15.42"
    line = _ISO_MOMENT.sub(r"\g<day> \g<clock>", line)  # "2024-03-03T17:12:00Z"
    line = _CLOCK_HOURS.sub(r"\g<clock>", line)  # "14:00 hours, 20 March 2024"
    line = _without_section_of(line)  # "General News of Thursday, 14 March 2024"
    line = _ACCOUNT_AFTER_DATE.sub(r"\g<dated>", line.strip())  # "Posted on March 12, 2024 by admin"
    line = _ACCOUNT_BEFORE_DATE.sub(r"\g<label> ", line)  # "Posted by Admin on March 11, 2025"
    line = _GLUED_RELATIVE.sub(" ", line)
    line = _with_glued_forms_apart(_COMMENT_COUNT_AT_END.sub("", line.strip()))
    line = _SECTION_BEFORE_NUMERIC_DATE.sub(r"\g<section> | ", line)
    line = _with_two_digit_year_widened(line)
    line = _READING_TIME_AT_END.sub("", line.strip())  # "March 15, 2024 4:12 PM 2 min read"
    line = _PLACE_BEFORE_DATE.sub(r"\g<place> | ", line)  # "Madrid - MAR 14, 2024 - 16:12 CET"
    line = _places_before_date(line)
    line = _WEATHER_STRIP_AT_END.sub("", line)  # "… 7:45 pm Port Vila - 27°C Showers"
    line = _IN_SECTION_AT_END.sub("", line)  # "March 21, 2024 in Business"
    line = _SECTION_AFTER_LABELLED_DATE.sub(r"\g<dated>", line)
    line = _without_sections_after_date(line)  # "March 20, 2025 News"
    segments = _with_weekdays_joined([s for s in _SEGMENT_SPLIT.split(line.strip()) if s and s.strip()])
    if not segments:
        return None
    published, updated = PartialDate(), PartialDate()
    published_relative = updated_relative = ""
    published_clock = None
    labelled = False
    dated = False
    has_label = any(_UPDATED_LABEL.match(s.strip()) or _PUBLISHED_LABEL.match(s.strip()) for s in segments)
    for segment in segments:
        segment = segment.strip(" -–—")
        if segment.startswith("(") and segment.endswith(")"):
            segment = segment[1:-1]
        elif segment.count("(") != segment.count(")"):
            segment = segment.strip("()")  # "(Updated: …)" split from the date before it
        label_like = _LABEL_SEGMENT.match(segment) is not None
        # a label beside a labelled date; a one- or two-word section beside any date ("World | March 3, 2024")
        # ("Economy & Business" counts as two words: a section name joined by "&")
        named_words = [w for w in segment.split() if w not in ("&", "and")]
        # "Press release | 22 March 2024 | Brussels": a label in sentence case
        sentence_label = re.match(r"^[A-Z][a-z]+(?: [a-z]+)?$", segment) is not None
        short_label = (label_like or sentence_label) and len(named_words) <= 2 and len(segments) > 1
        credit = len(segments) > 1 and _CREDIT_SEGMENT.match(segment) and not _PUBLISHED_LABEL.match(segment)
        if _READING_TIME.match(segment) or _EPISODE_SEGMENT.match(segment) or _WEATHER_SEGMENT.match(segment):
            continue
        if len(segments) > 1 and (_SITE_ADDRESS_SEGMENT.match(segment) or _OTHER_CALENDAR_SEGMENT.match(segment)):
            continue
        if (label_like and has_label) or short_label or credit:
            continue
        label = _UPDATED_LABEL.match(segment)
        is_update = label is not None
        label = label or _PUBLISHED_LABEL.match(segment)
        read = _read_date_segment(segment[label.end() :] if label else segment)
        if read is None or (read[0].day is None and _EMBARGO.match(segment)):
            return None  # "EMBARGOED UNTIL 00:01": a release instruction with no day
        dated = True
        value, relative = read
        if is_update:
            updated, updated_relative = updated if updated.known else value, updated_relative or relative
        elif not published.known and not published_relative:
            published, published_relative, labelled = value, relative, label is not None
            if label is not None and not value.known and not relative:
                published_clock = find_time(segment[label.end() :])
        elif published.precision == "year" and value.year == published.year and value.day is not None:
            published = value  # "03/12/2024 | March 12, 2024": the same day in two forms, the written one fixes it
    if not dated:
        return None
    if not published.known and published_clock and updated.day is not None:
        # "Updated March 21 2024 - 6:00pm, first published 5:30pm": a clock alone is that day's,
        # when it is earlier than the update (a later one was the day before: left unknown)
        same_day = PartialDate(updated.year, updated.month, updated.day, published_clock[0], published_clock[1])
        if updated.hour is None or (same_day.hour, same_day.minute) <= (updated.hour, updated.minute or 0):
            published, labelled = same_day, True
    return DateLine(published, updated, published_relative, updated_relative, labelled)


# --- relative dates ------------------------------------------------------------------------

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_N = r"(?P<n>\d+|" + "|".join(_NUMBER_WORDS) + r")"
_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"

DayRange = tuple[date, date]


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _month_range(year: int, month: int) -> DayRange:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _months_back(day: date, count: int) -> DayRange:
    index = day.year * 12 + day.month - 1 - count
    return _month_range(index // 12, index % 12 + 1)


def _weekday_before(day: date, weekday: int, *, strictly: bool) -> date:
    back = (day.weekday() - weekday) % 7
    if back == 0 and strictly:
        back = 7
    return day - timedelta(days=back)


def _number(match: re.Match) -> int:
    text = match.group("n").lower()
    return int(text) if text.isdigit() else _NUMBER_WORDS[text]


def _weekday_rule(match: re.Match, day: date) -> DayRange:
    weekday = WEEKDAYS[match.group("weekday").lower()]
    which = (match.group("which") or "").lower()
    if which == "next":
        ahead = (weekday - day.weekday()) % 7 or 7
        found = day + timedelta(days=ahead)
    else:
        # Bare "Monday" in news copy is the most recent one; "last Monday" is before today.
        found = _weekday_before(day, weekday, strictly=which in ("last", "past"))
    return found, found


def _earlier_this_week(day: date) -> DayRange:
    return _monday(day), day - timedelta(days=1)


def _last_weekend(day: date) -> DayRange:
    saturday = _weekday_before(day, 5, strictly=day.weekday() != 6)
    return saturday, saturday + timedelta(days=1)


# Each rule maps one reference day to the first and last day the expression can mean.
_RULES: list[tuple[re.Pattern, Callable[[re.Match, date], DayRange]]] = [
    (r"(?:earlier |later )?today|this (?:morning|afternoon|evening)|tonight|just now", lambda m, d: (d, d)),
    (rf"yesterday{_PART_OF_DAY}|last night", lambda m, d: (d - timedelta(1), d - timedelta(1))),
    (r"(?:the )?day before yesterday", lambda m, d: (d - timedelta(2), d - timedelta(2))),
    (rf"tomorrow{_PART_OF_DAY}", lambda m, d: (d + timedelta(1), d + timedelta(1))),
    (rf"{_N} days? ago", lambda m, d: (d - timedelta(_number(m)),) * 2),
    (rf"{_N} weeks? ago", lambda m, d: (d - timedelta(7 * _number(m)),) * 2),
    (rf"{_N} months? ago", lambda m, d: _months_back(d, _number(m))),
    (rf"{_N} years? ago", lambda m, d: (date(d.year - _number(m), 1, 1), date(d.year - _number(m), 12, 31))),
    (r"last week|the previous week", lambda m, d: (_monday(d) - timedelta(7), _monday(d) - timedelta(1))),
    (r"earlier this week", lambda m, d: _earlier_this_week(d)),
    (r"this week", lambda m, d: (_monday(d), _monday(d) + timedelta(6))),
    (r"next week", lambda m, d: (_monday(d) + timedelta(7), _monday(d) + timedelta(13))),
    (r"last weekend|(?:over |at )?the weekend", lambda m, d: _last_weekend(d)),
    (r"last month|the previous month", lambda m, d: _months_back(d, 1)),
    (r"this month|earlier this month", lambda m, d: _month_range(d.year, d.month)),
    (r"last year|the previous year", lambda m, d: (date(d.year - 1, 1, 1), date(d.year - 1, 12, 31))),
    (r"this year|earlier this year", lambda m, d: (date(d.year, 1, 1), date(d.year, 12, 31))),
    (rf"(?:(?P<which>last|this|next|past) )?{_WEEKDAY}{_PART_OF_DAY}", _weekday_rule),
]
_COMPILED_RULES = [(re.compile(rf"^(?:{pattern})$", re.IGNORECASE), rule) for pattern, rule in _RULES]
_BARE_WEEKDAY = re.compile(rf"^{_WEEKDAY}{_PART_OF_DAY}$", re.IGNORECASE)
_CLOCK_AGO = re.compile(rf"^{_N} (?P<unit>hour|hr|minute|min|second|sec)s? ago$", re.IGNORECASE)
_LEADING_WORDS = re.compile(r"^(?:on|since|from|as of|by|until)\s+", re.IGNORECASE)


def common_part(first: date, last: date) -> PartialDate | None:
    """The finest PartialDate true of every day from first to last (None if they share no year)."""
    if first > last:
        return None
    if first == last:
        return PartialDate.of_day(first)
    if (first.year, first.month) == (last.year, last.month):
        return PartialDate(first.year, first.month)
    if first.year == last.year:
        return PartialDate(first.year)
    return None


def _reference_days(reference: PartialDate | date | datetime) -> DayRange | None:
    """Every day a reference could be: one day, a whole month, or a whole year."""
    if isinstance(reference, datetime):
        reference = reference.date()
    if isinstance(reference, date):
        return reference, reference
    if reference.year is None:
        return None
    if reference.month is None:
        return date(reference.year, 1, 1), date(reference.year, 12, 31)
    if reference.day is None:
        return _month_range(reference.year, reference.month)
    day = date(reference.year, reference.month, reference.day)
    return day, day


def _resolve_clock_ago(match: re.Match, reference: PartialDate | date | datetime) -> PartialDate | None:
    """'3 hours ago': exact when the reference has a time of day; otherwise it may be the day before."""
    unit = match.group("unit").lower()
    seconds = _number(match) * {"hour": 3600, "hr": 3600, "minute": 60, "min": 60}.get(unit, 1)
    moment = reference if isinstance(reference, datetime) else None
    if isinstance(reference, PartialDate) and reference.precision == "minute":
        moment = reference.as_datetime()
    if moment is not None:
        return PartialDate.of_day((moment - timedelta(seconds=seconds)).date())
    days = _reference_days(reference)
    if days is None:
        return None
    earliest = days[0] - timedelta(days=-(-seconds // 86400))
    return common_part(earliest, days[1])


_POSSESSIVE_END = re.compile(r"['’]s$")


def resolve_relative(
    expression: str, reference: PartialDate | date | datetime, *, future: bool = False
) -> PartialDate | None:
    """The date a relative expression names, seen from reference; as precise as it can honestly be.

    "yesterday", "7 days ago", "on Monday", "last Friday" → a day; "last week", "earlier this
    week" → the month (or year) all of its days share; anything unrecognised → None.
    future: the sentence speaks of what will happen, so a bare weekday is the coming one
    ("will meet on Friday"); the reference's own weekday is then either today or a week on,
    and stays unresolved.
    """
    text = _LEADING_WORDS.sub("", " ".join(expression.strip().rstrip(".,;").split()))
    text = _POSSESSIVE_END.sub("", text)  # "Tuesday's vote", "last week's talks": the day the event is named by
    clock = _CLOCK_AGO.match(text)
    if clock:
        return _resolve_clock_ago(clock, reference)
    days = _reference_days(reference)
    if days is None:
        return None
    bare_weekday = _BARE_WEEKDAY.match(text)
    if future and bare_weekday:
        weekday = WEEKDAYS[bare_weekday.group("weekday").lower()]
        ahead = [(weekday - day.weekday()) % 7 for day in days]
        if 0 in ahead:
            return None
        return common_part(days[0] + timedelta(ahead[0]), days[1] + timedelta(ahead[1]))
    for pattern, rule in _COMPILED_RULES:
        match = pattern.match(text)
        if match:
            first, _ = rule(match, days[0])
            _, last = rule(match, days[1])
            return common_part(first, last)
    return None


# --- weekdays ------------------------------------------------------------------------------

_WEEKDAY_WORD = re.compile(r"\b(" + "|".join(name for name in calendar.day_name) + r")\b")


def weekday_named(text: str) -> int | None:
    """The one weekday a text names (0 = Monday); None when it names none or several."""
    named = {WEEKDAYS[m.group(1).lower()] for m in _WEEKDAY_WORD.finditer(text)}
    return named.pop() if len(named) == 1 else None


def infer_year(month: int, day: int, weekday: int, not_after: date) -> int | None:
    """The latest year, with month/day not after not_after, in which month/day fell on weekday.

    Weekdays repeat every 28 years at most, so the search stops there.
    """
    for year in range(not_after.year, not_after.year - 29, -1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue  # 29 February in a common year
        if candidate <= not_after and candidate.weekday() == weekday:
            return year
    return None
