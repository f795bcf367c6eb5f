"""Documents cited by name, without a number (see corpus/real/README.md, "Documents cited by name").

A kind word written with a capital inside a sentence heads a document's name: "Thực hiện Quy chế làm việc của UBND
xã" (corpus/real xa_phumybac_BC_thang6-2026), "Thực hiện Chương trình 191" (tinh_bacgiang_KH_2668-2010), "Kiểm tra
việc triển khai Nghị quyết Trung ương 6 Khóa XII" (bo_bcdcchc_QD_46-2021). In lower case the same words are common
nouns ("xây dựng kế hoạch"). Laws ("Luật ...", "Pháp lệnh ...") are found by `docnums.LAW_RE`.
"""

from __future__ import annotations

import re

# Kinds a document is cited by name with (longest first). Kinds that are nearly always cited with a number
# (Quyết định, Công văn, Thông báo, Tờ trình, Báo cáo ...) are, without one, a step of a procedure ("Thông báo tuyển
# dụng", "Quyết định thành lập hội đồng": tinh_bariavungtau_QD_705-2025), not a cited document.
NAMED_KINDS = ("Chương trình hành động", "Kế hoạch hành động", "Chương trình", "Kế hoạch", "Đề án", "Chiến lược",
               "Quy chế", "Kết luận", "Nghị quyết", "Tờ trình", "Báo cáo", "Thông báo")
# Kinds cited by name only with their issuer: "Nhất trí với Tờ trình của Ủy ban nhân dân quận về ..." (corpus/real/
# dev/pages huyen_quan2-hcm_NQ_01-2008); alone they are a step of a procedure ("Thông báo tuyển dụng")
ISSUER_NAMED_KINDS = frozenset({"Tờ trình", "Báo cáo", "Thông báo"})
# Capital first letter only (the common noun is lower case); the rest of the words in either case
# ("Kế Hoạch" in some headings).
NAMED_RE = re.compile(r"(?<![\w/-])(?P<kind>" + "|".join(k[0] + f"(?i:{k[1:]})" for k in NAMED_KINDS) + r")(?!\w)")
# What may follow a kind word and is no name: a number (`CITATION_RE`'s), this/that document ("Kế hoạch này",
# "Nghị quyết trên", "Quy chế đó"), the attached one ("Kế hoạch kèm theo"), a body ("Sở Kế hoạch và Đầu tư")
# or words that go on the sentence, not a name ("thực hiện Kế hoạch có hiệu quả", "kế hoạch thực hiện Chương trình
# đến năm 2025": tinh_quangbinh_KH_672-2024, tinh_quangngai_TB_660-2024)
NOT_A_NAME_RE = re.compile(r"\s*(?:(?:s[ốôoó]|số)\b|\d+\s*[/-]|n[àa]y\b|trên|đó|nêu|kèm|đã\s+nêu|và\s+Đầu\s+tư|&\s*Đầu"
                           r"|-\s*Tổng"
                           r"|(?:có|được|đã|sẽ|phải|đạt|đến|từ|cho|mà|là)\b)", re.I)
# A name made of a bare number: "Đề án 112", "Chương trình 191", "(Đề án 85)" (tinh_bacgiang_KH_2668-2010)
NUMBER_NAME_RE = re.compile(r"\s+\d{1,4}(?![\d/.,-]\d)")
# The name in quotes: "Dự thảo Đề án “Củng cố, phát triển cơ sở giáo dục chuyên biệt ...”" (xa_phumybac)
QUOTED_NAME_RE = re.compile(r"\s*[“\"]")
# The words of a name: up to the end of the clause, a bracket, a comma, "và", or "của" (the issuer follows)
NAME_WORDS_RE = re.compile(r"\s*(?P<name>(?:(?!của\b|và\b|với\b|đã\b|được\b|theo\b|tại\b|nhằm\b|để\b)"
                           r"[^\s,;.:()“”\"]+\s*){0,14})")
# What an issuer is followed by when the name comes after it: "Kế hoạch của Ban Thường vụ Tỉnh ủy thực hiện Nghị
# quyết" (dang_bacgiang_CV_368-2012), "Kết luận của Ban Thường vụ Tỉnh ủy về công tác cán bộ"
# (tinh_quangngai_TTr_24-2025), "Kết luận của Giám đốc Sở ... tại Hội nghị ..." (xa_phumybac)
SUBJECT_AFTER_ISSUER_RE = re.compile(r"[^,;.()]{0,40}?\s(?:về|thực hiện|triển khai|tại|ban hành|phê duyệt)\b")
# Words before the kind that cite it: it is carried out, applied, followed, commented on or a basis
# ("Thực hiện ...", "triển khai ...", "Căn cứ ...", "theo ...", "Xét ...", "Nhất trí với ...", "góp ý Dự thảo ...");
# not "thuộc": "các lĩnh vực thuộc Chương trình mục tiêu quốc gia ..." is the field a task belongs to
# (corpus/real/dev tinh_binhdinh-vp_TB_243-2020).
CITING_BEFORE_RE = re.compile(r"(?:thực\s+hiện|triển\s+khai|căn\s+cứ|theo|xét|xem\s+xét|nhất\s+trí\s+với"
                              r"|góp\s+ý(?:\s+(?:d|D)ự\s+thảo)?)"
                              r"(?:\s+(?:thắng\s+lợi|có\s+hiệu\s+quả|nghiêm\s+túc|đúng))?\s*$", re.I)
# A document the actors are to draft, not one cited: "xây dựng và tổ chức thực hiện Kế hoạch triển khai xóa nhà tạm"
# (tinh_quangngai_TB_660-2024)
# and the subject of a document being drafted or issued: "ban hành Kế hoạch thực hiện Đề án “...”"
# (corpus/real/dev/pages tinh_tayninh_KH_983-2019), "xây dựng Kế hoạch thực hiện Chương trình Hỗ trợ pháp lý"
# (tinh_bacgiang_KH_353-2012)
DRAFTED_BEFORE_RE = re.compile(r"(?:xây\s+dựng|ban\s+hành|lập|soạn\s+thảo)\s*(?:(?:,|và)\s*(?:tổ\s+chức\s+)?|"
                               r"(?:kế\s+hoạch|chương\s+trình|đề\s+án|phương\s+án)\s+(?:triển\s+khai\s+)?)"
                               r"(?:thực\s+hiện|triển\s+khai)\s*$", re.I)
# A short name given to a document cited just before: "(Gọi tắt là Đề án 06)" (tinh_quangbinh_KH_672-2024): the same
# document as the numbered one, so neither it nor its later mentions are another citation
ALIAS_BEFORE_RE = re.compile(r"(?:gọi\s+tắt\s+là|viết\s+tắt\s+là|sau\s+đây\s+gọi\s+(?:tắt\s+)?là)\s*$", re.I)
# A national standard cited by its code: "theo Tiêu chuẩn Việt Nam TCVN 6909:2001" (corpus/real/dev
# bo_bonoivu_TT_01-2011_the-thuc.doc) -> kind "Tiêu chuẩn", number "TCVN6909:2001"
STANDARD_RE = re.compile(r"(?<!\w)(?P<num>TCVN\s?\d{3,5}(?:-\d{1,3})?\s?:\s?(?:19|20)\d\d)(?!\d)")
STANDARD_KIND = "Tiêu chuẩn"
# Characters OCR reads one for the other inside a symbol group ("01/2017/QĐ-TIg" for "QĐ-TTg": corpus/real/dev
# tinh_quangbinh_KH_672-2024): a group is read as the document's usual spelling that differs from it by one of these
OCR_CONFUSED = frozenset({frozenset("IT"), frozenset("Il"), frozenset("1I"), frozenset("1l"), frozenset("0O"),
                          frozenset("DĐ")})
# The head noun of a body's name: a citing word after one belongs to the name ("Tổ công tác chuyên trách thực hiện
# Đề án 30": corpus/real/dev/pages tinh_bacgiang_QD_119-2009; "Bộ phận thường trực chỉ đạo thực hiện Nghị quyết Trung
# ương 4": dang_bacgiang_CV_368-2012), not a sentence citing a document
BODY_HEAD_RE = re.compile(r"(?<!\w)(?:Tổ|Ban|Bộ\s+phận|Hội\s+đồng|Đoàn)(?:\s+[^\s,;.:()]+){0,5}?\s+(?:chỉ\s+đạo\s+)?"
                          r"(?:thực\s+hiện|triển\s+khai)\s*$")
