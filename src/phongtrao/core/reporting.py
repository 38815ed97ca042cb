"""Report sections as data: what an app gives the official reports (narrative, tables, the rows behind each figure).

An app registers a builder with `core.registry.register_report_section(key, label, build, kinds=…)`;
`build(user, scope)` reads inside the user's jurisdiction and `scope.unit`'s subtree for `scope`'s period and
returns a `Section`. The reports app stores it as JSON, renders it to DOCX and PDF, and, at issue, keeps the rows
behind every figure as they stood. A section's text is the official report's own, Vietnamese: not translated.
"""
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.utils.translation import gettext_lazy as _

from .scoping import ALL, scoped, units_q

PERIODIC_CHOICES = (("monthly", _("Báo cáo tháng")), ("quarterly", _("Báo cáo quý")),
                    ("half_year", _("Báo cáo sáu tháng")), ("yearly", _("Báo cáo năm")))
"""Periodic movement reports: the reports' kinds, and what a steering task may ask the units below for."""
PERIODIC = frozenset(kind for kind, _label in PERIODIC_CHOICES)
REVIEW = frozenset({"interim_review", "final_review"})
"""Sơ kết / tổng kết of one model type."""


@dataclass(frozen=True)
class ReportScope:
    """What a report covers: a unit's subtree (None: the nation), a period, its kind, a model type for reviews."""

    unit: Any
    start: date
    end: date
    kind: str
    model_type: Any = None

    def rows(self, queryset, user, unit_field: str):
        """`queryset` inside the user's jurisdiction and the report's unit subtree."""
        paths = ALL if self.unit is None else [self.unit.path]
        return scoped(queryset, user, "view").filter(units_q(unit_field, paths))


def vn_number(value) -> str:
    """1234 → "1.234" (Vietnamese digit grouping), for narrative text."""
    return f"{value:,}".replace(",", ".")


class Section:
    """One section of a report: paragraphs with the numbers in place, tables, and each figure's rows (`evidence`)."""

    def __init__(self, key: str, title):
        self.key, self.title = key, str(title)
        self.paragraphs: list[str] = []
        self.tables: list[dict] = []
        self.evidence: dict[str, dict] = {}

    def figure(self, label, model, ids) -> dict:
        """A count cell: the number of `ids` (rows of `model`, a class or its label), linked to them by a reference."""
        ref = f"{self.key}.{len(self.evidence) + 1}"
        ids = sorted(set(ids))
        model = model if isinstance(model, str) else model._meta.label_lower
        self.evidence[ref] = {"label": str(label), "model": model, "ids": ids}
        return {"value": len(ids), "ref": ref}

    def table(self, title, columns, rows, *, total_label=None):
        """A table: `rows` are [label, cell, …] (cells: numbers, text or figures); numbered when rendered.

        With `total_label` a totals row is added: a column of figures totals the union of their rows' ids.
        """
        columns = [str(c) for c in columns]
        table = {"title": str(title), "columns": columns, "rows": [[_plain(c) for c in row] for row in rows],
                 "total": None}
        if total_label is not None:
            total = [str(total_label)]
            for index, column in enumerate(columns[1:], start=1):
                total.append(self._total(f"{total_label}: {column}", [row[index] for row in rows]))
            table["total"] = total
        self.tables.append(table)
        return table

    def _total(self, label, cells):
        """Figures of one model: the union of their rows; numbers (or figures of several models): their sum."""
        refs = [c["ref"] for c in cells if isinstance(c, dict)]
        models = {self.evidence[ref]["model"] for ref in refs}
        if refs and len(refs) == len(cells) and len(models) == 1:
            return self.figure(label, models.pop(), [pk for ref in refs for pk in self.evidence[ref]["ids"]])
        if all(isinstance(c, (int, dict)) for c in cells):
            return sum(c["value"] if isinstance(c, dict) else c for c in cells)
        return ""

    def as_dict(self) -> dict:
        return {"key": self.key, "title": self.title, "paragraphs": self.paragraphs, "tables": self.tables,
                "evidence": self.evidence}


def _plain(cell):
    """Cells stored as JSON: figures stay dicts, lazy strings become text."""
    return cell if isinstance(cell, (dict, int, float)) or cell is None else str(cell)
