"""The `<name>.loi.txt` note beside a quarantined file: what is wrong and what to do, in Vietnamese."""

from __future__ import annotations

import datetime as dt

from pipeline.store.models import DocumentRow
from pipeline.inbox.worker import BUG_CODE

WHAT_TO_DO = ("Tệp gốc được giữ nguyên trong thư mục quarantine/ này. Sau khi sửa hoặc xin lại tệp, "
              "hãy đặt tệp mới vào thư mục inbox/ để vanban xử lý lại.")
WHAT_TO_DO_BUG = ("Đây là lỗi của chương trình, không phải lỗi của tệp. Đề nghị báo cho người phụ trách vanban, "
                  "gửi kèm tệp gốc (trong thư mục này) và ghi chú này.")


def note_text(doc: DocumentRow, sha256: str, duplicate_of: str | None = None) -> str:
    advice = WHAT_TO_DO_BUG if doc.error_code == BUG_CODE else WHAT_TO_DO
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
