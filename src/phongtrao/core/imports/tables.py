"""The export table of an importable model: each column of its import under the import's header, then the id, so
that an exported file re-imports unchanged (docs/import.md)."""
import django_tables2 as tables

from ..tables import BaseTable


def export_table(spec_class, *, label=None, **accessors: str) -> type:
    """A table class writing `spec_class`'s columns in order; `accessors` says where a column's value is read when
    not in the model field of the same name (e.g. `unit="unit__code"`). With `label` (a header the import does not
    read), the object's name comes last before the id, for the reader."""
    model = spec_class.model
    attrs = {column.key: tables.Column(accessor=accessors.get(column.key, column.key), verbose_name=column.header)
             for column in spec_class.columns}
    if label:
        attrs["label"] = tables.Column(accessor="pk", verbose_name=label)
        attrs["value_label"] = lambda table, record, value=None: str(record)
    attrs["id"] = tables.Column(verbose_name="ID")
    meta = type("Meta", (BaseTable.Meta,), {
        "model": model, "fields": tuple(name for name in attrs if not name.startswith("value_")),
        "default": "",  # an empty cell, not a dash the import would read as a value
    })
    return type(f"{model.__name__}ExportTable", (BaseTable,), {**attrs, "Meta": meta, "__module__": __name__})
