"""Load scenario: users browsing, searching and exporting the site registry while one user imports files.

Run by bench/bench_load.py (gunicorn on 127.0.0.1); each user takes one of the sessions in LOAD_SESSIONS.
"""
import itertools
import os
import random
import uuid

from locust import HttpUser, between, task

SESSIONS = itertools.cycle(os.environ["LOAD_SESSIONS"].split(","))
SEARCHES = ["nha tro", "camera", "an ninh", "tu quan", "to dan pho", "ben thanh", "zalo", "phong chay"]
HEADER = "Tên điểm,Mô hình,Mã xã,Địa chỉ,Ngày thành lập,Số thành viên\n"
_runs = itertools.count(1)


class LoggedIn(HttpUser):
    abstract = True

    def on_start(self):
        self.client.cookies.set("sessionid", next(SESSIONS), domain="127.0.0.1")


class Browser(LoggedIn):
    """Reads: dashboard, lists, pages, searches, a site's page, a CSV export."""

    wait_time = between(0.5, 2)

    def on_start(self):
        super().on_start()
        sites = self.client.get("/api/initiatives/sites/?page_size=100", name="api sites").json()["results"]
        self.site_ids = [s["id"] for s in sites] or [1]

    @task(2)
    def dashboard(self):
        self.client.get("/", name="dashboard")

    @task(4)
    def site_list(self):
        self.client.get(f"/initiatives/sites/?page={random.randint(1, 5)}", name="site list")

    @task(3)
    def search(self):
        self.client.get("/initiatives/sites/", params={"q": random.choice(SEARCHES)}, name="site search")

    @task(2)
    def site_page(self):
        self.client.get(f"/initiatives/sites/{random.choice(self.site_ids)}/", name="site page")

    @task(1)
    def export(self):
        self.client.get("/initiatives/sites/", params={"q": random.choice(SEARCHES), "export": "csv"},
                        name="site export csv")


class Importer(LoggedIn):
    """One user importing 100 new sites at a time, over and over (a write transaction beside the readers)."""

    fixed_count = 1
    wait_time = between(1, 2)

    @task
    def import_sites(self):
        run = f"{next(_runs)}-{uuid.uuid4().hex[:8]}"  # new names and addresses: never duplicates of earlier runs
        rows = "".join(f"Điểm tải {run}-{i},Mô hình tải thử,{os.environ['LOAD_COMMUNE']},"
                       f"{i} đường Tải {run},01/01/2024,10\n" for i in range(100))
        page = self.client.get("/initiatives/sites/import/", name="import page")
        with self.client.post("/initiatives/sites/import/", name="import 100 sites", data={
                "csrfmiddlewaretoken": self.client.cookies["csrftoken"], "mode": "import", "create_types": "on"},
                files={"file": (f"tai-{run}.csv", (HEADER + rows).encode("utf-8"), "text/csv")},
                headers={"Referer": page.url}, catch_response=True) as response:
            if "/sites/import/" in response.url:  # saved imports redirect to the list; a refusal re-shows the form
                response.failure("import not saved: " + response.text.split("alert", 1)[-1][:300].replace("\n", " "))
