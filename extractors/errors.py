"""One home for errors and warnings.

`BadInput` is the input's fault (a broken, hostile or unsupported file): it carries a
stable `ErrorCode` and a Vietnamese message for the office, and the file is quarantined.
Anything else that escapes is a bug in vanban: readers let their own exceptions through (only a
parsing library's error on a broken file becomes CORRUPT, see `extractors.readers`), and the
commands report them as "lỗi của chương trình", never as the file's fault.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict


class ErrorCode(StrEnum):
    EMPTY = "empty"
    NOT_SUPPORTED = "not_supported"
    WRONG_TYPE = "wrong_type"
    CORRUPT = "corrupt"
    PASSWORD = "password"
    MACRO = "macro"
    DTD = "dtd"
    ZIP_BOMB = "zip_bomb"
    ZIP_NAMES = "zip_names"
    TOO_LARGE = "too_large"
    TOO_MANY_PAGES = "too_many_pages"
    NO_PAGES = "no_pages"
    TIMEOUT = "timeout"
    MEMORY = "memory"
    NEEDS_OCR = "needs_ocr"
    MISSING_TOOL = "missing_tool"
    NO_TEXT = "no_text"


# What the office reads, per code: what is wrong and what to do.
MESSAGES_VI: dict[ErrorCode, str] = {
    ErrorCode.EMPTY: "Tệp rỗng (0 byte). Đề nghị gửi lại tệp đầy đủ.",
    ErrorCode.NOT_SUPPORTED: "Định dạng tệp chưa được hỗ trợ. Đề nghị gửi tệp DOCX, DOC, PDF, TXT hoặc trang web đã lưu (HTML).",
    ErrorCode.WRONG_TYPE: "Nội dung tệp không đúng với phần mở rộng của tên tệp. Đề nghị kiểm tra và lưu lại đúng định dạng.",
    ErrorCode.CORRUPT: "Tệp bị hỏng hoặc không đọc được. Đề nghị mở bằng Word/trình đọc PDF, lưu lại rồi gửi lại.",
    ErrorCode.PASSWORD: "Tệp được đặt mật khẩu. Đề nghị gỡ mật khẩu rồi gửi lại.",
    ErrorCode.MACRO: "Tệp có chứa macro (mã lệnh), không được xử lý vì lý do an toàn. Đề nghị lưu lại dưới dạng .docx thông thường.",
    ErrorCode.DTD: "Tệp chứa khai báo DTD/thực thể XML không an toàn. Tệp bị từ chối vì lý do an toàn.",
    ErrorCode.ZIP_BOMB: "Tệp nén có kích thước giải nén bất thường (nghi \"bom nén\"). Tệp bị từ chối vì lý do an toàn.",
    ErrorCode.ZIP_NAMES: "Tệp chứa đường dẫn nội bộ không hợp lệ. Tệp bị từ chối vì lý do an toàn.",
    ErrorCode.TOO_LARGE: "Tệp hoặc nội dung quá lớn so với giới hạn xử lý. Đề nghị tách nhỏ văn bản.",
    ErrorCode.TOO_MANY_PAGES: "Văn bản có quá nhiều trang so với giới hạn xử lý. Đề nghị tách nhỏ văn bản.",
    ErrorCode.NO_PAGES: "Tệp PDF không có trang nào. Đề nghị xuất lại tệp PDF.",
    ErrorCode.TIMEOUT: ("Tệp đọc quá chậm, vượt thời gian cho phép (tệp rất dài hoặc có cấu trúc phức tạp). "
                        "Đề nghị gửi bản in ra PDF (Print to PDF) hoặc tệp DOCX gốc."),
    ErrorCode.MEMORY: "Xử lý tệp vượt quá bộ nhớ cho phép. Tệp có thể bị hỏng hoặc quá lớn.",
    ErrorCode.NEEDS_OCR: "Tệp là bản quét (ảnh) nhưng máy chưa cài phần mềm nhận dạng chữ tesseract (gói tesseract-ocr, tesseract-ocr-vie).",
    ErrorCode.MISSING_TOOL: "Thiếu phần mềm cần thiết để đọc tệp này trên máy.",
    ErrorCode.NO_TEXT: "Tệp không có chữ. Đề nghị kiểm tra lại tệp gửi kèm.",
}
# NO_TEXT says which of the two it is.
NO_TEXT_EMPTY_VI = "Tệp không có chữ (các trang trống, không có lớp chữ và không có ảnh). Đề nghị kiểm tra lại tệp gửi kèm."
NO_TEXT_SCAN_VI = ("Tệp là ảnh quét không đọc được: nhận dạng chữ (OCR) không tìm thấy chữ nào trên các trang. "
                   "Đề nghị gửi bản quét rõ hơn hoặc tệp DOCX/PDF gốc.")


class VanbanError(Exception):
    """Base of vanban's own exceptions."""


class BadInput(VanbanError):
    """The file is at fault. `message` is Vietnamese, for the office; `detail` is technical."""

    def __init__(self, code: ErrorCode, file: str = "", detail: str = "", message: str | None = None):
        self.code = ErrorCode(code)
        self.file = file
        self.detail = detail
        self.message = message or MESSAGES_VI[self.code]
        super().__init__(self.describe())

    def describe(self) -> str:
        where = f"Tệp «{self.file}»: " if self.file else ""
        extra = f" (chi tiết: {self.detail})" if self.detail else ""
        return f"{where}{self.message}{extra}"

    def __reduce__(self):  # picklable across worker processes
        return (BadInput, (self.code, self.file, self.detail, self.message))


class WarningCode(StrEnum):
    """Every warning's stable code (the `message` beside it is for people, in Vietnamese). Readers: encoding,
    legacy_font, ocr, scanned_pages, table_truncated; extraction: draft_*, unreadable_number, date_from_stamp, no_date, deadline_*,
    number_format, pair_magnitude, ratio_mismatch, indicator_without_figure; checks: the rest."""

    ARITHMETIC = "arithmetic"
    CONFLICTING_FIGURES = "conflicting_figures"
    DATE_FROM_STAMP = "date_from_stamp"
    DEADLINE_RECURRING = "deadline_recurring"
    DEADLINE_UNREADABLE = "deadline_unreadable"
    DOUBTFUL_MATCH = "doubtful_match"
    DRAFT_DATE = "draft_date"
    DRAFT_NUMBER = "draft_number"
    DUPLICATE = "duplicate"
    ENCODING = "encoding"
    IMPLAUSIBLE = "implausible"
    INDICATOR_WITHOUT_FIGURE = "indicator_without_figure"
    KIND_MISMATCH = "kind_mismatch"
    LATE = "late"
    LEGACY_FONT = "legacy_font"
    MISSING = "missing"
    NO_DATE = "no_date"
    NO_PLAN_CITED = "no_plan_cited"
    NOT_A_REPORT = "not_a_report"
    NUMBER_FORMAT = "number_format"
    OCR = "ocr"
    PAIR_MAGNITUDE = "pair_magnitude"
    PARTS_TOTAL = "parts_total"
    RATIO_MISMATCH = "ratio_mismatch"
    SCANNED_PAGES = "scanned_pages"
    TABLE_TRUNCATED = "table_truncated"
    UNMATCHED = "unmatched"
    UNREADABLE_NUMBER = "unreadable_number"
    WRONG_PLAN = "wrong_plan"


class DocWarning(BaseModel):
    """Something uncertain or inconsistent, said in Vietnamese; `code` is stable, `message` is for people."""

    model_config = ConfigDict(frozen=True)

    code: WarningCode
    message: str
    location: str | None = None
