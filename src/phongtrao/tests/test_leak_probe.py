"""The leak probe over the whole site: nothing of Hà Nội (branch B) shows to the users of Hồ Chí Minh City (branch A).

The world links both branches wherever the product does: sites of one shared model type in both, a site of A
replicated from one of B, evaluations of that type in B, documents naming it in both, a candidate named in both
provinces' documents. Every scoped model has marked rows in B (the probe checks it: a new model must join here).
"""
from datetime import date

import pytest
from auditlog.models import LogEntry

from phongtrao.core.models import Job
from phongtrao.core.testing import LeakProbe, make_user
from phongtrao.initiatives.models import Evaluation, ModelType, Site
from phongtrao.initiatives.tests import factories
from phongtrao.intake.models import Candidate, Document, Mention


def document(unit, title, body, type_, user=None):
    doc = Document.objects.create(unit=unit, filename=f"{title}.txt", title=title, body=body, created_by=user,
                                  status=Document.Status.PROCESSED, published=date(2025, 3, 1))
    doc.model_types.add(type_)
    Mention.objects.create(document=doc, kind="model", text=body[:40], start=0, end=min(len(body), 40),
                           model_type=type_)
    return doc


@pytest.mark.django_db
class TestLeakProbe(LeakProbe):
    path_values = {**LeakProbe.path_values, "fmt": ("xlsx", "csv")}

    def build(self, units, marker):
        a1, b, b1 = units["A1"], units["B"], units["B1"]
        shared = factories.model_type(name="Tổ an ninh tự quản khu phố")  # national: every user reads it
        # -- branch B, every text marked
        b_user = make_user("commune", b1, first_name=f"Lan {marker}", last_name=marker, position=marker)
        make_user("province", b, first_name=marker)
        b_site = factories.site(b1, shared, name=f"Điểm {marker}", address=f"Số 1 phố {marker}", notes=marker,
                                village=marker, started_on=date(2019, 5, 1))
        Evaluation.objects.create(site=b_site, model_type=shared, unit=b1, period="annual", rating="good",
                                  period_start=date(2025, 1, 1), period_end=date(2025, 12, 31), narrative=marker)
        Evaluation.objects.create(model_type=shared, unit=b, period="final", rating="weak",
                                  period_start=date(2020, 1, 1), period_end=date(2025, 6, 30), narrative=marker)
        b_doc = document(b1, f"Báo cáo {marker}", f"Tổ an ninh tự quản {marker} ở Hà Nội.", shared, b_user)
        Candidate.objects.create(name=f"Tổ {marker}", unit=b1, evidence=marker).documents.add(b_doc)
        Job.objects.create(kind="import_sites", label=f"Nhập {marker}", unit=b1, created_by=b_user,
                           message=marker)
        # -- branch A, seen by the probed users, linked to B where the product links objects
        a_site = factories.site(a1, shared, name="Điểm khu phố 3", replicated_from=b_site, started_on=date(2022, 1, 1))
        a_eval = Evaluation.objects.create(site=a_site, model_type=shared, unit=a1, period="annual", rating="fair",
                                           period_start=date(2023, 1, 1), period_end=date(2023, 12, 31))
        a_doc = document(a1, "Báo cáo phường", "Tổ an ninh tự quản ở phường.", shared)
        a_copy = document(a1, "Bài đăng lại", "Tổ an ninh tự quản ở Hà Nội.", shared, make_user("national"))
        a_copy.duplicate_of = b_doc  # a national user re-sent Hà Nội's report for the ward: linked to its original
        a_copy.save()
        a_candidate = Candidate.objects.create(name="Tổ tự quản bến đò", unit=a1, evidence="Câu trích dẫn.")
        a_candidate.documents.add(a_doc, b_doc)
        a_job = Job.objects.create(kind="import_sites", label="Nhập điểm", unit=a1)
        own = [a_site, a_eval, a_doc, a_copy, a_candidate, a_job]
        log = [entry for obj in own for entry in LogEntry.objects.get_for_object(obj)]
        return [shared, *units.values(), *own, *log]
