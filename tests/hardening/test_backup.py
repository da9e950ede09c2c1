"""Backups: scripts/backup.sh (pg_dump -Fc) then scripts/restore.sh into a fresh database
keep every annotation (and everything else) exactly."""

import os
import subprocess

import psycopg
import pytest
from django.db import connection

from articles.services import editing

from .. import factories as f
from ..conftest import ROOT
from .pgcluster import database_url

pytestmark = pytest.mark.django_db(transaction=True)


def url(name: str) -> str:
    return database_url(connection.settings_dict, name)


def script(name: str, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSDESK_")}
    env["DATABASE_URL"] = url(connection.settings_dict["NAME"])
    result = subprocess.run(
        ["bash", str(ROOT / "scripts" / name), *args], env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def rows(dsn: str, sql: str) -> list[tuple]:
    with psycopg.connect(dsn) as conn:
        return conn.execute(sql).fetchall()


TABLES_COMPARED = [
    "articles_annotation",
    "articles_annotation_tags",
    "articles_tag",
    "articles_link",
    "articles_article",
    "articles_historicalarticle",
    "articles_historicallink",
]


@pytest.fixture
def restored_name():
    name = f"{connection.settings_dict['NAME']}_restored"
    drop = f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'
    with psycopg.connect(url("postgres"), autocommit=True) as conn:
        conn.execute(drop)
    yield name
    with psycopg.connect(url("postgres"), autocommit=True) as conn:
        conn.execute(drop)


def test_backup_and_restore_keep_every_annotation(tmp_path, editor, restored_name):
    article = f.article()
    other = f.article("Shoigu hosts the next round")
    f.annotation(article, editor, "Ben Wallace", note="Check the spelling: «Уоллес» 📰", tags="sources, Ukraine")
    f.annotation(article, editor, "wants calm", note="Line one\nline two\t'quoted' \"double\" \\ back")
    f.annotation(other, editor, "next round", note="")
    editing.create_link(article, other, relation="follow_up", note="See the follow-up", user=editor)
    editing.set_review_status(article, "verified")

    dump = tmp_path / "newsdesk.dump"
    backup = script("backup.sh", str(dump))
    assert backup.stdout.strip() == str(dump) and dump.stat().st_size > 0
    assert oct(dump.stat().st_mode & 0o777) == "0o600"
    restore = script("restore.sh", str(dump), restored_name)
    assert "3 annotations" in restore.stderr

    source, copy = url(connection.settings_dict["NAME"]), url(restored_name)
    for table in TABLES_COMPARED:
        original = rows(source, f"SELECT * FROM {table} ORDER BY 1")
        assert original, f"{table} is empty: the comparison would prove nothing"
        assert rows(copy, f"SELECT * FROM {table} ORDER BY 1") == original, table
    # Every table, row counts; and the sequences carry on (new rows do not collide).
    tables = [t for (t,) in rows(source, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
    for table in tables:
        assert rows(copy, f'SELECT count(*) FROM "{table}"') == rows(source, f'SELECT count(*) FROM "{table}"'), table
    assert rows(copy, "SELECT last_value FROM articles_annotation_id_seq") == rows(
        source, "SELECT last_value FROM articles_annotation_id_seq"
    )


def test_restore_refuses_to_overwrite_an_existing_database(tmp_path, restored_name):
    dump = tmp_path / "newsdesk.dump"
    script("backup.sh", str(dump))
    script("restore.sh", str(dump), restored_name)
    env = {**os.environ, "DATABASE_URL": url(connection.settings_dict["NAME"])}
    again = subprocess.run(
        ["bash", str(ROOT / "scripts" / "restore.sh"), str(dump), restored_name],
        env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert again.returncode != 0 and f"database {restored_name} exists" in again.stderr
