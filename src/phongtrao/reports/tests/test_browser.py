"""The demo's province user in Chromium: six-month report generated, edited, issued, downloaded; who has not reported."""
from phongtrao.core.tests.test_browser import browser, page, pytestmark, server  # noqa: F401  (shared fixtures)


def test_province_user_reports_for_the_six_months(page, server):  # noqa: F811
    page.goto(f"{server}/reports/reports/add/")
    page.select_option("#id_kind", "half_year")
    page.fill("#id_part", "1")
    page.click("form.card button.btn-primary")
    page.wait_for_url("**/reports/reports/*/")
    assert "6 tháng đầu năm" in page.inner_text("h1")
    page.click("a:has-text('Sửa phần lời')")
    page.fill("#id_narrative_outlook", "Tiếp tục nhân rộng mô hình “Camera giám sát an ninh, trật tự”.")
    page.click("form.card button.btn-primary")
    page.wait_for_url("**/reports/reports/*/")
    assert "PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI" in page.inner_text("article")
    page.on("dialog", lambda dialog: dialog.accept())
    page.click("form[action$='/issue/'] button")
    page.wait_for_load_state()
    assert "Đã ban hành" in page.inner_text("main")
    with page.expect_download() as download:
        page.click("a:has-text('PDF')")
    assert download.value.suggested_filename.startswith("bao-cao-")
    page.click("a:has-text('Tình hình báo cáo của cấp dưới')")
    assert "Chưa báo cáo" in page.inner_text("main") and "Đã ban hành: 1" in page.inner_text("main")


def test_report_pages_fit_a_phone(browser, server):  # noqa: F811
    context = browser.new_context(viewport={"width": 390, "height": 844})
    phone = context.new_page()
    phone.goto(f"{server}/accounts/login/")
    phone.fill("#id_username", "tinh.79")
    phone.fill("#id_password", "Demo@BVANTQ2025")
    phone.click("button.btn-primary")
    phone.wait_for_url(f"{server}/")
    for path in ("/reports/status/?kind=half_year&year=2026&part=1", "/reports/reports/"):
        phone.goto(f"{server}{path}")
        assert phone.evaluate("document.documentElement.scrollWidth") <= 390, path
    phone.click("table a[href*='/reports/reports/']")  # a commune's report in the demo
    phone.wait_for_url("**/reports/reports/*/")
    assert "BÁO CÁO" in phone.inner_text("article")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()
