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

/* For each character index < n: origin x, y, loose box left, right, text object, generated flag. */
void vanban_page_chars(void *page, int n, origin_fn origin, box_fn loose_box, object_fn text_object,
                       generated_fn generated, double *ox, double *oy, double *left, double *right,
                       long long *object, int *is_generated) {
    rectf box;
    for (int i = 0; i < n; i++) {
        origin(page, i, &ox[i], &oy[i]);
        loose_box(page, i, &box);
        left[i] = box.left;
        right[i] = box.right;
        object[i] = (long long)text_object(page, i);
        is_generated[i] = generated(page, i);
    }
}
"""
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
    fn.restype = None
    fn.argtypes = [ctypes.c_void_p, ctypes.c_int] + [ctypes.c_void_p] * 10
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
