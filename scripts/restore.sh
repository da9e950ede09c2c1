#!/usr/bin/env bash
# Restore a scripts/backup.sh dump into a NEW database on the same server, then check it.
#
#   scripts/restore.sh FILE [NEW_DATABASE_NAME]     default name: newsdesk_restored
#
# Never overwrites: it refuses when the database exists. Point the app at the restored
# database when satisfied:  NEWSDESK_DB_NAME=newsdesk_restored make run
# (or DATABASE_URL=postgresql://…/newsdesk_restored for another server).
source "$(dirname "$0")/lib.sh"

file="${1:?usage: scripts/restore.sh FILE [NEW_DATABASE_NAME]}"
target="${2:-newsdesk_restored}"
[ -f "$file" ] || die "no such backup file: $file"
[[ "$target" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || die "database name must be letters, digits and underscores: $target"

ensure_database
bin="$(find_pg_bin)" || die "pg_restore was not found: apt-get install postgresql-client (or set PG_BIN)"
"$bin/pg_restore" --list "$file" >/dev/null || die "$file is not a pg_dump custom-format backup"

# The same server as DATABASE_URL, another database: replace the path of the URL.
target_url="$(printf '%s' "$DATABASE_URL" | sed -E "s#^([a-z]+://[^/]*/)[^?]*#\1$target#")"
exists="$("$bin/psql" "$DATABASE_URL" -tAc "SELECT 1 FROM pg_database WHERE datname = '$target'")"
[ -z "$exists" ] || die "database $target exists; restore into a new name (or drop it yourself first)"

say "restoring $file into database $target"
"$bin/psql" "$DATABASE_URL" -v ON_ERROR_STOP=1 -qc "CREATE DATABASE \"$target\"" >/dev/null
if ! "$bin/pg_restore" --no-owner --no-privileges --exit-on-error --single-transaction \
    --dbname="$target_url" "$file"; then
    "$bin/psql" "$DATABASE_URL" -qc "DROP DATABASE \"$target\"" >/dev/null || true
    die "pg_restore failed; the half-made database $target was dropped"
fi
counts="$("$bin/psql" "$target_url" -tA -F' ' -c \
    "SELECT (SELECT count(*) FROM articles_article), (SELECT count(*) FROM articles_annotation),
            (SELECT count(*) FROM articles_tag), (SELECT count(*) FROM articles_link)")"
read -r articles annotations tags links <<<"$counts"
say "restored $target: $articles articles, $annotations annotations, $tags tags, $links links"
echo "$target_url"
