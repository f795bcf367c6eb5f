"""A PDF page's characters from pdfium's text page: box, baseline, font size and weight.

This decides the text-PDF reader's speed (56,000 characters in a 35-page export), so it talks to
pdfium directly:
- positions (origin, loose box), text object and "generated" flag of every character come from one
  C loop (`pdf_chars_native`); without a C compiler, from ctypes calls re-declared with plain
  `c_void_p`/`c_int` arguments (pypdfium2's own prototypes check pointer types on every call, which
  costs about twice the C call itself);
- font size and weight belong to the text object (a run of characters in one font), so they are
  asked once per run, not per character;
- the Chars (named tuples) are built in bulk, with no Python constructor call per character.
Both paths give the very same values (tests/test_read_pdf_chars.py).
"""

from __future__ import annotations

import ctypes
from itertools import repeat

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from extractors.readers.pdf_chars_native import WHITESPACE, native_loop
from extractors.readers.pdf_lines import Char

FORCE_BOLD_FLAG = 1 << 18  # PDF font descriptor flag ForceBold
BOLD_NAMES = (b"Bold", b"bold", b"Black", b"Heavy", b"Semibold", b"Demi")
_SKIPPED = frozenset(("\r", "\n"))
_new_tuple = tuple.__new__
# A real space is kept as " ". Hyphens read as "-": U+FFFE is how pdfium gives a hyphen that ends a line
# (a Vietnamese line never splits a word, so it is a real one: "KH-" / "UBND"); Word's non-breaking
# hyphen (U+2011) and the soft hyphen (U+00AD) are hyphens to the reader too.
_HYPHENS = "\ufffe\u2011\u00ad"
_TO_SPACE = str.maketrans(WHITESPACE + _HYPHENS, " " * len(WHITESPACE) + "-" * len(_HYPHENS))
_TO_HYPHEN = str.maketrans(_HYPHENS, "-" * len(_HYPHENS))
SUPERSCRIPT_SIZE = 0.8  # a character this much smaller than the one before it, and raised, is a superscript
_SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_V, _I, _D = ctypes.c_void_p, ctypes.c_int, ctypes.c_double


def _plain(function: object, restype: type | None, *argtypes: type) -> ctypes._CFuncPtr:
    """The same C function with cheap argument conversion (addresses passed as ints)."""
    return ctypes.CFUNCTYPE(restype, *argtypes)(ctypes.cast(function, _V).value)


_origin = _plain(pdfium_c.FPDFText_GetCharOrigin, _I, _V, _I, _V, _V)
_loose_box = _plain(pdfium_c.FPDFText_GetLooseCharBox, _I, _V, _I, _V)
_text_object = _plain(pdfium_c.FPDFText_GetTextObject, _V, _V, _I)
_font_size = _plain(pdfium_c.FPDFText_GetFontSize, _D, _V, _I)
_font_info = _plain(pdfium_c.FPDFText_GetFontInfo, ctypes.c_ulong, _V, _I, _V, ctypes.c_ulong, _V)
_is_generated = _plain(pdfium_c.FPDFText_IsGenerated, _I, _V, _I)
_ORIGIN_PTR, _LOOSE_BOX_PTR, _TEXT_OBJECT_PTR, _IS_GENERATED_PTR = (
    ctypes.cast(f, _V).value for f in (pdfium_c.FPDFText_GetCharOrigin, pdfium_c.FPDFText_GetLooseCharBox,
                                       pdfium_c.FPDFText_GetTextObject, pdfium_c.FPDFText_IsGenerated))


class _Buffers:
    """Output parameters of the C calls, with their addresses."""

    def __init__(self) -> None:
        self.x, self.y, self.box = _D(), _D(), pdfium_c.FS_RECTF()
        self.name, self.flags = ctypes.create_string_buffer(128), ctypes.c_int()
        self.px, self.py = ctypes.addressof(self.x), ctypes.addressof(self.y)
        self.pbox, self.pname, self.pflags = (ctypes.addressof(self.box), ctypes.addressof(self.name),
                                              ctypes.addressof(self.flags))


def page_chars(page: pdfium.PdfPage) -> list[Char]:
    """Every character of the page with its box, baseline, size and weight; real spaces as markers.
    Top-down coordinates (y grows downwards)."""
    height = user_size(page)[1]
    textpage = page.get_textpage()
    try:
        return superscripts(_chars(textpage, height))
    finally:
        textpage.close()


def user_size(page: pdfium.PdfPage) -> tuple[float, float]:
    """(width, height) of the page in its own (unrotated) space, where pdfium gives character and path
    positions; pdfium's page size is the displayed one, swapped on a page turned by 90 or 270 degrees."""
    width, height = page.get_width(), page.get_height()
    return (height, width) if page.get_rotation() in (90, 270) else (width, height)


def superscripts(chars: list[Char]) -> list[Char]:
    """A footnote mark or an exponent (smaller than the character before it, raised, right after it) is
    put on that character's line, its digits as superscript digits: "95%¹", "m²", never "95%1" or a
    stray line "1" above the text. Characters are in pdfium's (content) order."""
    out = chars[:]
    prev = None
    for i, ch in enumerate(chars):
        if ch.text == " ":
            continue
        if prev is not None and ch.size < SUPERSCRIPT_SIZE * prev.size:
            rise = prev.baseline - ch.baseline
            if 0.15 * prev.size < rise < 0.7 * prev.size and -1.0 <= ch.x0 - prev.x1 < 0.5 * prev.size:
                ch = out[i] = Char(ch.text.translate(_SUPERSCRIPTS), ch.x0, ch.x1, prev.baseline, prev.size, prev.bold)
                continue  # a run of marks ("12") stays attached to the same character
        prev = ch
    return out


def _chars(textpage: pdfium.PdfTextPage, height: float) -> list[Char]:
    raw = ctypes.cast(textpage.raw, _V).value
    n = textpage.count_chars()
    text = textpage.get_text_range(0, n) if n else ""
    n = min(n, len(text))
    loop = native_loop()
    return _chars_native(loop, raw, text, n, height) if loop is not None else _chars_ctypes(raw, text, n, height)


def _chars_native(loop: ctypes._CFuncPtr, raw: int, text: str, n: int, height: float) -> list[Char]:
    """Positions from one C loop, font size and weight once per run, the Chars built in bulk."""
    index, x0, x1, baseline = (_I * n)(), (_D * n)(), (_D * n)(), (_D * n)()
    run, run_first, runs = (_I * n)(), (_I * n)(), _I()
    kept = loop(raw, n, text[:n].encode("utf-32-le"), height, _ORIGIN_PTR, _LOOSE_BOX_PTR, _TEXT_OBJECT_PTR,
                _IS_GENERATED_PTR, index, x0, x1, baseline, run, run_first, ctypes.byref(runs))
    b = _Buffers()
    bold_of: dict[bytes, bool] = {}
    fonts = [(_font_size(raw, i) or 12.0, _bold(raw, i, b, bold_of)) for i in run_first[:runs.value]]
    sizes = [size for size, _ in fonts] + [0.0]  # run -1, a space: size 0, not bold
    bolds = [bold for _, bold in fonts] + [False]
    runs_of = run[:kept]
    spaced = text.translate(_TO_SPACE)
    texts = [spaced[i] for i in index[:kept]]
    return list(map(_new_tuple, repeat(Char), zip(texts, x0[:kept], x1[:kept], baseline[:kept],
                                                  [sizes[r] for r in runs_of], [bolds[r] for r in runs_of])))


def _chars_ctypes(raw: int, text: str, n: int, height: float) -> list[Char]:
    """The same, one ctypes call per value (no C compiler)."""
    b = _Buffers()
    x, y, box, px, py, pbox = b.x, b.y, b.box, b.px, b.py, b.pbox
    origin, loose_box, text_object = _origin, _loose_box, _text_object
    bold_of: dict[bytes, bool] = {}
    run_object, size, bold = -1, 12.0, False
    chars = []
    append = chars.append
    text = text.translate(_TO_HYPHEN)
    for i in range(n):
        ch = text[i]
        if ch in _SKIPPED:
            continue
        if ch.isspace():
            if not _is_generated(raw, i):  # a real space: only its position matters
                origin(raw, i, px, py)
                append(Char(" ", x.value, x.value, height - y.value, 0.0, False))
            continue
        obj = text_object(raw, i) or 0
        if obj != run_object or not obj:  # a new run (or a char without an object): ask its font
            run_object = obj
            size, bold = _font_size(raw, i) or 12.0, _bold(raw, i, b, bold_of)
        origin(raw, i, px, py)
        loose_box(raw, i, pbox)  # advance-wide: the letters of a word touch
        append(Char(ch, box.left, box.right, height - y.value, size, bold))
    return chars


def _bold(raw: int, index: int, b: _Buffers, bold_of: dict[bytes, bool]) -> bool:
    _font_info(raw, index, b.pname, 128, b.pflags)
    key = b.name.value
    bold = bold_of.get(key)
    if bold is None:
        bold = bold_of[key] = any(k in key for k in BOLD_NAMES) or bool(b.flags.value & FORCE_BOLD_FLAG)
    return bold
