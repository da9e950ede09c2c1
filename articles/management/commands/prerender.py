"""python manage.py prerender [--newest N]

Renders the pages of the N newest articles (default 1,000) and of the people they mention into
the renderings every web worker shares, as the import worker does for each article it saves.
Run it after a deployment: renderings are keyed by a digest of the code, so a new release starts
with none, and the day's pages would otherwise wait for a first reader each."""

import time

from django.core.management.base import BaseCommand, CommandError

from articles.models import Article, Person
from articles.views import prerender


class Command(BaseCommand):
    help = "Render the newest articles' pages and their people's pages ahead of readers."

    def add_arguments(self, parser):
        parser.add_argument("--newest", type=int, default=1000, help="how many of the newest articles (default 1000)")

    def handle(self, *args, newest, **options):
        if newest < 1:
            raise CommandError(f"--newest must be at least 1, got {newest}")
        started = time.perf_counter()
        ids = list(Article.objects.visible().newest_first().values_list("pk", flat=True)[:newest])
        people = list(Person.objects.in_articles(Article.objects.filter(pk__in=ids)).values_list("pk", flat=True))
        articles_done = prerender.articles(ids)
        people_done = prerender.people(people)
        self.stdout.write(
            f"rendered {articles_done} of {len(ids)} articles and {people_done} of {len(people)} people "
            f"in {time.perf_counter() - started:.0f} s"
        )
