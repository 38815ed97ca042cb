"""`db_worker` from django-tasks-db, which first fails the tasks a dead worker left running on this machine."""
from django_tasks_db.management.commands.db_worker import Command as BaseWorkerCommand

from phongtrao.core.jobs import new_worker_id, recover_interrupted


class Command(BaseWorkerCommand):
    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.set_defaults(worker_id=new_worker_id())

    def handle(self, *args, **options):
        recovered = recover_interrupted()
        if recovered:
            self.stderr.write(f"{recovered} interrupted task(s) marked failed")
        super().handle(*args, **options)
