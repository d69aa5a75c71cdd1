"""Issue 11.8: the README says what a participant can and cannot reach and what to do on a shared machine."""

from __future__ import annotations

from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"


def test_the_readme_has_a_security_paragraph() -> None:
    text = README.read_text(encoding="utf-8")
    assert "## Security" in text
    section = text.split("## Security", 1)[1].split("\n## ", 1)[0]
    for needed in ("participant reaches only", "resume code", "scrypt", "0600", "shared machine", "--alleen-workshop"):
        assert needed in section or needed in text, needed
