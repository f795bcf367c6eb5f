"""Build the corpus: every document from its spec, in its formats, each with its gold JSON.

    python tools/corpus/build.py               # rebuild corpus/ (deterministic: fixed dates, seeds, zip times)
    python tools/corpus/build.py --only NAME   # rebuild the documents whose name contains NAME
    python tools/corpus/build.py --candidates  # write <file>.candidate.json from the program, beside the gold
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.corpus.outputs import build_all, write_candidates  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--candidates", action="store_true", help="write <file>.candidate.json from the extractor")
    ap.add_argument("--only", default="", help="build only documents whose name contains this")
    args = ap.parse_args(argv)
    corpus = ROOT / "corpus"
    if args.candidates:
        return write_candidates(corpus)
    build_all(corpus, args.only)
    return 0


if __name__ == "__main__":
    sys.exit(main())
