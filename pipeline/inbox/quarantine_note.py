"""The `<name>.loi.txt` note beside a quarantined file: what is wrong and what to do, in Vietnamese."""

from __future__ import annotations

import datetime as dt

from pipeline.store.models import DocumentRow
from pipeline.inbox.worker import BUG_CODE, TIMEOUT_CODE

WHAT_TO_DO = ("Tệp gốc được giữ nguyên trong thư mục quarantine/ này. Sau khi sửa hoặc xin lại tệp, "
              "hãy đặt tệp mới vào thư mục inbox/ để vanban xử lý lại.")
WHAT_TO_DO_TIMEOUT = (
    "Tệp gốc được giữ nguyên trong thư mục quarantine/ này. Văn phòng có thể:\n"
    " - tách văn bản thành nhiều tệp nhỏ hơn, rồi đặt từng tệp vào thư mục inbox/;\n"
    " - mở tệp bằng Word hoặc LibreOffice, lưu lại thành tệp mới (Save As) hoặc in ra PDF, "
    "rồi đặt tệp mới vào thư mục inbox/;\n"
    " - hoặc nhờ người phụ trách vanban tăng giới hạn thời gian đọc (worker_timeout_s; với bản quét, "
    "ocr_seconds_per_page cho mỗi trang) trong tệp vanban.toml, rồi đặt lại chính tệp này vào thư mục inbox/: "
    "vanban sẽ đọc lại tệp.")
WHAT_TO_DO_BUG = ("Đây là lỗi của chương trình, không phải lỗi của tệp. Đề nghị báo cho người phụ trách vanban, "
                  "gửi kèm tệp gốc (trong thư mục này) và ghi chú này.")


def note_text(doc: DocumentRow, sha256: str, duplicate_of: str | None = None) -> str:
    advice = {BUG_CODE: WHAT_TO_DO_BUG, TIMEOUT_CODE: WHAT_TO_DO_TIMEOUT}.get(doc.error_code, WHAT_TO_DO)
    same = f"Tệp này trùng nội dung với tệp «{duplicate_of}» đã bị cách ly trước đó.\n" if duplicate_of else ""
    return (
        f"Tệp: {doc.name}\n{same}"
        f"Thời điểm xử lý: {dt.datetime.now():%d/%m/%Y %H:%M:%S}\n"
        f"Kết quả: KHÔNG xử lý được, tệp đã được chuyển vào thư mục cách ly (quarantine).\n"
        f"Mã lỗi: {doc.error_code}\n"
        f"Lý do: {doc.error_message}\n\n"
        f"Cần làm: {advice}\n\n"
        f"Mã SHA-256 của tệp gốc: {sha256}\n"
    )
