"""In Debian's Chromium, as the province user of the demo: the under-commendation alert, the Festival Day proposal,
the budget norm and the force decline alert, at desktop and phone widths, in Vietnamese and English.

With PHONGTRAO_SCREENSHOTS=<folder> the pages are also saved there (docs/screenshots/awards/)."""
import os
from pathlib import Path

import pytest

from phongtrao.core.tests.test_browser import CHROMIUM, PASSWORD, browser, server  # noqa: F401  (fixtures)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Debian chromium is not installed"),
]
SHOTS = os.environ.get("PHONGTRAO_SCREENSHOTS")
PAGES = {
    "alert": ("/awards/commendations/alert/", "Cảnh báo ít được khen thưởng", "Under-commendation alert"),
    "commendations": ("/awards/commendations/?stage=decided", "Khen thưởng", "Commendations"),
    "festival": (None, "Điểm được chọn", "Chosen sites"),
    "budget-norm": ("/budget/norm/?year=2026", "Kinh phí so với định mức", "Budget against the norm"),
    "force-declines": ("/forces/strengths/declines/?year=2026", "Cảnh báo suy giảm lực lượng", "Force decline alert"),
}


@pytest.fixture(params=[(1366, "vi"), (390, "vi"), (1366, "en"), (390, "en")], ids=lambda p: f"{p[0]}-{p[1]}")
def page(request, browser, server):  # noqa: F811
    width, language = request.param
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(error))
    page.goto(f"{server}/accounts/login/")
    page.fill("#id_username", "tinh.79")
    page.fill("#id_password", PASSWORD)
    page.click("button.btn-primary")
    page.wait_for_url(f"{server}/")
    if language == "en":
        context.add_cookies([{"name": "django_language", "value": "en", "url": server}])
    page.width, page.language = width, language
    yield page
    context.close()
    assert not errors, errors


def test_main_pages(page, server):
    for name, (url, vi, en) in PAGES.items():
        if url is None:  # the province's Festival Day plan, from the list
            page.goto(f"{server}/awards/festival-plans/?year=2026")
            page.locator("#object-list a", has_text="Hồ Chí Minh").first.click()
        else:
            page.goto(f"{server}{url}")
        page.wait_for_load_state("networkidle")
        assert (en if page.language == "en" else vi) in page.inner_text("main"), name
        assert page.evaluate("document.documentElement.scrollWidth") <= page.width, name
        if name == "festival":
            assert page.locator("table").first.locator("tbody tr").count() == 25
        if SHOTS:
            Path(SHOTS).mkdir(parents=True, exist_ok=True)
            page.screenshot(path=f"{SHOTS}/{name}-{page.width}-{page.language}.png", full_page=page.width > 400)
