"""Screenshots of the report pages (desktop 1366 and phone 390, vi and en) into docs/screenshots/reports/.

Against a running demo server (`make run`, or `phongtrao runserver` on PORT): signs in as the province user of
Hồ Chí Minh City, generates the six-month report, issues it and photographs each page on the way.
Usage: .venv/bin/python tools/reports/screenshots.py [BASE_URL]
"""
import subprocess
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000"
OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "reports"
PASSWORD = "Demo@BVANTQ2025"


def shoot(browser, path, name, lang="vi", width=1366, full=True):
    context = browser.new_context(viewport={"width": width, "height": 900 if width > 500 else 844},
                                  device_scale_factor=1)
    context.add_cookies([{"name": "django_language", "value": lang, "url": BASE}])
    page = context.new_page()
    page.goto(f"{BASE}/accounts/login/")
    page.fill("input[name=username]", "tinh.79")
    page.fill("input[name=password]", PASSWORD)
    page.click("form.card button.btn-primary")
    page.goto(f"{BASE}{path}")
    page.screenshot(path=OUT / f"{name}-{width}-{lang}.png", full_page=full)
    context.close()


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium")
        context = browser.new_context(viewport={"width": 1366, "height": 900})
        page = context.new_page()
        page.goto(f"{BASE}/accounts/login/")
        page.fill("input[name=username]", "tinh.79")
        page.fill("input[name=password]", PASSWORD)
        page.click("form.card button.btn-primary")
        page.goto(f"{BASE}/reports/reports/add/")
        page.screenshot(path=OUT / "generate-1366-vi.png", full_page=True)
        page.select_option("select[name=kind]", "half_year")
        page.fill("input[name=year]", "2026")
        page.fill("input[name=part]", "1")
        page.click("form button.btn-primary")
        page.wait_for_load_state()
        report = page.url.rstrip("/").rsplit("/", 1)[-1]
        shoot(browser, f"/reports/reports/{report}/", "draft", "vi")
        shoot(browser, f"/reports/reports/{report}/edit/", "edit", "vi", full=False)
        page.on("dialog", lambda dialog: dialog.accept())
        page.click("form[action$='/issue/'] button")
        page.wait_for_load_state()
        page.screenshot(path=OUT / "issued-1366-vi.png", full_page=False)
        pdf = OUT / "province-half-year.pdf"
        pdf.write_bytes(context.request.get(f"{BASE}/reports/reports/{report}/download.pdf").body())
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-l", "2", str(pdf), str(OUT / "pdf-province-half-year")],
                       check=True)
        pdf.unlink()
        context.close()
        for lang in ("vi", "en"):
            shoot(browser, f"/reports/reports/{report}/", "issued", lang, 390)
        status = "/reports/status/?kind=half_year&year=2026&part=1&unit="
        for lang in ("vi", "en"):
            for width in (1366, 390):
                shoot(browser, status, "status", lang, width, full=width > 500)
        shoot(browser, "/reports/reports/", "list", "en")
        print(report)
        browser.close()


if __name__ == "__main__":
    main()
