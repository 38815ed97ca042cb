"""Database housekeeping shared by bulk operations, the read-replica router and the Vietnamese collation of names."""
from contextlib import contextmanager, suppress
from contextvars import ContextVar
from functools import wraps
from itertools import count, islice

from django.conf import settings
from django.db import DatabaseError, connection, transaction
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


SQLITE_ANALYSIS_LIMIT = 1000
"""Rows of each index SQLite's ANALYZE looks at (its own advice for `PRAGMA optimize`): a full ANALYZE reads every row,
0.6 s for 2.4 M statistics values; so limited, 4 ms (the statistics benchmark's figures did not change)."""


def analyze(*models) -> None:
    """Refresh the planner's statistics after a bulk load (both SQLite and PostgreSQL accept ANALYZE <table>)."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(f"PRAGMA analysis_limit = {SQLITE_ANALYSIS_LIMIT}")
        for model in models:
            cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")


PREPARED_TYPES = {"DateField", "DateTimeField", "TimeField", "DecimalField", "DurationField", "UUIDField", "JSONField"}
"""Fields whose values the database driver cannot take as they are: they go through get_db_prep_save."""


def bulk_insert(model, fields, rows, *, ids: bool = True, chunk: int = 5000) -> list[int]:
    """Insert `rows` (tuples of values for the `fields` attnames) the fast way: COPY on PostgreSQL, executemany in
    chunks on SQLite; returns the new ids in order (when `ids`). Call it inside a transaction.

    As bulk_create, it calls no save() and sends no signal; auto timestamps and the other fields' defaults are
    filled in. Ids are reserved first (see `reserve_ids`), so that the rows can be referred to without reading them
    back. `Staged` does the same work ahead of a transaction.
    """
    rows = list(rows)
    new_ids = reserve_ids(model, len(rows)) if ids else []
    columns, values = _row_values(model, fields, rows, new_ids)
    _write(model._meta.db_table, columns, values, chunk=chunk)
    return new_ids


_STAGED_TABLES = count(1)


class Staged:
    """Big inserts prepared before their transaction and published inside it, so that on SQLite the database-wide
    write lock is held for one `INSERT … SELECT` per table rather than for the whole insert.

    `insert()` (outside any transaction) reserves the ids at once and, on SQLite, writes the rows to a TEMP table,
    which lives in the connection's private database and takes no lock on the shared one; on PostgreSQL, which has
    no such lock, it keeps the prepared rows for a COPY. `publish()`, inside the transaction, moves them into the
    real tables. Use it as a context manager: the TEMP tables go away on exit, published or not, and ids reserved
    for rows never published stay unused (as a PostgreSQL sequence would leave them).
    """

    def __init__(self):
        self.tables: list[tuple[str, list[str], object]] = []
        """(real table, columns, TEMP table name on SQLite or the prepared rows on PostgreSQL), in insert order."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if connection.vendor == "sqlite":
            with suppress(DatabaseError), connection.cursor() as cursor:  # a lost connection took them along
                for _table, _columns, temp in self.tables:
                    cursor.execute(f"DROP TABLE IF EXISTS temp.{temp}")
        self.tables.clear()

    def insert(self, model, fields, rows, *, ids: bool = True, chunk: int = 5000) -> list[int]:
        """As `bulk_insert`, but the rows reach the table only at `publish()`; the ids are final already."""
        rows = list(rows)
        new_ids = reserve_ids(model, len(rows)) if ids else []
        columns, values = _row_values(model, fields, rows, new_ids)
        table = model._meta.db_table
        if connection.vendor != "sqlite":
            self.tables.append((table, columns, list(values)))
            return new_ids
        temp, quote = f"staged_{next(_STAGED_TABLES)}_{table}", connection.ops.quote_name
        with connection.cursor() as cursor:
            cursor.execute(f"CREATE TEMP TABLE {temp} AS SELECT {', '.join(map(quote, columns))} "
                           f"FROM main.{quote(table)} WHERE 0")
        self.tables.append((table, columns, temp))
        _write(f"temp.{temp}", columns, values, chunk=chunk, quoted=True)
        return new_ids

    def publish(self) -> None:
        """Move every staged table into its real one (call inside the transaction that must hold them all)."""
        quote = connection.ops.quote_name
        for table, columns, staged in self.tables:
            if connection.vendor == "sqlite":
                names = ", ".join(map(quote, columns))
                with connection.cursor() as cursor:
                    cursor.execute(f"INSERT INTO main.{quote(table)} ({names}) SELECT {names} FROM temp.{staged} "
                                   f"ORDER BY rowid")
            else:
                _write(table, columns, staged)


def _row_values(model, fields, rows, new_ids):
    """The columns to write and a generator of each row's values: the given fields (prepared for the database where
    the driver needs it), then the other fields' defaults and auto timestamps; the reserved id first when given."""
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
    columns = [field.column for field in given + rest]
    if new_ids:
        columns.insert(0, meta.pk.column)

    def values():
        for position, row in enumerate(rows):
            if prepare:
                row = list(row)
                for index, field in prepare:
                    row[index] = field.get_db_prep_save(row[index], connection)
            tail = constants
            if per_row:
                tail = list(constants)
                for index, field in per_row:
                    tail[index] = field.get_db_prep_save(field.get_default(), connection)
            yield (new_ids[position], *row, *tail) if new_ids else (*row, *tail)

    return columns, values()


def _write(table: str, columns: list[str], values, *, chunk: int = 5000, quoted: bool = False) -> None:
    """COPY (PostgreSQL) or executemany in chunks (SQLite) of the value tuples into `table` (`quoted`: as given)."""
    quote = connection.ops.quote_name
    names, target = ", ".join(map(quote, columns)), table if quoted else quote(table)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with connection.wrap_database_errors, cursor.cursor.copy(f"COPY {target} ({names}) FROM STDIN") as copy:
                for row in values:
                    copy.write_row(row)
        else:
            sql = f"INSERT INTO {target} ({names}) VALUES ({', '.join(['%s'] * len(columns))})"
            while batch := list(islice(values, chunk)):
                cursor.executemany(sql, batch)


def reserve_ids(model, how_many: int) -> list[int]:
    """`how_many` new ids for `model`'s table, taken for good at once: from the PostgreSQL sequence, or on SQLite by
    moving the AUTOINCREMENT counter (sqlite_sequence) past them in a short transaction of its own (a savepoint
    when already inside one), so that no other writer can take them, even before the rows are written."""
    if not how_many:
        return []
    table, pk = model._meta.db_table, model._meta.pk.column
    quote = connection.ops.quote_name
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                           [quote(table), pk, how_many])
            return [row[0] for row in cursor.fetchall()]
    if connection.vendor != "sqlite":
        raise NotImplementedError(connection.vendor)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"SELECT MAX({quote(pk)}) FROM {quote(table)}")
        last = cursor.fetchone()[0] or 0
        cursor.execute("SELECT seq FROM sqlite_sequence WHERE name = %s", [table])
        seen = cursor.fetchone()
        last = max(last, seen[0] if seen else 0)  # AUTOINCREMENT: never reuse the ids of deleted rows
        if seen:
            cursor.execute("UPDATE sqlite_sequence SET seq = %s WHERE name = %s", [last + how_many, table])
        else:
            cursor.execute("INSERT INTO sqlite_sequence (name, seq) VALUES (%s, %s)", [table, last + how_many])
    return list(range(last + 1, last + 1 + how_many))
