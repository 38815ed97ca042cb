"""Imports naming administrative units: a cell for a current unit's statistics code (inside the importing user's
scope), and the current commune a written name designates."""
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from phongtrao.core.imports.cells import Cell, CellError, cell_text
from phongtrao.core.scoping import path_in_scope

from .models import AdminUnit


class UnitCode(Cell):
    """A current unit's statistics code ("79", "26734") → its pk; the user must be allowed to add there.

    With `national`, an empty cell stands for the national level (None), for the users whose scope covers it."""

    kind = gettext_lazy("Mã thống kê của đơn vị hành chính hiện hành")
    memo = True

    def __init__(self, *, levels: tuple[str, ...] = (), national: bool = False, **options):
        super().__init__(**options)
        self.levels, self.national = levels, national

    def reader(self, spec):
        units = AdminUnit.objects.current()
        if self.levels:
            units = units.filter(level__in=self.levels)
        index = {code: (pk, path) for code, pk, path in units.values_list("code", "pk", "path")}

        def parse(value):
            text = cell_text(value)
            if not text:
                if self.national and not path_in_scope(spec.user, None, "add"):
                    raise CellError(_("Để trống là cấp trung ương, nằm ngoài phạm vi quản lý của bạn: ghi mã đơn vị."))
                return self.empty()
            found = index.get(text) or (index.get(text.zfill(5)) if text.isdigit() and len(text) > 2 else None) \
                or (index.get(text.zfill(2)) if text.isdigit() else None)
            if found is None:
                raise CellError(_("Không có đơn vị hành chính hiện hành mã “%(value)s”.") % {"value": text})
            if not path_in_scope(spec.user, found[1], "add"):
                raise CellError(_("Đơn vị mã “%(value)s” nằm ngoài phạm vi quản lý của bạn.") % {"value": text})
            return found[0]

        return parse


def commune_by_name(gazetteer, current_codes, name: str, province: str):
    """The gazetteer's best match among current communes (`current_codes`) for a commune name as written (legacy,
    without diacritics) and its province; CellError when none or several match equally well."""
    matches = [m for m in gazetteer.lookup(name, parent=province or None, limit=5) if m.unit.code in current_codes]
    place = f"{name} ({province})" if province else name
    if not matches:
        raise CellError(_("Không tìm thấy xã, phường “%(place)s”: kiểm tra tên và tỉnh, hoặc ghi mã xã.") % {
            "place": place})
    best = [m for m in matches if m.score == matches[0].score]
    if len(best) > 1:
        raise CellError(_("“%(place)s” ứng với nhiều xã, phường hiện nay (%(names)s): ghi cột “Mã xã” để chọn "
                          "đúng.") % {"place": place, "names": ", ".join(m.unit.full_name for m in best)})
    return best[0]
