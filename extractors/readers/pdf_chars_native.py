"""Optional native loop over a text page's characters: a 40-line C function, compiled once with
the system C compiler into the user's cache and loaded with ctypes.

pdfium has no bulk call for character positions, and three ctypes calls per character (origin,
loose box, text object) cost ~3 microseconds each under load: the whole budget of a text PDF read
at pdftotext speed. The C loop calls the same pdfium functions (passed in as function pointers,
so nothing is linked) and fills plain arrays that Python reads as lists in one go. The values are
the very same floats, so the output does not depend on which path ran; without a compiler (or
with VANBAN_NO_NATIVE=1) `pdf_chars` uses its ctypes loop.
"""

from __future__ import annotations

import ctypes
import hashlib
import os
import shutil
import subprocess
import tempfile
from functools import cache
from pathlib import Path

_SOURCE = r"""
typedef struct { float left, top, right, bottom; } rectf;
typedef int (*origin_fn)(void *, int, double *, double *);
typedef int (*box_fn)(void *, int, rectf *);
typedef void *(*object_fn)(void *, int);
typedef int (*generated_fn)(void *, int);

/* Python's str.isspace() (WHITESPACE in pdf_chars_native.py; a test checks they agree). */
static int is_space(unsigned int c) {
    return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0xa0 || c == 0x1680
        || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f
        || c == 0x3000;
}

/* The characters the reader keeps, in pdfium's order: real (not generated) spaces and every other
   character but line breaks (U+FFFE, pdfium's mark for a hyphen ending a line, is kept). For each: its index, x0, x1 (advance box; a space: its origin
   twice), baseline (top-down) and run (-1 for a space). A run starts at each change of text object;
   run_first[r] is the index of its first character. Returns the number kept. */
int vanban_page_chars(void *page, int n, const unsigned int *codes, double height, origin_fn origin,
                      box_fn loose_box, object_fn text_object, generated_fn generated, int *index,
                      double *x0, double *x1, double *baseline, int *run, int *run_first, int *runs) {
    rectf box;
    double ox = 0, oy = 0;
    void *current = 0;
    int kept = 0, count = 0;
    for (int i = 0; i < n; i++) {
        unsigned int c = codes[i];
        if (c == 0x0d || c == 0x0a)
            continue;
        if (is_space(c)) {
            if (generated(page, i))
                continue;
            origin(page, i, &ox, &oy);
            index[kept] = i; x0[kept] = x1[kept] = ox; baseline[kept] = height - oy; run[kept++] = -1;
            continue;
        }
        void *object = text_object(page, i);
        if (count == 0 || object != current || object == 0) {
            current = object;
            run_first[count++] = i;
        }
        origin(page, i, &ox, &oy);
        loose_box(page, i, &box);
        index[kept] = i; x0[kept] = box.left; x1[kept] = box.right; baseline[kept] = height - oy;
        run[kept++] = count - 1;
    }
    *runs = count;
    return kept;
}
"""
WHITESPACE = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B)))
              + "\u2028\u2029\u202f\u205f\u3000")
_DISABLE_ENV = "VANBAN_NO_NATIVE"
_COMPILE_TIMEOUT_S = 60


@cache
def native_loop() -> ctypes._CFuncPtr | None:
    """The compiled `vanban_page_chars`, or None (no compiler, compile failed, or disabled)."""
    if os.environ.get(_DISABLE_ENV):
        return None
    try:
        lib = ctypes.CDLL(str(_compiled()))
    except (OSError, subprocess.SubprocessError):
        return None
    fn = lib.vanban_page_chars
    fn.restype = ctypes.c_int
    fn.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_double] + [ctypes.c_void_p] * 11
    return fn


def _compiled() -> Path:
    digest = hashlib.sha256(_SOURCE.encode()).hexdigest()[:16]
    target = _cache_dir() / f"vanban_pdf_chars_{digest}.so"
    if target.exists():
        return target
    compiler = shutil.which(os.environ.get("CC", "cc")) or shutil.which("gcc")
    if compiler is None:
        raise OSError("no C compiler")
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
        source, built = Path(tmp) / "pdf_chars.c", Path(tmp) / "pdf_chars.so"
        source.write_text(_SOURCE, encoding="utf-8")
        subprocess.run([compiler, "-O2", "-shared", "-fPIC", "-o", str(built), str(source)],
                       check=True, capture_output=True, timeout=_COMPILE_TIMEOUT_S)
        os.replace(built, target)  # atomic: a parallel compile just replaces the same file
    return target


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    path = Path(base) / "vanban"
    try:
        path.mkdir(parents=True, exist_ok=True)
        if os.access(path, os.W_OK):
            return path
    except OSError:
        pass
    return Path(tempfile.gettempdir()) / f"vanban-{os.getuid()}"
