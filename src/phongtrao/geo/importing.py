"""An import cell for a current administrative unit given by its statistics code, inside the importing user's scope."""
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from phongtrao.core.imports.cells import Cell, CellError, cell_text
from phongtrao.core.scoping import path_in_scope

from .models import AdminUnit


class UnitCode(Cell):
    """A current unit's statistics code ("79", "26734") → its pk; the user must be allowed to add there."""

    kind = gettext_lazy("Mã thống kê của đơn vị hành chính hiện hành")
    memo = True

    def __init__(self, *, levels: tuple[str, ...] = (), **options):
        super().__init__(**options)
        self.levels = levels

    def reader(self, spec):
        units = AdminUnit.objects.current()
        if self.levels:
            units = units.filter(level__in=self.levels)
        index = {code: (pk, path) for code, pk, path in units.values_list("code", "pk", "path")}

        def parse(value):
            text = cell_text(value)
            if not text:
                return self.empty()
            found = index.get(text) or (index.get(text.zfill(5)) if text.isdigit() and len(text) > 2 else None) \
                or (index.get(text.zfill(2)) if text.isdigit() else None)
            if found is None:
                raise CellError(_("Không có đơn vị hành chính hiện hành mã “%(value)s”.") % {"value": text})
            if not path_in_scope(spec.user, found[1], "add"):
                raise CellError(_("Đơn vị mã “%(value)s” nằm ngoài phạm vi quản lý của bạn.") % {"value": text})
            return found[0]

        return parse
