#!/usr/bin/env bash
# Measure the extraction against the gold annotations: the seeds (tests/data/gold_seeds.json)
# and the PolNeAR test split in ../shared/benchmarks/polnear-test, each imported into a
# throwaway database by `manage.py evaluate`. Prints the scorer's figures.
source "$(dirname "$0")/lib.sh"

setup_common
trap stop_cluster_if_started_here EXIT
cd "$ROOT"
POLNEAR="$ROOT/../shared/benchmarks/polnear-test"

say "seeds/ against tests/data/gold_seeds.json"
"$PY" manage.py evaluate seeds --gold tests/data/gold_seeds.json

if [ ! -f "$POLNEAR/gold.json" ] || [ ! -d "$POLNEAR/text" ]; then
    printf '\033[1;31mnewsdesk: %s is missing (expected text/ and gold.json there): PolNeAR was NOT measured.\033[0m\n' \
        "../shared/benchmarks/polnear-test" >&2
    exit 1
fi
say "PolNeAR test split against its gold.json; reported speech (every kind) against attributions.json"
"$PY" manage.py evaluate "$POLNEAR/text" --gold "$POLNEAR/gold.json" \
    --attributions "$POLNEAR/attributions.json" \
    --attribution-scorer "$ROOT/../shared/tools/score_attributions.py"
