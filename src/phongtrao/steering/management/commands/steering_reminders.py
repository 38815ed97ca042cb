"""`phongtrao steering_reminders`: remind the leading units of tasks due soon or overdue (run it on a schedule;
`make run` runs it every 10 minutes beside the worker). Sending twice is harmless: each reminder goes out once."""
from django.core.management.base import BaseCommand

from phongtrao.steering.services import send_reminders


class Command(BaseCommand):
    help = "Gửi nhắc hạn nhiệm vụ (sắp đến hạn, quá hạn) trong ứng dụng và qua thư điện tử; không gửi trùng."

    def handle(self, *args, **options):
        self.stdout.write(f"{send_reminders()} nhắc hạn mới")
