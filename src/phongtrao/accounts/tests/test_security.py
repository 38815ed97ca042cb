"""Sign-in, throttling, the audit trail and deployment settings."""
import subprocess
import sys

import pytest
from auditlog.models import LogEntry
from django.urls import reverse

from phongtrao.accounts.models import Role, User
from phongtrao.accounts.services import save_user


@pytest.mark.django_db
class TestLogin:
    def test_login_page_is_vietnamese_and_login_works(self, client):
        User.objects.create_user(username="canbo", password="Mat-khau-2025!", role=Role.VIEWER)
        page = client.get(reverse("accounts:login"))
        assert "Đăng nhập" in page.content.decode()
        response = client.post(reverse("accounts:login"), {"username": "canbo", "password": "Mat-khau-2025!"})
        assert response.status_code == 302
        assert client.get(reverse("home")).status_code == 200

    def test_pages_require_login(self, client):
        response = client.get(reverse("home"))
        assert response.status_code == 302 and reverse("accounts:login") in response["Location"]

    def test_repeated_failures_lock_the_account(self, client, settings):
        User.objects.create_user(username="khoa", password="Mat-khau-2025!", role=Role.VIEWER)
        for _ in range(settings.AXES_FAILURE_LIMIT):
            client.post(reverse("accounts:login"), {"username": "khoa", "password": "sai"})
        locked = client.post(reverse("accounts:login"), {"username": "khoa", "password": "Mat-khau-2025!"})
        assert locked.status_code == 429
        assert "tạm bị khóa" in locked.content.decode()

    @staticmethod
    def fail_then_login(client, settings, *, attacker: dict, victim: dict):
        """The attacker fails the password until locked; then the real owner signs in from elsewhere."""
        User.objects.create_user(username="khoa", password="Mat-khau-2025!", role=Role.VIEWER)
        for _ in range(settings.AXES_FAILURE_LIMIT):
            client.post(reverse("accounts:login"), {"username": "khoa", "password": "sai"}, **attacker)
        locked = client.post(reverse("accounts:login"), {"username": "khoa", "password": "Mat-khau-2025!"}, **attacker)
        owner = client.post(reverse("accounts:login"), {"username": "khoa", "password": "Mat-khau-2025!"}, **victim)
        return locked.status_code, owner.status_code

    def test_clients_behind_a_trusted_proxy_are_not_locked_together(self, client, settings):
        settings.PHONGTRAO_TRUSTED_PROXIES = ["127.0.0.1", "10.0.0.0/8"]
        proxy = {"REMOTE_ADDR": "127.0.0.1"}
        statuses = self.fail_then_login(
            client, settings,
            attacker={**proxy, "HTTP_X_FORWARDED_FOR": "203.0.113.5, 10.1.2.3"},
            victim={**proxy, "HTTP_X_FORWARDED_FOR": "198.51.100.7, 10.1.2.3"},
        )
        assert statuses == (429, 302)

    def test_forwarded_for_is_ignored_unless_sent_by_a_trusted_proxy(self, client, settings):
        settings.PHONGTRAO_TRUSTED_PROXIES = ["127.0.0.1"]
        statuses = self.fail_then_login(
            client, settings,
            attacker={"REMOTE_ADDR": "203.0.113.5", "HTTP_X_FORWARDED_FOR": "198.51.100.1"},
            victim={"REMOTE_ADDR": "203.0.113.5", "HTTP_X_FORWARDED_FOR": "198.51.100.2"},
        )
        assert statuses == (429, 429)

    def test_api_schema_and_docs_require_login(self, client, api_client, user_factory):
        for url in ("/api/schema/", "/api/docs/"):
            assert client.get(url).status_code == 403
        client.force_login(user_factory(Role.VIEWER))
        assert client.get("/api/schema/").status_code == 200
        assert client.get("/api/docs/").status_code == 200

    def test_api_requires_authentication(self, api_client):
        response = api_client.get(reverse("api:adminunit-list"))
        assert response.status_code == 403
        assert "detail" in response.json()


@pytest.mark.django_db
class TestAuditLog:
    def test_the_client_address_is_recorded_and_a_forged_one_ignored(self, client, user_factory, settings):
        settings.PHONGTRAO_TRUSTED_PROXIES = ["127.0.0.1"]
        client.force_login(user_factory(Role.ADMIN))
        for remote, forwarded in (("127.0.0.1", "198.51.100.7"), ("203.0.113.5", "not-an-address")):
            created = client.post(reverse("accounts:user_add"), {
                "username": f"u{remote}", "role": Role.VIEWER, "is_active": "on",
                "password1": "Mat-khau-2025!", "password2": "Mat-khau-2025!",
            }, REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded)
            assert created.status_code == 302
        recorded = {e.object_repr: e.remote_addr for e in LogEntry.objects.filter(object_repr__startswith="u")}
        assert recorded == {"u127.0.0.1": "198.51.100.7", "u203.0.113.5": "203.0.113.5"}

    def test_changes_are_recorded_with_actor_and_unit(self, client, user_factory, units):
        admin = user_factory(Role.ADMIN)
        client.force_login(admin)
        target = user_factory(Role.COMMUNE, "A1")
        client.post(reverse("accounts:user_edit", args=[target.pk]), {
            "username": target.username, "role": Role.COMMUNE, "unit": units["A1"].pk,
            "position": "Trưởng Công an xã", "is_active": "on",
        })
        entry = LogEntry.objects.get_for_object(target).filter(action=LogEntry.Action.UPDATE).latest("timestamp")
        assert entry.actor == admin
        assert entry.changes_dict["position"][1] == "Trưởng Công an xã"
        assert entry.additional_data["unit_path"] == units["A1"].path

    def test_global_log_is_scoped_and_filterable(self, client, api_client, user_factory, units):
        admin = user_factory(Role.ADMIN)
        for unit in ("A1", "B1"):
            save_user(actor=admin, user=User(username=f"nk-{unit}", role=Role.COMMUNE, unit=units[unit]))
        api_client.force_authenticate(admin)
        created = api_client.post(reverse("api:user-list"), {"username": "qua-api", "role": Role.VIEWER}, format="json")
        assert created.status_code == 201
        client.force_login(user_factory(Role.PROVINCE, "A"))
        page = client.get(reverse("accounts:auditlog"), {"per_page": 250})
        shown = {e.object_repr for e in page.context["table"].data.data}
        assert "nk-A1" in shown and "nk-B1" not in shown
        client.force_login(admin)
        filtered = client.get(reverse("accounts:auditlog"), {"unit": units["B"].pk, "per_page": 250})
        shown = {e.object_repr for e in filtered.context["table"].data.data}
        assert "nk-B1" in shown and "nk-A1" not in shown
        by_actor = api_client.get(reverse("api:logentry-list"), {"actor": admin.pk}).json()
        assert [e["object_repr"] for e in by_actor["results"]] == ["qua-api"]  # API changes name their actor


def test_production_settings_pass_deploy_checks_and_collect_static(tmp_path):
    env = {
        "PATH": "/usr/bin:/bin", "PHONGTRAO_PRODUCTION": "1", "DJANGO_SECRET_KEY": "k" * 60 + "-!Xy7",
        "DJANGO_ALLOWED_HOSTS": "phongtrao.example", "PHONGTRAO_DATA_DIR": str(tmp_path),
    }
    for command in (["check", "--deploy", "--fail-level", "WARNING"], ["collectstatic", "--noinput", "-v", "0"]):
        result = subprocess.run([sys.executable, "-m", "phongtrao.cli", *command], env=env, capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "static" / "staticfiles.json").exists()  # the manifest resolved every referenced file
