"""Annotations as W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/).

Pure: model instances and URLs in, plain dicts out. Each annotation has the note as a
commenting TextualBody, each tag as a tagging TextualBody, and a target naming the article
with both a TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector (start, end).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
MEDIA_TYPE = "application/ld+json"


def annotation(item, *, id_url: str, source_url: str) -> dict:
    bodies = []
    if item.note:
        bodies.append({"type": "TextualBody", "value": item.note, "format": "text/plain", "purpose": "commenting"})
    bodies += [{"type": "TextualBody", "value": tag.name, "purpose": "tagging"} for tag in item.tags.all()]
    data = {
        "id": id_url,
        "type": "Annotation",
        "motivation": "commenting" if item.note else "tagging" if bodies else "highlighting",
        "created": item.created_at.isoformat(),
        "modified": item.updated_at.isoformat(),
        "creator": {"type": "Person", "nickname": item.author.get_username()},
        "target": {
            "source": source_url,
            "selector": [
                {"type": "TextQuoteSelector", "exact": item.exact, "prefix": item.prefix, "suffix": item.suffix},
                {"type": "TextPositionSelector", "start": item.start, "end": item.end},
            ],
        },
    }
    if bodies:
        data["body"] = bodies
    return data


def collection(article, items: Iterable, *, collection_url: str, source_url: str, url_of: Callable) -> dict:
    """An article's annotations as one AnnotationCollection with a single embedded page."""
    annotations = [annotation(item, id_url=url_of(item), source_url=source_url) for item in items]
    return {
        "@context": CONTEXT,
        "id": collection_url,
        "type": "AnnotationCollection",
        "label": f"Annotations on “{article.title}”",
        "total": len(annotations),
        "first": {"id": f"{collection_url}#page1", "type": "AnnotationPage", "startIndex": 0, "items": annotations},
    }
