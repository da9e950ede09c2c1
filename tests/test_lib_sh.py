"""scripts/lib.sh: the install shows pip's real problems and none of its harmless notes."""

import subprocess
from pathlib import Path

LIB = Path(__file__).resolve().parent.parent / "scripts" / "lib.sh"


def filtered(text: str) -> str:
    done = subprocess.run(
        ["bash", "-c", f'source "{LIB}" && without_harmless_pip_notes'],
        input=text,
        capture_output=True,
        text=True,
    )
    return done.stdout


def test_the_lxml_extras_warning_and_missing_index_notes_are_dropped():
    pip_output = (
        "WARNING: lxml 6.1.3 does not provide the extra 'html_clean'\n"
        "WARNING: Location 'file:///opt/pypi/simple' is ignored: it is neither a file nor a directory.\n"
    )
    assert filtered(pip_output) == ""


def test_other_warnings_and_errors_still_show():
    pip_output = (
        "WARNING: lxml 6.1.3 does not provide the extra 'html_clean'\n"
        "WARNING: spacy 3.8.2 does not provide the extra 'cuda'\n"
        "ERROR: THESE PACKAGES DO NOT MATCH THE HASHES FROM THE REQUIREMENTS FILE.\n"
    )
    assert filtered(pip_output).splitlines() == [
        "WARNING: spacy 3.8.2 does not provide the extra 'cuda'",
        "ERROR: THESE PACKAGES DO NOT MATCH THE HASHES FROM THE REQUIREMENTS FILE.",
    ]


def test_the_real_install_prints_no_lxml_warning():
    """pip, resolving requirements.lock as ensure_venv does (--dry-run: nothing changes), then the filter."""
    root = LIB.parent.parent
    pip = [str(root / ".venv/bin/python"), "-m", "pip", "install", "--dry-run", "--quiet"]
    options = ["--disable-pip-version-check", "--require-hashes", "-r", str(root / "requirements.lock")]
    pip = subprocess.run([*pip, *options], capture_output=True, text=True)
    assert "html_clean" not in filtered(pip.stdout + pip.stderr)
