#!/usr/bin/env bash
# Back up newsdesk's database with pg_dump (custom format: compressed, restorable table by table).
#
#   scripts/backup.sh [FILE]        default: var/backups/newsdesk-YYYYmmdd-HHMMSS.dump
#
# Uses DATABASE_URL when set, otherwise the private cluster in var/pg (started if needed).
# The dump is consistent (one snapshot) and can be taken while the app is serving.
# Restore it with scripts/restore.sh FILE [NEW_DATABASE_NAME].
source "$(dirname "$0")/lib.sh"

ensure_database
bin="$(find_pg_bin)" || die "pg_dump was not found: apt-get install postgresql-client (or set PG_BIN)"
file="${1:-$VAR/backups/newsdesk-$(date +%Y%m%d-%H%M%S).dump}"
mkdir -p "$(dirname "$file")"
tmp="$file.partial"
say "dumping ${DATABASE_URL%%\?*} to $file"
"$bin/pg_dump" --format=custom --no-owner --no-privileges --dbname="$DATABASE_URL" --file="$tmp" \
    || { rm -f "$tmp"; die "pg_dump failed; no backup written"; }
mv "$tmp" "$file"  # a backup file is either complete or absent
chmod 600 "$file"  # it holds the newsroom's unpublished notes
say "backup written: $file ($(du -h "$file" | cut -f1))"
echo "$file"
