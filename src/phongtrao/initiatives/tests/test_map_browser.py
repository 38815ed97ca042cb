"""The map, the coordinate picker and bulk selection in Chromium, as a province user (Thành phố Hồ Chí Minh)."""
from phongtrao.core.tests.test_browser import browser, page, pytestmark, server  # noqa: F401 (fixtures, marks)

HCM, HANOI = (10.78, 106.70), (21.03, 105.85)
BOUNDS = "(() => { const b = document.getElementById('%s').leafletMap.getBounds();" \
         " return [b.getSouth(), b.getWest(), b.getNorth(), b.getEast()]; })()"


def _inside(box, point):
    south, west, north, east = box
    return south <= point[0] <= north and west <= point[1] <= east


def test_map_opens_on_the_jurisdiction_and_the_filtered_commune(page, server):  # noqa: F811
    page.goto(f"{server}/initiatives/map/")
    page.wait_for_load_state("networkidle")
    box = page.evaluate(BOUNDS % "sites-map")
    assert _inside(box, HCM) and not _inside(box, HANOI)
    boundaries = page.locator("#sites-map path.province-boundary")
    boundaries.first.wait_for()
    assert boundaries.count() == 34  # the 34 provinces' boundaries under the sites
    assert any(b and b["width"] > 100 for b in (boundaries.nth(i).bounding_box() for i in range(34)))  # one fills the view
    commune = page.request.get(f"{server}/geo/units/options/?level=commune&q=ben thanh").json()["results"][0]
    page.goto(f"{server}/initiatives/map/?unit={commune['value']}")
    page.wait_for_load_state("networkidle")
    assert page.evaluate("document.getElementById('sites-map').leafletMap.getZoom()") >= 12
    # The province's communes, drawn where the view is (a path out of view is "M0 0"), with their names.
    page.wait_for_function("Array.from(document.querySelectorAll('#sites-map path.commune-boundary'))"
                           ".some((p) => p.getAttribute('d').length > 20)")
    page.locator("#sites-map .commune-label:has-text('Phường Bến Thành')").wait_for()


def test_a_site_popup_names_it_and_links_to_it(page, server):  # noqa: F811
    point = next(p for p in page.request.get(f"{server}/initiatives/map/points/").json()["points"] if not p[4])
    page.goto(f"{server}/initiatives/map/")
    page.wait_for_load_state("networkidle")
    page.evaluate(f"document.getElementById('sites-map').leafletMap.setView([{point[1]}, {point[2]}], 18)")
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(500)
    box = page.locator("#sites-map").bounding_box()  # the sites are drawn on a canvas: click where the site is
    at = page.evaluate(f"document.getElementById('sites-map').leafletMap.latLngToContainerPoint([{point[1]}, {point[2]}])")
    page.mouse.click(box["x"] + at["x"], box["y"] + at["y"])
    link = page.locator(".leaflet-popup-content a:has-text('Mở trang điểm mô hình')")
    link.wait_for()
    assert page.locator(".leaflet-popup-content .status-badge").count() == 1
    assert link.get_attribute("href").startswith("/initiatives/sites/")


def test_counts_per_unit_fill_the_communes_and_open_the_list(page, server):  # noqa: F811
    page.goto(f"{server}/initiatives/map/")
    page.wait_for_load_state("networkidle")
    page.click("label[for=mode-units]")
    page.locator("path.map-unit").first.wait_for()
    assert "mode=units" in page.url
    units = page.request.get(f"{server}/initiatives/map/points/?mode=units&zoom=9&bbox=8,102,24,117").json()["units"]
    assert page.locator("path.map-unit").count() == len(units)  # the province user's communes with sites, filled
    opacities = {page.locator("path.map-unit").nth(i).get_attribute("fill-opacity") for i in range(len(units))}
    assert len(opacities) > 1  # darker for more sites
    page.locator("path.map-unit").first.dispatch_event("click")
    link = page.locator(".leaflet-popup-content a")
    link.wait_for()
    assert "?unit=" in link.get_attribute("href")


def test_a_click_on_the_form_map_sets_the_coordinates(page, server):  # noqa: F811
    page.goto(f"{server}/initiatives/sites/add/")
    picker = page.locator("[data-coordinate-picker]")
    picker.scroll_into_view_if_needed()
    page.evaluate("document.querySelector('[data-coordinate-picker]').leafletMap.setView([10.7769, 106.7009], 12, {animate: false})")
    page.wait_for_timeout(300)
    box = picker.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    lat, lon = float(page.input_value("#id_lat")), float(page.input_value("#id_lon"))
    assert abs(lat - 10.7769) < 0.01 and abs(lon - 106.7009) < 0.01
    page.fill("#id_lat", "21.0278")
    page.fill("#id_lon", "105.8342")
    page.dispatch_event("#id_lon", "change")
    center = page.evaluate("document.querySelector('[data-coordinate-picker]').leafletMap.getCenter()")
    assert abs(center["lat"] - 21.0278) < 0.01
    # Outside Vietnam's bounds (the sea east of the box): refused, inputs unchanged
    page.evaluate("document.querySelector('[data-coordinate-picker]').leafletMap.setView([15, 125], 6, {animate: false})")
    page.wait_for_timeout(300)
    picker.scroll_into_view_if_needed()  # filling the inputs scrolled the page
    box = picker.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    assert "ngoài lãnh thổ Việt Nam" in page.inner_text("[data-picker-message]")
    assert page.input_value("#id_lat") == "21.0278"


def test_the_header_box_selects_the_page_for_a_bulk_status_change(page, server):  # noqa: F811
    page.goto(f"{server}/initiatives/sites/?status=active")
    page.check("[data-bulk-toggle]")
    boxes = page.locator('input[name="pk"][form="bulk-form"]')
    assert boxes.count() == 25 and all(boxes.nth(i).is_checked() for i in range(25))
    page.click("#bulk-form button:has-text('Đổi trạng thái')")
    page.wait_for_url(f"{server}/initiatives/sites/bulk/status/")
    assert "25 điểm mô hình dưới đây sẽ chuyển" in page.inner_text("main")
    page.select_option("#id_to_status", "suspended")
    page.click("form button:has-text('Đổi trạng thái')")
    page.wait_for_url(f"{server}/initiatives/sites/?status=active*")
    assert "Đã chuyển 25 điểm sang “Tạm ngừng”" in page.inner_text("main")
