"""Screenshots of pages of a running server, desktop (1366 px) and phone (390 px), in Vietnamese and English.

    .venv/bin/python tools/screenshots/shoot.py http://127.0.0.1:8104 docs/screenshots/analytics \
        dashboard=/ effectiveness=/analytics/effectiveness/3/ --user bo.xdpt --password '…'
"""
import argparse
import pathlib
import shutil

from playwright.sync_api import sync_playwright


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("out")
    parser.add_argument("pages", nargs="+", help="name=path")
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--widths", default="1366,390")
    parser.add_argument("--languages", default="vi,en")
    args = parser.parse_args()
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=shutil.which("chromium") or "/usr/bin/chromium",
                                             args=["--no-sandbox", "--disable-gpu"])
        for language in args.languages.split(","):
            for width in map(int, args.widths.split(",")):
                context = browser.new_context(viewport={"width": width, "height": 900}, locale=language)
                page = context.new_page()
                page.goto(f"{args.base}/accounts/login/")
                page.fill("#id_username", args.user)
                page.fill("#id_password", args.password)
                page.click("button.btn-primary")
                page.wait_for_load_state("networkidle")
                context.add_cookies([{"name": "django_language", "value": language, "url": args.base}])
                for spec in args.pages:
                    name, path = spec.split("=", 1)
                    page.goto(f"{args.base}{path}")
                    page.wait_for_load_state("networkidle")
                    page.wait_for_timeout(400)
                    page.screenshot(path=out / f"{name}-{width}-{language}.png", full_page=True)
                context.close()
        browser.close()


if __name__ == "__main__":
    main()
