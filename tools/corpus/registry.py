"""Every corpus document, in build order (the legacy .VnTime document last: its encoder is the newest code)."""

from __future__ import annotations

from tools.corpus import doc_bao_cao_a, doc_bao_cao_b, doc_kh_tp, doc_kh_xa, doc_khac

SPECS = (doc_kh_tp.SPEC, doc_kh_xa.SPEC, *doc_bao_cao_a.REPORTS, *doc_bao_cao_b.REPORTS, *doc_khac.OTHERS,
         *doc_bao_cao_b.LEGACY)
