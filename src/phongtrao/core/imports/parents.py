"""Rows that name the object they belong to (a member its committee, an obligation its programme, a finding its
visit): that parent is found among the saved ones by a key, or created once, from the rows naming it, in the
import's transaction. The parent's own columns, repeated on each of its rows, must agree (an empty cell agrees)."""
from datetime import date

from django.utils.translation import gettext as _

from ..db import bulk_insert


class Parents:
    """The parents of one import. `fields`: column key → the parent's field attname; `fixed`: the attnames a key
    stands for (e.g. ("unit_id",)); `saved`: {key: (pk, {column key: saved value})} of the parents in reach."""

    def __init__(self, spec, model, *, fields: dict[str, str], fixed: tuple[str, ...], saved: dict):
        self.spec, self.model, self.fields, self.fixed, self.saved = spec, model, fields, fixed, saved
        self.new: dict = {}
        """key → (first row number, the values of the fixed fields, {column key: value})"""

    def known(self, key) -> bool:
        """Whether the parent is saved or was named by an earlier row."""
        return key in self.saved or key in self.new

    def take(self, number: int, key, cells: dict, fixed: tuple) -> bool:
        """Note the row's parent (by `key`); False after recording the columns that disagree with it."""
        if key in self.saved:
            first, known, agreed = None, self.saved[key][1], True
        elif key in self.new:
            first, known, agreed = self.new[key][0], self.new[key][2], True
        else:
            self.new[key] = (number, fixed, {column: cells[column] for column in self.fields})
            return True
        for column in self.fields:
            value, was = cells[column], known[column]
            if value in (None, "") or value == was:
                continue
            if first is not None and was in (None, ""):
                known[column] = value  # a later row completes the new parent
                continue
            agreed = False
            self.spec.error(number, column, _("Khác với dòng %(row)d của cùng %(thing)s.") % {
                "row": first, "thing": self.model._meta.verbose_name} if first is not None else
                _("Khác với %(thing)s đã lưu (“%(value)s”): sửa trên trang của nó.") % {
                    "thing": self.model._meta.verbose_name, "value": _shown(was)})
        return agreed

    def save(self, defaults: dict | None = None, links: dict | None = None) -> dict:
        """The new parents inserted (inside the engine's transaction); then key → pk of every parent taken.
        `defaults`: {attname: value} for a parent column left empty on all of its rows; `links`: {attname: the ids
        returned by the save of the parents above} for a fixed field holding their key (a visit's round)."""
        defaults, links = defaults or {}, links or {}

        def value(column, given):
            attname = self.fields[column]
            return defaults[attname] if given in (None, "") and attname in defaults else given

        rows = [(*(links[name][v] if name in links else v for name, v in zip(self.fixed, fixed)),
                 *(value(column, values[column]) for column in self.fields))
                for _first, fixed, values in self.new.values()]
        ids = bulk_insert(self.model, (*self.fixed, *self.fields.values()), rows)
        return {**{key: pk for key, (pk, _known) in self.saved.items()}, **dict(zip(self.new, ids))}


def _shown(value) -> str:
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return "" if value is None else str(value)
