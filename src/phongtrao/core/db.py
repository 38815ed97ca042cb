"""Database housekeeping shared by bulk operations, the read-replica router and the Vietnamese collation of names."""
from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps

from django.conf import settings
from django.db import connection
from django.utils import timezone

REPLICA = "replica"
_replica_reads = ContextVar("replica_reads", default=False)


@contextmanager
def replica_reads():
    """Reads inside the block go to the replica when one is configured (`DATABASE_REPLICA_URL`)."""
    token = _replica_reads.set(True)
    try:
        yield
    finally:
        _replica_reads.reset(token)


def reads_from_replica(view):
    """For pages of figures (dashboards, roll-ups) that may lag the primary by the replication delay."""

    @wraps(view)
    def wrapped(*args, **kwargs):
        with replica_reads():
            return view(*args, **kwargs)

    return wrapped


class ReplicaRouter:
    """Reads marked with `replica_reads()` go to the "replica" database when it exists; everything else, all
    writes and all migrations go to "default" (the replica copies the primary by itself)."""

    def db_for_read(self, model, **hints):
        return REPLICA if _replica_reads.get() and REPLICA in settings.DATABASES else None

    def db_for_write(self, model, **hints):
        return None

    def allow_relation(self, obj1, obj2, **hints):
        return True

    def allow_migrate(self, db, app_label, **hints):
        return db != REPLICA

from .text import compare

VIETNAMESE = "vietnamese"
"""Collation of names (`db_collation=VIETNAMESE`): on PostgreSQL, ICU's vi-VN (as the built-in "vi-VN-x-icu"),
created by core's migration 0003; on SQLite, `core.text.compare`, registered on every connection. A name without
"-", which Django's SQLite schema editor would not quote. The SQLite file thus needs the app: the sqlite3 shell cannot
sort or write those columns (`.backup` works)."""


def register_sqlite_collation(sender, connection, **kwargs):
    """connection_created receiver: teach each new SQLite connection the Vietnamese order."""
    if connection.vendor == "sqlite":
        connection.connection.create_collation(VIETNAMESE, compare)


def analyze(*models) -> None:
    """Refresh the planner's statistics after a bulk load (both SQLite and PostgreSQL accept ANALYZE <table>)."""
    with connection.cursor() as cursor:
        for model in models:
            cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")


PREPARED_TYPES = {"DateField", "DateTimeField", "TimeField", "DecimalField", "DurationField", "UUIDField", "JSONField"}
"""Fields whose values the database driver cannot take as they are: they go through get_db_prep_save."""


def bulk_insert(model, fields, rows, *, ids: bool = True, chunk: int = 5000) -> list[int]:
    """Insert `rows` (tuples of values for the `fields` attnames) the fast way: COPY on PostgreSQL, executemany in
    chunks on SQLite; returns the new ids in order (when `ids`). Call it inside a transaction.

    As bulk_create, it calls no save() and sends no signal; auto timestamps and the other fields' defaults are
    filled in. Ids are reserved first (PostgreSQL's sequence, or on SQLite the next ones under the write lock that
    the transaction holds), so that the rows can be referred to without reading them back.
    """
    meta = model._meta
    by_name = {field.attname: field for field in meta.concrete_fields}
    given = [by_name[name] for name in fields]
    now = timezone.now()
    rest, constants, per_row = [], [], []
    for field in meta.concrete_fields:
        if field.attname in fields or field.primary_key:
            continue
        rest.append(field)
        if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
            constants.append(field.get_db_prep_save(now, connection))
        elif field.has_default() and callable(field.default):  # e.g. dict, uuid4: a new value for each row
            per_row.append((len(constants), field))
            constants.append(None)
        else:
            constants.append(field.get_db_prep_save(field.get_default(), connection))
    prepare = [(index, field) for index, field in enumerate(given) if field.get_internal_type() in PREPARED_TYPES]
    rows = list(rows)
    columns = [field.column for field in given + rest]
    new_ids = _reserve_ids(model, len(rows)) if ids else []
    if ids:
        columns.insert(0, meta.pk.column)

    def values(position, row):
        if prepare:
            row = list(row)
            for index, field in prepare:
                row[index] = field.get_db_prep_save(row[index], connection)
        tail = constants
        if per_row:
            tail = list(constants)
            for index, field in per_row:
                tail[index] = field.get_db_prep_save(field.get_default(), connection)
        head = (new_ids[position],) if ids else ()
        return (*head, *row, *tail)

    table, quote = meta.db_table, connection.ops.quote_name
    names = ", ".join(map(quote, columns))
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            copy_sql = f"COPY {quote(table)} ({names}) FROM STDIN"
            with connection.wrap_database_errors, cursor.cursor.copy(copy_sql) as copy:
                for position, row in enumerate(rows):
                    copy.write_row(values(position, row))
        else:
            sql = f"INSERT INTO {quote(table)} ({names}) VALUES ({', '.join(['%s'] * len(columns))})"
            for start in range(0, len(rows), chunk):
                cursor.executemany(sql, [values(position, row) for position, row in
                                         enumerate(rows[start:start + chunk], start=start)])
    return new_ids


def _reserve_ids(model, count: int) -> list[int]:
    table, pk = model._meta.db_table, model._meta.pk.column
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                           [connection.ops.quote_name(table), pk, count])
            return [row[0] for row in cursor.fetchall()]
        if connection.vendor != "sqlite":
            raise NotImplementedError(connection.vendor)
        quote = connection.ops.quote_name
        cursor.execute(f"SELECT MAX({quote(pk)}) FROM {quote(table)}")
        last = cursor.fetchone()[0] or 0
        cursor.execute("SELECT name FROM sqlite_master WHERE name = 'sqlite_sequence'")
        if cursor.fetchone():  # AUTOINCREMENT: never reuse the ids of deleted rows
            cursor.execute("SELECT seq FROM sqlite_sequence WHERE name = %s", [table])
            last = max([last, *(row[0] for row in cursor.fetchall())])  # no row yet: the table never had one
    return list(range(last + 1, last + 1 + count))
