"""Units as subjects of tasks."""

import pytest

from extractors.patterns.actors import NAME_TAIL_WORDS, subject_of, unit_name


@pytest.mark.parametrize(
    ("clause", "unit"),
    [
        ("Phòng Kinh tế chủ trì, phối hợp với Hội Nông dân", "Phòng Kinh tế"),
        ("- Trạm Y tế xã phối hợp với Bảo hiểm xã hội rà soát", "Trạm Y tế xã"),
        ("Các đơn vị chưa gửi báo cáo khẩn trương hoàn thành", "Các đơn vị chưa gửi báo cáo"),
        ("Các phòng, ban, ngành, đoàn thể và các thôn gửi báo cáo kết quả", "Các phòng, ban, ngành, đoàn thể và các thôn"),
        ("Tu sửa nhà văn hóa thôn, hoàn thành trong năm 2026.", None),
        ("Báo cáo kết quả thực hiện về Ủy ban nhân dân xã", None),
    ],
)
def test_the_unit_at_the_start_of_a_clause_is_its_subject(clause, unit):
    assert subject_of(clause) == unit


def test_a_section_title_that_names_a_unit_gives_the_unit_without_brackets():
    assert unit_name("Sở Nội vụ (Ban Thi đua - Khen thưởng)") == "Sở Nội vụ"
    assert unit_name("Các phòng, ban, ngành, đoàn thể xã; cơ sở thôn.") == "Các phòng, ban, ngành, đoàn thể xã; cơ sở thôn"
    assert unit_name("Phân công theo dõi, báo cáo chỉ tiêu") is None


def test_place_words_end_a_unit_name_but_verbs_do_not():
    assert "Đoàn Thanh niên xã".split()[-1] in NAME_TAIL_WORDS
    assert "Ban Công tác Mặt trận thôn".split()[-1] in NAME_TAIL_WORDS
    assert "tra" not in NAME_TAIL_WORDS  # "Đoàn Thanh niên xã tuần tra"
