"""Demo steering work: committees with members, plans and their tasks, in the sample provinces (small) or every
unit (national: 50,000 tasks)."""
import random
from datetime import date, timedelta

from django.utils import timezone

from phongtrao.core.demodata import person_name
from phongtrao.geo.models import AdminUnit, Level

from .models import (Committee, CommitteeMember, Finding, InspectionRound, InspectionVisit, MemberRole, Obligation, Plan,
                     Programme, ProgressReport, Task)

SAMPLE_PROVINCES = ("79", "01", "68")
ORGANISATIONS = (
    ("Chủ tịch UBND", "Ủy ban nhân dân", MemberRole.HEAD),
    ("Trưởng Công an", "Công an", MemberRole.DEPUTY),
    ("Chủ tịch Ủy ban MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam", MemberRole.DEPUTY),
    ("Phó Trưởng Công an", "Công an", MemberRole.STANDING),
    ("Chủ tịch Hội Liên hiệp Phụ nữ", "Hội Liên hiệp Phụ nữ", MemberRole.MEMBER),
    ("Chủ tịch Hội Cựu chiến binh", "Hội Cựu chiến binh", MemberRole.MEMBER),
    ("Bí thư Đoàn Thanh niên", "Đoàn Thanh niên Cộng sản Hồ Chí Minh", MemberRole.MEMBER),
    ("Chủ tịch Hội Nông dân", "Hội Nông dân", MemberRole.MEMBER),
)


def _committees(rng, units):
    """Most units consolidated; some changed since their decision, some without one, some with no committee."""
    rows = []
    for unit in units:
        roll = rng.random()
        if roll < 0.06 and unit.level == Level.COMMUNE:
            continue
        decided = date(2025, 7, 1) + timedelta(days=rng.randint(0, 120)) if roll > 0.1 else None
        changed = decided + timedelta(days=rng.randint(10, 60)) if decided and roll > 0.9 else decided
        number = rng.randint(1, 400)
        rows.append(Committee(unit=unit, decided_on=decided, members_changed_on=changed or date(2025, 7, 1),
                              decision_ref=f"{number}/QĐ-UBND" if decided else ""))
    Committee.objects.bulk_create(rows, batch_size=2000)
    members = []
    for committee in rows:
        for position, organisation, role in ORGANISATIONS[:rng.randint(5, len(ORGANISATIONS))]:
            last, first = person_name(rng)
            where = committee.unit.name
            members.append(CommitteeMember(committee=committee, full_name=f"{last} {first}", role=role,
                                           position=f"{position} {where}", organisation=f"{organisation} {where}"))
    CommitteeMember.objects.bulk_create(members, batch_size=5000)
    return rows, members


AREAS = ("Tuyên truyền, vận động", "Xây dựng, nhân rộng mô hình", "Kiện toàn Ban Chỉ đạo",
         "Phối hợp liên ngành", "Lực lượng ở cơ sở", "Khen thưởng", "Ngày hội toàn dân bảo vệ ANTQ",
         "Sơ kết, tổng kết", "Chuyển đổi số")
TASK_WORDS = ("Tổ chức sơ kết mô hình “{}”", "Nhân rộng mô hình “{}” ra các khu dân cư",
              "Tuyên truyền về mô hình “{}” trên loa truyền thanh", "Kiểm tra hoạt động mô hình “{}”",
              "Báo cáo kết quả thực hiện mô hình “{}”")
MODELS = ("Nhà trọ tự quản", "Camera an ninh", "Tổ hòa giải ở cơ sở", "Dân phòng tự quản", "Zalo an ninh, trật tự")
TASKS_NATIONAL = 50_000


def _task(rng, plan, unit, today, *, key=False):
    """A task due between six months ago and six months ahead; past ones mostly done, some late, some not."""
    deadline = today + timedelta(days=rng.randint(-180, 180))
    completed = None
    if deadline < today and rng.random() < 0.7 or deadline >= today and rng.random() < 0.15:
        completed = min(today, deadline + timedelta(days=rng.randint(-20, 10)))
    progress = 100 if completed else rng.choice((0, 10, 30, 50, 70, 90))
    return Task(plan=plan, unit=unit, title=rng.choice(TASK_WORDS).format(rng.choice(MODELS)),
                area=rng.choice(AREAS), coordinators="Ủy ban MTTQ; Hội Liên hiệp Phụ nữ", deadline=deadline,
                progress=progress, completed_on=completed, is_key=key)


def _province_plan(rng, province, communes, today):
    """Article 001's shape: 14 key tasks in 9 areas, three due on 15/6, led by the province and its communes."""
    plan = Plan.objects.create(unit=province, symbol=f"{rng.randint(100, 400)}-KH/TU", issued_on=date(2026, 1, 15),
                               title=f"Kế hoạch thực hiện phong trào toàn dân bảo vệ ANTQ năm 2026, {province.name}")
    tasks = [_task(rng, plan, province if i % 3 == 0 else rng.choice(communes), today, key=i < 14)
             for i in range(40)]
    june = date(today.year if today < date(today.year, 6, 15) else today.year + 1, 6, 15)
    for task in tasks[:3]:
        task.deadline, task.completed_on, task.progress = june, None, 40
        task.title = f"Đề án {task.area.lower()}"
    for task, area in zip(tasks[:14], AREAS * 2):
        task.area = area
    for task, days, done in ((tasks[3], -12, None), (tasks[4], -40, None), (tasks[5], 3, None), (tasks[6], -30, 5)):
        task.deadline = today + timedelta(days=days)  # overdue twice, due soon, done late: each case on show
        task.completed_on, task.progress = (task.deadline + timedelta(days=done), 100) if done else (None, 60)
    half = today.year if today.month > 6 else today.year - 1  # the six months the reports demo writes about
    tasks.append(Task(plan=plan, unit=province, title=f"Các xã, phường nộp báo cáo sơ kết 6 tháng đầu năm {half}",
                      area="Báo cáo, thống kê", deadline=date(half, 7, 8), report_kind="half_year",
                      report_period_end=date(half, 6, 30), progress=100, completed_on=date(half, 7, 8)))
    return tasks


def _national_tasks(rng, units, today):
    plan = Plan.objects.create(unit=None, symbol="15-KH/BCA-V05", issued_on=date(2026, 1, 5),
                               title="Kế hoạch triển khai phong trào toàn dân bảo vệ ANTQ năm 2026")
    return [_task(rng, plan, rng.choice(units), today, key=rng.random() < 0.3) for _ in range(TASKS_NATIONAL)]


FINDINGS = (
    ("Sổ theo dõi mô hình chưa cập nhật thường xuyên", "Cập nhật sổ theo dõi mô hình hằng tháng"),
    ("Một số tổ tự quản hoạt động hình thức", "Rà soát, củng cố các tổ tự quản, giải thể tổ không hoạt động"),
    ("Chưa sơ kết mô hình theo kế hoạch", "Tổ chức sơ kết mô hình trước hạn được giao"),
    ("Kinh phí hỗ trợ mô hình chưa được bố trí", "Đề xuất bố trí kinh phí theo Thông tư 40/2023/TT-BTC"),
)


def _inspection(rng, organiser, visited, today):
    """A round that visited `visited` a month ago: all concluded; most findings became tasks, one still open."""
    start = today - timedelta(days=45)
    round_ = InspectionRound.objects.create(
        unit=organiser, title=f"Kiểm tra thực hiện phong trào toàn dân bảo vệ ANTQ năm {today.year}"
        + (f", {organiser.name}" if organiser else ""), reference=f"{rng.randint(10, 99)}/KH-KT",
        lead="Nguyễn Văn Hùng, Phó Giám đốc", team="Trần Thị Mai\nLê Quốc Bảo\nPhạm Minh Tuấn",
        start_on=start, end_on=start + timedelta(days=20))
    plan = Plan.objects.create(unit=organiser, symbol=round_.reference, issued_on=start + timedelta(days=25),
                               title=f"Thực hiện kết luận kiểm tra: {round_.title}"[:300])
    InspectionRound.objects.filter(pk=round_.pk).update(plan=plan)
    for i, unit in enumerate(visited):
        visit = InspectionVisit.objects.create(
            round=round_, unit=unit, planned_on=start + timedelta(days=2 * i), self_reported_on=start - timedelta(days=5),
            self_report="Báo cáo kết quả thực hiện phong trào và các mô hình.", visited_on=start + timedelta(days=2 * i),
            record="Đoàn làm việc với Ban Chỉ đạo, kiểm tra sổ sách và 2 mô hình.",
            concluded_on=start + timedelta(days=25), conclusion="Cơ bản thực hiện tốt; còn một số tồn tại.")
        for j, (text, recommendation) in enumerate(rng.sample(FINDINGS, 2)):
            task = None
            if (i + j) % 4 != 3:  # one in four still waits for its task
                deadline = today + timedelta(days=(-7 if (i + j) % 3 == 0 else 30))
                done = deadline - timedelta(days=3) if (i + j) % 5 == 1 else None
                task = Task.objects.create(plan=plan, unit=unit, title=recommendation, deadline=deadline,
                                           area="Khắc phục sau kiểm tra", completed_on=done,
                                           progress=100 if done else 50)
            Finding.objects.create(visit=visit, text=text, recommendation=recommendation, task=task)
    return round_


OBLIGATIONS = (
    ("Bộ Công an", "Hướng dẫn nghiệp vụ, xây dựng và nhân rộng mô hình tự quản về an ninh, trật tự"),
    ("Ủy ban Trung ương MTTQ Việt Nam", "Vận động nhân dân tham gia phong trào, giám sát việc thực hiện"),
    ("Hội Liên hiệp Phụ nữ Việt Nam", "Xây dựng mô hình gia đình không có tội phạm và tệ nạn xã hội"),
    ("Hội Cựu chiến binh Việt Nam", "Tham gia tuần tra, hòa giải ở cơ sở"),
)


def _programme(rng):
    """Programme 09 (2013–2023), its yearly progress and 10-year review, and its renewal."""
    old = Programme.objects.create(
        reference="09/CTrPH-BCA-BTTUBTWMTTQVN", title="Chương trình phối hợp 09 giữa Bộ Công an và Ủy ban Trung ương "
        "MTTQ Việt Nam", parties="\n".join(o for o, _ in OBLIGATIONS), start_year=2013, end_year=2023,
        reviewed_on=date(2023, 12, 20), review="Tổng kết 10 năm: phong trào được củng cố, nhiều mô hình được nhân rộng.")
    Programme.objects.create(title="Chương trình phối hợp giai đoạn 2024–2030", parties=old.parties, start_year=2024,
                             end_year=2030, renews=old)
    reports = []
    for organisation, content in OBLIGATIONS:
        obligation = Obligation.objects.create(programme=old, organisation=organisation, content=content)
        reports += [ProgressReport(obligation=obligation, year=year, progress=rng.choice((45, 60, 75, 85, 90, 100)))
                    for year in range(2013, 2024) if rng.random() < 0.9]
    ProgressReport.objects.bulk_create(reports)
    return old


def build(*, scale: str, seed: int) -> str:
    if Committee.objects.exists():
        return "dữ liệu chỉ đạo mẫu đã có, bỏ qua"
    rng = random.Random(seed)
    today = timezone.localdate()
    units = AdminUnit.objects.current().filter(level__in=(Level.PROVINCE, Level.COMMUNE))
    if scale == "small":
        units = units.filter(level=Level.PROVINCE) | units.filter(parent__code__in=SAMPLE_PROVINCES)
    units = list(units.order_by("path"))
    committees, members = _committees(rng, units)
    if scale == "small":
        tasks = []
        for province in (u for u in units if u.code in SAMPLE_PROVINCES):
            tasks += _province_plan(rng, province, [u for u in units if u.parent_id == province.pk], today)
    else:
        tasks = _national_tasks(rng, units, today)
    Task.objects.bulk_create(tasks, batch_size=5000)
    provinces = [u for u in units if u.level == Level.PROVINCE]
    rounds = [_inspection(rng, None, rng.sample(provinces, 8), today)]  # article 001: eight locality visits
    for province in provinces if scale == "national" else [p for p in provinces if p.code in SAMPLE_PROVINCES]:
        communes = [u for u in units if u.parent_id == province.pk]
        rounds.append(_inspection(rng, province, rng.sample(communes, min(4, len(communes))), today))
    _programme(rng)
    return (f"{len(committees)} Ban Chỉ đạo, {len(members)} thành viên, {Plan.objects.count()} kế hoạch, "
            f"{Task.objects.count()} nhiệm vụ, {len(rounds)} đợt kiểm tra, {Finding.objects.count()} tồn tại")
