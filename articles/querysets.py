"""Reads that several pages share, as QuerySet methods (Article.objects.newest_first() …)."""

from django.db import models


class ReviewableQuerySet(models.QuerySet):
    def visible(self, show_rejected: bool = False):
        """Everything but rejected records, unless asked for them."""
        return self if show_rejected else self.exclude(review_status="rejected")


class ArticleQuerySet(ReviewableQuerySet):
    def newest_first(self):
        return self.order_by(models.F("published_at").desc(nulls_last=True), "-imported_at", "-pk")

    def for_list(self):
        """The columns a list page shows, without the heavy text fields."""
        return self.defer("raw_text", "body", "removed_lines")


class PersonQuerySet(ReviewableQuerySet):
    pass


class QuoteQuerySet(ReviewableQuerySet):
    pass


class EventQuerySet(ReviewableQuerySet):
    pass
