"""The site's strips over the story: a ticker of headlines or scores, the day's date with the site's
edition or weather, its weather line and market rates."""

from __future__ import annotations

import re

from articles.ingest.cleaning.patterns import _TICKER_LABEL
from articles.ingest.dates import find_date
from articles.ingest.lexicon import (
    CURRENCY_CODES,
    CURRENCY_WORDS,
    MARKET_WORDS,
    TEMPERATURE,
    WEATHER_WORDS,
)
from articles.ingest.text import (
    ends_sentence,
    word_count,
)

# "Harbour City 2-1 Rovers": two sides and the score between them.
_RESULT = re.compile(r"[A-Za-z]\s+\d{1,3}\s?[-–]\s?\d{1,3}\s+[A-Z]")
# "LIVE:", "Latest:", "Trending:": a ticker's label (the alert labels of _TICKER_LABEL too).
_TICKER_WORDS = re.compile(r"^(?:live|latest|trending|updates?|top stories)\s*[:|–—]\s*\S", re.IGNORECASE)
TICKER_NUMBER_SHARE = 0.3  # of a line's words, numbers: scores, indices, prices rather than a headline's words
SITE_DATE_MAX_OTHER_WORDS = 3  # "Today is", "Print Edition:", "Vol. 112 No. 11 |", "Edition" beside a date


def dated_site_line(text: str) -> bool:
    """A full date with a few words of the site's beside it ('Today is Thursday, March 13, 2025', 'Print
    Edition: 13 March 2025', '13 March 2025 · 14°C Showers'): the day's edition or weather, no headline."""
    found = find_date(text)
    if found is None or ends_sentence(text):
        return False
    when, (start, end) = found
    others = [w for w in (text[:start] + " " + text[end:]).split() if any(c.isalpha() for c in w)]
    return when.precision in ("day", "minute") and len(others) <= SITE_DATE_MAX_OTHER_WORDS


# "Latest: A • B • C", "BREAKING: A | B | C": the separators between a ticker's headlines.
_TICKER_SEPARATOR = re.compile(r"\s+[•·|]\s+")  # not dashes: "Breaking: Judge rules – here is what it means" is one
TICKER_PIECE_MIN_WORDS = 3  # each headline of a ticker; "Storm hits coast | Live updates" is one headline and a link


def headlines_ticker(text: str) -> bool:
    """A ticker's label and two headlines or more run together after it ('Breaking News: Fuel prices rise • Coach
    named • Cedi steadies', 'Latest: A | B'): the site's strip, never this page's headline or story."""
    label = _TICKER_LABEL.match(text) or _TICKER_WORDS.match(text)
    if not label:
        return False
    pieces = _TICKER_SEPARATOR.split(text[label.end() - 1 :].strip())
    return len(pieces) >= 2 and all(word_count(p) >= TICKER_PIECE_MIN_WORDS for p in pieces)


def ticker_shaped(text: str) -> bool:
    """A ticker's line: an alert or live label ('Breaking News: …', 'LIVE: …'), two results or more ('FT A 2-1 B |
    C 0-0 D'), or mostly numbers ('Dow 38,102 ▼0.3%  FTSE 7,640 ▲0.2%'). Over a headline the byline backs, never
    the headline (a score alone may be a match report's headline, and stays one where nothing else is)."""
    if _TICKER_LABEL.match(text) or _TICKER_WORDS.match(text) or len(_RESULT.findall(text)) >= 2:
        return True
    tokens = text.split()
    numbers = sum(any(c.isdigit() for c in t) for t in tokens)
    return len(tokens) >= 3 and numbers >= 2 and numbers >= TICKER_NUMBER_SHARE * len(tokens)


# A temperature standing apart in its line, not the tail of a longer figure or word ("a 1200°C kiln").
_TEMPERATURE = re.compile(rf"(?<![\w.]){TEMPERATURE}(?![\w°])")
WEATHER_LINE_MAX_WORDS = 6


def weather_line(text: str) -> bool:
    """'Port Moresby 31°C Partly cloudy', 'St George's 29°C', '31° Sunny': a temperature with only a town's
    capitalised name and the weather's words beside it: the site's weather strip, never a headline. A headline
    with a temperature says what happened in lower-case words ('Temperatures hit 41°C in Multan'); one in title
    case names no weather ('Heatwave: 45°C In Jacobabad'), so beside more than a town a weather word is needed."""
    found = _TEMPERATURE.search(text)
    if found is None or ends_sentence(text):
        return False
    others = re.findall(r"[^\W\d_][\w'’.-]*", text[: found.start()] + " " + text[found.end() :])
    if len(others) > WEATHER_LINE_MAX_WORDS:
        return False
    weather = [w for w in others if w.lower() in WEATHER_WORDS]
    if any(not w[0].isupper() for w in others if w not in weather):
        return False  # "hit", "in": a sentence's words
    return bool(weather) or len(others) <= 2


_NUMBER_TOKEN = re.compile(
    r"^[^\w]*(?:Rs\.?|K|N|GH₵|₵)?[^\w]*\d[\d,.]*[^\s]*$"
)  # "280.40", "$8,110/t", "▲0.05", "+0.6%"
RATE_LINE_MAX_WORDS = 6


def market_rate_line(text: str) -> bool:
    """A line of the market strip a site prints over its pages: a rate ('USD 70.45 AFN', 'Cedi/Dollar 15.45',
    'Gold $2,905/oz', 'KSE-100 113,452 +0.61%'), a figure alone ('280.40'), a currency's name in a rates table
    ('UK Pound Sterling', 'Saudi Riyal') or the table's heading ('Open Market Rates', 'Buying'). Read only in
    runs (market_strips): 'Gold Hits $3,000' alone is a headline, and so it stays here too: a word no list
    holds ('Hits') is allowed only in capitals ('ICE', 'US') or beside a currency's name ('Saudi Riyal')."""
    tokens = text.split()
    if not 1 <= len(tokens) <= RATE_LINE_MAX_WORDS or ends_sentence(text):
        return False
    numbers = [t for t in tokens if _NUMBER_TOKEN.match(t) or (any(c.isdigit() for c in t) and "-" in t)]
    words = [w for t in tokens if t not in numbers for w in re.split(r"[/()]+", t) if w.strip(".,:;|-–")]
    words = [w.strip(".,:;|-–") for w in words]
    currency = [w for w in words if w.lower() in CURRENCY_WORDS or w in CURRENCY_CODES]
    market = [w for w in words if w.lower() in MARKET_WORDS]
    unknown = [w for w in words if w not in currency and w not in market]
    if not words:
        return bool(numbers)  # "280.40", "113,452.18 +0.61%"
    if any(not w[0].isupper() and not w[0].isdigit() for w in unknown):
        return False  # a sentence's lower-case words
    if not currency and not market:
        # "NGX ASI 105,212 -0.3%", "JSE 78,410.2": an index's code and its figure (a figure, not a year)
        figure = any(re.search(r"\d[.,%]|[.,]\d", t) for t in numbers)
        return figure and len(words) <= 2 and all(w.isupper() for w in words)
    if unknown and not currency and not all(w.isupper() for w in unknown):
        return False  # "Gold Hits $3,000"
    return bool(numbers) or ((not unknown or bool(currency)) and len(words) <= 3)
