"""Generation benchmark: render the derived plan, and the consolidated report over 500 unit reports.

Targets: plan under 2 s, consolidated report under 10 s (the check of the 500 reports is timed apart: it is the
check engineer's stage). Prints the figures and writes bench-results/generate.json.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.common import write_result  # noqa: E402
from pipeline.check.with_profile import campaign_with_profile  # noqa: E402
from pipeline.generate.annex import check_to_xlsx  # noqa: E402
from pipeline.generate.clerk_note import note_text  # noqa: E402
from pipeline.generate.consolidated import consolidate, quoted_typos  # noqa: E402
from pipeline.generate.derive import derive_plan  # noqa: E402
from pipeline.generate.render import render  # noqa: E402
from tests.generate_support import AS_OF, CITY_PLAN, COMMUNE_PLAN, ISSUED, gold, profile, report_golds  # noqa: E402

N_REPORTS = 500


def timed(fn, *args):
    start = time.perf_counter()
    result = fn(*args)
    return result, time.perf_counter() - start


def main() -> None:
    prof, city, plan = profile(), gold(CITY_PLAN), gold(COMMUNE_PLAN)
    base = report_golds()
    reports = [base[i % len(base)].model_copy(update={"source": f"{i:03d}-{base[i % len(base)].source}"})
               for i in range(N_REPORTS)]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        _, plan_s = timed(lambda: render("ke_hoach.docx", derive_plan(city, prof, ISSUED), out / "kh.docx"))
        check, check_s = timed(campaign_with_profile, plan, reports, prof, AS_OF)
        def report():
            context = consolidate(plan, reports, check, prof)
            render("bao_cao_tong_hop.docx", context, out / "bc.docx")
            return context

        context, report_s = timed(report)
        _, note_s = timed(lambda: note_text(check, quoted_typos(check, reports)))
        _, xlsx_s = timed(check_to_xlsx, check, out / "phu-luc.xlsx", context)
    figures = {
        "plan_render_s": round(plan_s, 3), "plan_target_s": 2.0,
        "reports": N_REPORTS, "check_campaign_s": round(check_s, 3),
        "report_render_s": round(report_s, 3), "report_target_s": 10.0,
        "xlsx_annex_s": round(xlsx_s, 3), "clerk_note_s": round(note_s, 3),
    }
    for key, value in figures.items():
        print(f"{key:>18}: {value}")
    write_result("generate", figures)


if __name__ == "__main__":
    main()
