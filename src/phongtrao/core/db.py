"""Database housekeeping shared by bulk operations, and the read-replica router."""
from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps

from django.conf import settings
from django.db import connection

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


def analyze(*models) -> None:
    """Refresh the planner's statistics after a bulk load (both SQLite and PostgreSQL accept ANALYZE <table>)."""
    with connection.cursor() as cursor:
        for model in models:
            cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")
