#!/usr/bin/env bash
# Measure the extraction against the gold annotations: the seeds (tests/data/gold_seeds.json)
# and the PolNeAR test split in ../shared/benchmarks/polnear-test, each imported into a
# throwaway database by `manage.py evaluate`. Prints the scorer's figures.
source "$(dirname "$0")/lib.sh"

setup_common
trap stop_cluster_if_started_here EXIT
cd "$ROOT"
SHARED="${NEWSDESK_SHARED:-$ROOT/../shared}"  # the shared benchmarks (another path when the worktree sits elsewhere)
POLNEAR="$SHARED/benchmarks/polnear-test"

say "seeds/ against tests/data/gold_seeds.json"
"$PY" manage.py evaluate seeds --gold tests/data/gold_seeds.json

# newsdesk's own pages in other outlets' layouts (wire credits, datelines, mastheads, bylines,
# Most Read lists, sidebars), written for the purpose: tests/data/layouts/README.md (every batch in the folder).
say "tests/data/layouts/ against tests/data/gold_layouts.json"
"$PY" manage.py evaluate tests/data/layouts --gold tests/data/gold_layouts.json

# Pages written blind by helpers who did not read the rules, tuned on since (tests/data/layouts_blind/README.md).
say "tests/data/layouts_blind/ (written blind, a tuning set) against its gold.json"
"$PY" manage.py evaluate tests/data/layouts_blind/text --gold tests/data/layouts_blind/gold.json

# Pages written blind that no rule was ever tuned on (tests/data/layouts_untuned/README.md): an unseen-page figure.
say "tests/data/layouts_untuned/ (written blind, never tuned on) against its gold.json"
"$PY" manage.py evaluate tests/data/layouts_untuned/text --gold tests/data/layouts_untuned/gold.json

# newsdesk's own speaker pages (invented stories in many outlets' styles, two of them measured
# before any rule was tuned on them): persons and quotes with the right speaker. tests/data/speakers/README.md
say "tests/data/speakers/ against tests/data/speakers/gold.json"
"$PY" manage.py evaluate tests/data/speakers/text --gold tests/data/speakers/gold.json

# Events development set: PolNeAR train articles whose events were annotated by hand. Only the
# event recall is meaningful here (the gold lists just the people the events need).
say "events development set (tests/data/events_dev, PolNeAR train): event recall"
"$PY" manage.py evaluate tests/data/events_dev/text --gold tests/data/events_dev/gold.json | grep '^events'
# Part two of the development set: political and government action (tests/data/events_dev2/README.md).
say "events development set two (tests/data/events_dev2, PolNeAR train, political action): event recall"
"$PY" manage.py evaluate tests/data/events_dev2/text --gold tests/data/events_dev2/gold.json | grep '^events'
# Part two, annotated before any rule was tuned on it (tests/data/events_heldout/README.md).
say "events held-out set (tests/data/events_heldout, PolNeAR train): event recall"
"$PY" manage.py evaluate tests/data/events_heldout/text --gold tests/data/events_heldout/gold.json | grep '^events'
say "events fresh set (tests/data/events_fresh, PolNeAR train): event recall"
"$PY" manage.py evaluate tests/data/events_fresh/text --gold tests/data/events_fresh/gold.json | grep '^events'
say "events unseen set (tests/data/events_unseen, PolNeAR train; 0.57 before the rules written for it): event recall"
"$PY" manage.py evaluate tests/data/events_unseen/text --gold tests/data/events_unseen/gold.json | grep '^events'
# Annotated after the rules above were written and never tuned on (tests/data/events_untuned/README.md).
say "events untuned set (tests/data/events_untuned, PolNeAR train; no rule written for it): event recall"
"$PY" manage.py evaluate tests/data/events_untuned/text --gold tests/data/events_untuned/gold.json | grep '^events'

if [ ! -f "$POLNEAR/gold.json" ] || [ ! -d "$POLNEAR/text" ]; then
    printf '\033[1;31mnewsdesk: %s is missing (expected text/ and gold.json there): PolNeAR was NOT measured.\033[0m\n' \
        "$POLNEAR" >&2
    exit 1
fi
say "PolNeAR test split against its gold.json; reported speech (every kind) against attributions.json"
"$PY" manage.py evaluate "$POLNEAR/text" --gold "$POLNEAR/gold.json" \
    --attributions "$POLNEAR/attributions.json" \
    --attribution-scorer "$SHARED/tools/score_attributions.py"

# A fifth of PolNeAR train no rule is tuned on (every fifth file name, from the fifth): direct
# quotations with their speakers, gold built as polnear-test/gold.json is (scripts/polnear_slice.py).
# Its attribution within 0.03 of the test split's says the rules hold on articles they never saw.
TRAIN="$SHARED/benchmarks/polnear-train"
if [ -f "$TRAIN/attributions.json" ]; then
    HELDOUT="$(mktemp -d)"
    trap 'rm -rf "$HELDOUT"; stop_cluster_if_started_here' EXIT
    "$PY" scripts/polnear_slice.py "$TRAIN" "$HELDOUT" --every 5 --keep 4
    say "PolNeAR train, held-out fifth (not tuned on): direct quotations with speakers"
    "$PY" manage.py evaluate "$HELDOUT/text" --gold "$HELDOUT/gold.json" | grep -v '^  - '
fi
