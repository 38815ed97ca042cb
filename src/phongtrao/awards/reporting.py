"""The official reports' section on commendations (registered in `AwardsConfig.ready()`)."""
from collections import defaultdict

from phongtrao.core.reporting import Section, vn_number

from .models import AwardForm, Commendation

ROW_FIELDS = {"awards.commendation": ("recipient", "unit__full_name", "decision_ref", "decided_on", "form")}


def commendations_section(user, scope) -> Section:
    """Commendations decided in the period by form; individuals are counted, never named (personal data)."""
    section = Section("commendations", "Công tác khen thưởng")
    decided = scope.rows(Commendation.objects.exclude(decided_on=None), user, "unit").filter(
        decided_on__range=(scope.start, scope.end))
    by_form = defaultdict(lambda: {"collective": set(), "individual": set()})
    for pk, form, kind in decided.values_list("pk", "form", "recipient_kind"):
        by_form[form][kind].add(pk)
    rows = [[label, section.figure(f"{label}: tập thể", Commendation, by_form[value]["collective"]),
             section.figure(f"{label}: cá nhân", Commendation, by_form[value]["individual"])]
            for value, label in AwardForm.choices if value in by_form]
    section.table("Khen thưởng có quyết định trong kỳ theo hình thức", ["Hình thức", "Tập thể", "Cá nhân"], rows,
                  total_label="Tổng cộng")
    collective = sum(len(v["collective"]) for v in by_form.values())
    individual = sum(len(v["individual"]) for v in by_form.values())
    if collective or individual:
        section.paragraphs.append(
            "Trong kỳ, các cấp đã khen thưởng %(collective)s tập thể và %(individual)s cá nhân có thành tích trong phong "
            "trào toàn dân bảo vệ an ninh Tổ quốc." % {"collective": vn_number(collective),
                                                       "individual": vn_number(individual)})
    return section
