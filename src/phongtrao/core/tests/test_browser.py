"""End to end in Debian's Chromium: a served app (own SQLite, demo data) driven as a user would."""
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Debian chromium is not installed"),
]
PASSWORD = "Demo@BVANTQ2025"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`make run` in miniature: migrate, load units, small demo, serve on a free port."""
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["PHONGTRAO_DATA_DIR"] = str(tmp_path_factory.mktemp("browser"))
    env["PHONGTRAO_TASKS"] = "immediate"
    command = [sys.executable, "-m", "phongtrao.cli"]
    for step in (["migrate", "-v", "0"], ["load_units"], ["demo", "--scale", "small"]):
        subprocess.run([*command, *step], env=env, check=True, capture_output=True)
    port = _free_port()
    process = subprocess.Popen([*command, "runserver", f"127.0.0.1:{port}", "--noreload"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(f"{base}/accounts/login/", timeout=1)
            break
        except OSError:
            time.sleep(0.2)
    yield base
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
        )
        yield chromium
        chromium.close()


def signed_in(browser, server, username):
    """A new page of a 1300 px browser window, signed in as a demo user, collecting its script errors."""
    page = browser.new_context(viewport={"width": 1300, "height": 900}).new_page()
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(error))
    page.goto(f"{server}/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button.btn-primary")
    page.wait_for_url(f"{server}/")
    return page


@pytest.fixture
def page(browser, server):
    page = signed_in(browser, server, "tinh.79")
    yield page
    page.context.close()
    assert not page.errors, page.errors


def test_dashboard_is_vietnamese_and_scoped(page):
    assert "Tổng quan · Thành phố Hồ Chí Minh" in page.inner_text("h1")


def test_map_draws_the_sites_in_scope(page, server):
    """Zoomed out the map shows counts per cell; clicking a cell zooms in until the sites themselves show."""
    page.goto(f"{server}/initiatives/map/")
    page.wait_for_load_state("networkidle")
    page.locator(".map-cell").first.wait_for()
    assert int("".join(c for c in page.inner_text("#map-count") if c.isdigit())) > 0
    drawn = ".marker-cluster, path.leaflet-interactive"
    for _ in range(4):
        page.locator(f"{drawn}, .map-cell").first.wait_for()  # after a zoom the layer is empty until its data came
        if page.locator(drawn).count():
            break
        # a click event, not a pointer click: bubbles of close cells may overlap; and no wait for a cell that a
        # redraw just removed
        page.evaluate("document.querySelector('.map-cell')?.dispatchEvent(new MouseEvent('click', {bubbles: true}))")
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(500)
    page.locator(drawn).first.wait_for()


def test_commune_is_picked_by_typing_without_diacritics(page, server):
    page.goto(f"{server}/initiatives/sites/add/")
    page.click("#id_commune-ts-control")
    page.keyboard.type("ben thanh")
    option = page.locator(".ts-dropdown .option", has_text="Phường Bến Thành")
    option.wait_for()
    option.click()
    assert page.locator("#id_commune").input_value()


def test_switching_to_english(page, server):
    with page.expect_navigation():
        page.select_option("select[name=language]", "en")
    page.goto(f"{server}/")
    assert "Overview" in page.inner_text("h1")


NEW_MODEL_ARTICLE = """Phường Bến Thành ra mắt mô hình "Tổ tự quản bến xe buýt an toàn"

Ngày 10/10/2025, Công an phường Bến Thành (Thành phố Hồ Chí Minh) phối hợp Ban Chỉ đạo khu phố ra mắt mô hình \
"Tổ tự quản bến xe buýt an toàn" với 12 thành viên. Mô hình "Nhà trọ tự quản" trên địa bàn tiếp tục phát huy hiệu quả.
"""


def test_upload_review_and_accept_puts_a_site_on_the_map(page, server, tmp_path):
    article, broken = tmp_path / "bai-ben-thanh.txt", tmp_path / "hong.pdf"
    article.write_text(NEW_MODEL_ARTICLE, encoding="utf-8")
    broken.write_bytes(b"%PDF-1.4 not really")
    page.goto(f"{server}/intake/documents/add/")
    page.set_input_files("#id_files", [str(article), str(broken)])
    page.click("form.card button.btn-primary")
    page.locator("#batch-result").wait_for()
    results = page.inner_text("#batch-result")
    assert "hong.pdf" in results and "Lỗi" in results and "Đã xử lý" in results
    page.click("#batch-result a:has-text('bai-ben-thanh.txt')")
    page.locator("mark.mention-model").first.wait_for()
    assert page.locator("mark.mention-place").count() > 0
    assert page.locator("a", has_text="Nhà trọ tự quản").count() > 0  # the known model links to the registry
    page.goto(f"{server}/intake/candidates/?q=ben xe buyt")
    page.click("table a:has-text('Tổ tự quản bến xe buýt an toàn')")
    assert "Phường Bến Thành" in page.inner_text("main")
    page.click("button.btn-success")
    page.wait_for_url("**/initiatives/sites/*/")
    assert "Tự phát, chưa xác minh" in page.inner_text("main")
    site_id = int(page.url.rstrip("/").rsplit("/", 1)[1])
    points = page.request.get(f"{server}/initiatives/map/points/").json()["points"]
    assert site_id in [p[0] for p in points]


def test_rollup_counts_on_first_open(page, server):
    page.goto(f"{server}/initiatives/sites/")
    listed = int(page.inner_text("#object-list").split()[0].replace(".", "").replace(",", ""))
    with page.expect_navigation():
        page.click("a:has-text('Theo địa bàn')")
    assert page.inner_text("tfoot th.text-end").replace(".", "").replace(",", "") == str(listed)
    assert listed > 0


def test_province_user_evaluates_its_site_leaving_the_unit_empty(page, server):
    page.goto(f"{server}/initiatives/sites/")
    with page.expect_navigation():
        page.click("#object-list tbody a >> nth=0")
    with page.expect_navigation():
        page.click("a:has-text('Thêm đánh giá')")
    page.select_option("#id_period", "interim")
    page.select_option("#id_rating", "good")
    page.fill("#id_period_start", "2025-01-01")
    page.fill("#id_period_end", "2025-06-30")
    with page.expect_navigation():
        page.click("main button.btn-primary")
    assert page.url.rstrip("/").rsplit("/", 2)[-2] == "evaluations"
    assert page.inner_text(".alert").startswith("Đã lưu")


@pytest.mark.parametrize("language", ["vi", "en"])
def test_navbar_fits_one_line_at_1366(page, server, language):
    page.set_viewport_size({"width": 1366, "height": 800})
    if language == "en":
        with page.expect_navigation():
            page.select_option("select[name=language]", "en")
    page.goto(f"{server}/initiatives/sites/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 1366
    brand = page.locator(".navbar-brand").bounding_box()
    user_menu = page.locator("nav .dropdown-toggle.btn").bounding_box()
    assert abs(user_menu["y"] - brand["y"]) < brand["height"]  # the last item on the brand's line
    assert page.locator("nav.navbar").bounding_box()["height"] < 70


def test_site_list_on_a_phone_is_cards(page, server):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{server}/initiatives/sites/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert not page.locator("#object-list thead").is_visible()
    card = page.locator("#object-list tbody tr").first
    assert card.evaluate("row => getComputedStyle(row).display") == "block"
    assert card.locator(".status-badge").is_visible()
    assert not card.locator("td[data-card=hide]").first.is_visible()
    for button in page.locator(".list-toolbar .btn").all():
        box = button.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 390
    assert not page.locator("#list-filters").is_visible()
    page.click("button[data-bs-target='#list-filters']")
    page.locator("#list-filters").wait_for(state="visible")
