"""Text normalisation at the door: every reader passes raw text through `normalize_text` once.

NFC (Word and macOS sometimes store "ó" as "o" + combining acute), no control or zero-width
characters, non-breaking and odd spaces made plain, runs of spaces collapsed. The raw text is
kept beside the clean one (`Block.original`) when they differ, for quoting.
"""

from __future__ import annotations

import re
import unicodedata

# Zero-width and bidi marks, BOM, and C0/C1 controls except tab/newline. The soft hyphen (U+00AD)
# is removed too: in Unicode text it is invisible (in TCVN3 it is "ư", decoded before this).
_INVISIBLE_RE = re.compile("[\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\ufeff\u00ad"
                           "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# NBSP, narrow NBSP, en/em and other typographic spaces -> " ".
_SPACES_RE = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_RUN_OF_SPACES_RE = re.compile(r"[ \t]{2,}")


def clean_text(raw: str) -> str:
    """Normalise one piece of text: "Tỷ le\u0302\u0323\u00a0 hộ" -> "Tỷ lệ hộ"."""
    text = unicodedata.normalize("NFC", raw)
    text = _INVISIBLE_RE.sub("", text)
    text = _SPACES_RE.sub(" ", text)
    text = _RUN_OF_SPACES_RE.sub(" ", text.replace("\t", " "))
    return text.strip()


def normalize_text(raw: str) -> tuple[str, str | None]:
    """(clean text, the raw text when it differs by more than surrounding spaces, else None)."""
    text = clean_text(raw)
    return text, (raw if raw.strip() != text else None)


def nfc_name(name: str) -> str:
    """A file name as shown to people (NFC); the file itself keeps its bytes."""
    return unicodedata.normalize("NFC", name)
