"""The printed words around the blanks of a scanned header that the office fills in by hand or with a
stamp: "Số: ___/TB-UBND" and "<place>, ngày __ tháng __ năm 2025", as tesseract reads them word by word
(`extractors.readers.ocr_blanks`). Tesseract glues what is written in a blank to the printed word beside
it ("Số:4@`", "ngày/Ê", "3†tháng", "J07TB-KCN"), so each pattern also says where in a word the printed
part stops or starts.
"""

from __future__ import annotations

import re

# "Số:", "Số.", "Số" (a Party document: "Số 368-CV/BPTT"), "Sô:", "SỐ:" at the start of a word; lower-case
# "số" is a citation in running text. The rest of the word is what stands in the blank ("Số:4@`").
NUMBER_LABEL_RE = re.compile(r"^S[ốôoóỐÔÓỔổỗ6][:.;,]?")
# Where the symbol starts inside a word: the first "/" or "-" followed by a capital or by a year and "/"
# ("/TB-UBND", "-CV/BPTT", "/2025/QĐ-UBND"), taking in the upper-case letters glued before it ("J07TB-KCN":
# "TB-KCN").
SYMBOL_START_RE = re.compile(r"(?:[A-ZĐ]{2,})?[/-](?=\s?[A-ZĐ]|\d{4}/)")
# The date line's words: "ngày" (maybe with the day glued after it: "ngày/Ê", "ngày⁄4⁄."), "tháng" (maybe with
# the day glued before it or the month after it: "3†tháng", "tháng4"), "năm".
DAY_WORD_RE = re.compile(r"ngày", re.I)
MONTH_WORD_RE = re.compile(r"th[áa]ng", re.I)
YEAR_WORD_RE = re.compile(r"n[ăa]m", re.I)
# The place before ", ngày": the word before "ngày" ends with a comma ("Giang,", "Tàu,").
PLACE_END_RE = re.compile(r",$")
