"""The official reports' section on models detected in documents (registered in `IntakeConfig.ready()`)."""
from collections import defaultdict

from django.db.models import Count

from phongtrao.core.reporting import Section, vn_number

from .models import Candidate, Document

ROW_FIELDS = {"intake.candidate": ("name", "unit__full_name", "state", "first_seen"),
              "intake.document": ("title", "filename", "published")}
LISTED = 15


def candidates_section(user, scope) -> Section:
    """Documents taken in and spontaneous models first seen in the period, by review state; the newest names."""
    section = Section("candidates", "Phát hiện mô hình tự phát qua tài liệu")
    documents = scope.rows(Document.objects.filter(duplicate_of=None), user, "unit").filter(
        created__date__range=(scope.start, scope.end))
    candidates = scope.rows(Candidate.objects.all(), user, "unit").filter(first_seen__range=(scope.start, scope.end))
    by_state = defaultdict(set)
    for pk, state in candidates.values_list("pk", "state"):
        by_state[state].add(pk)
    rows = [[label, section.figure(label, Candidate, by_state[value])] for value, label in Candidate.State.choices]
    section.table("Mô hình tự phát phát hiện trong kỳ theo kết quả duyệt", ["Kết quả duyệt", "Số mô hình"],
                  rows, total_label="Tổng cộng")
    newest = (candidates.select_related("unit").annotate(n=Count("documents")).order_by("-first_seen", "name")[:LISTED])
    section.table("Các mô hình tự phát mới phát hiện",
                  ["Tên mô hình", "Địa bàn", "Thấy lần đầu", "Số tài liệu"],
                  [[c.name, c.unit.full_name if c.unit else "Toàn quốc", c.first_seen.strftime("%d/%m/%Y"), c.n]
                   for c in newest])
    count = section.figure("Tài liệu tiếp nhận trong kỳ", Document, documents.values_list("pk", flat=True))
    section.paragraphs.append((
        "Qua %(documents)s tài liệu tiếp nhận trong kỳ, đã phát hiện %(total)s mô hình tự phát chưa có trong danh mục; "
        "đã công nhận %(accepted)s, liên kết với mô hình đã có %(linked)s, loại %(rejected)s, còn %(new)s mô hình "
        "chờ duyệt.") % {
        "documents": vn_number(count["value"]), "total": vn_number(sum(len(ids) for ids in by_state.values())),
        **{state: vn_number(len(by_state[state])) for state in Candidate.State.values}})
    return section
