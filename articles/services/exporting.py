"""The extraction export (docs/EXPORT_SCHEMA.md): articles, persons and events as one JSON object.

Rejected records are left out: an editor has said they are wrong.
"""

from __future__ import annotations

from django.db.models import Prefetch

from articles.models import Article, Event, Person, Quote


def export_extraction() -> dict:
    quotes = Quote.objects.visible().order_by("start")
    articles = (
        Article.objects.order_by("pk")
        .prefetch_related(Prefetch("quotes", queryset=quotes), "tags", "mentions")
        .defer("raw_text", "removed_lines")
    )
    rejected_people = set(Person.objects.filter(review_status="rejected").values_list("pk", flat=True))
    out_articles = []
    for a in articles:
        person_ids = sorted({m.person_id for m in a.mentions.all()} - rejected_people)
        out_articles.append(
            {
                "id": a.pk,
                "source_file": a.source_file,
                "title": a.title,
                "outlet": a.outlet or None,
                "authors": list(a.authors),
                "published": a.published.iso(),
                "body": a.body,
                "persons": person_ids,
                "quotes": [
                    {
                        "id": q.pk,
                        "text": q.text,
                        "speaker": q.speaker_id,
                        "speaker_label": q.speaker_label or None,
                        "kind": q.kind,
                        "cue": q.cue or None,
                    }
                    for q in a.quotes.all()
                ],
                "tags": sorted(t.slug for t in a.tags.all()),
            }
        )
    persons = [
        {"id": p.pk, "name": p.name, "aliases": list(p.aliases), "role": p.role or None}
        for p in Person.objects.visible().order_by("pk")
    ]
    events = [
        {
            "id": e.pk,
            "summary": e.summary,
            "kind": e.kind,
            "date": e.date.iso(),
            "location": e.location or None,
            "participants": sorted(p.pk for p in e.participants.all()),
            "articles": sorted(a.pk for a in e.articles.all()),
        }
        for e in Event.objects.visible().order_by("pk").prefetch_related("participants", "articles")
    ]
    return {"articles": out_articles, "persons": persons, "events": events}
