"""Rules of training courses and force counts."""
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from phongtrao.core.scoping import require_scope

from .models import ForceStrength, TrainingCourse


@transaction.atomic
def save_course(*, user, course: TrainingCourse) -> TrainingCourse:
    require_scope(user, course.unit if course.unit_id else None, "change" if course.pk else "add")
    if course.ends_on < course.starts_on:
        raise ValidationError({"ends_on": _("Ngày kết thúc không thể trước ngày bắt đầu.")})
    course.save()
    return course


@transaction.atomic
def save_strength(*, user, strength: ForceStrength) -> ForceStrength:
    require_scope(user, strength.unit if strength.unit_id else None, "change" if strength.pk else "add")
    if strength.members < strength.teams:
        raise ValidationError({"members": _("Mỗi tổ có ít nhất một thành viên: số thành viên không thể ít hơn số tổ.")})
    if not 2000 <= strength.year <= 2100:
        raise ValidationError({"year": _("Năm từ 2000 đến 2100.")})
    clash = ForceStrength.objects.filter(unit_id=strength.unit_id, year=strength.year).exclude(pk=strength.pk)
    if clash.exists():
        raise ValidationError({"year": _("Đơn vị đã có số liệu lực lượng năm này: sửa dòng đã có.")})
    strength.save()
    return strength
