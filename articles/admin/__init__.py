"""The Django admin: where editors repair extraction errors quickly and safely.

Repairs (merge and split people, reassign speakers, merge events, attach to events) are
actions and pages here; the work is in services/curation.py. Every edited model keeps history
(who, when, what, why) with simple-history's per-record history and revert pages.

Lists stay quick on 100k articles and a million quotes: foreign keys are autocomplete or raw-id
widgets, related columns are selected in the list query with their heavy text deferred, big
tables are counted by the planner's estimate (articles.paginators), and no list filter or date
hierarchy scans a big table for its choices.
"""

from articles.admin import accounts, events, people, quotes, records  # noqa: F401  (each registers its ModelAdmins)
