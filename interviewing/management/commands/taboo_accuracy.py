"""Print the checker's precision and recall on the labelled questions, per language (docs/interviewing.md)."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from interviewing.evaluation import FILES, evaluate, table


class Command(BaseCommand):
    help = "Measure the taboo checker on tests/data/taboo against the published rule packs in the database."

    def add_arguments(self, parser):
        parser.add_argument("--split", choices=["dev", "holdout"], help="Only one part of the labelled data.")
        parser.add_argument("--errors", action="store_true", help="List every false positive and missed question.")

    def handle(self, *args, split=None, errors=False, **options):
        scores = [evaluate(language, split=split) for language in FILES]
        self.stdout.write(table(scores))
        if errors:
            for score in scores:
                for kind, region, question, topics in score.errors:
                    self.stdout.write(f"{score.language}\t{kind}\t{region}\t{question}\t{','.join(topics)}")
