"""The dashboard in Chromium: charts and the units map draw, a unit on the map leads to its overview."""
from phongtrao.core.tests.test_browser import (browser, page, pytestmark, server,  # noqa: F401 (fixtures, marks)
                                               signed_in)


def test_charts_and_map_draw_and_a_commune_opens_its_overview(page, server):  # noqa: F811
    page.goto(f"{server}/")
    page.wait_for_load_state("networkidle")
    assert page.locator("canvas[data-chart]").count() == 4  # categories, spread, statistics trends, key tasks
    assert page.evaluate("Array.from(document.querySelectorAll('canvas[data-chart]')).every((c) => Chart.getChart(c))")
    dots = page.locator("#unit-map path.commune-area.leaflet-interactive")  # the province's communes, filled
    dots.first.wait_for()
    assert dots.count() == page.evaluate("JSON.parse(document.getElementById('unit-map-points').textContent).length")
    fills = page.evaluate("Array.from(document.querySelectorAll('#unit-map path.commune-area'), (p) => p.getAttribute('fill'))")
    assert len(set(fills)) > 1
    assert "≤" in page.inner_text("#unit-map-legend")
    with page.expect_navigation():
        page.select_option("#map-measure", "coverage")
    page.wait_for_load_state("networkidle")
    assert "measure=coverage" in page.url
    dots.first.dispatch_event("click")
    with page.expect_navigation():
        page.locator(".leaflet-popup-content a").click()
    page.wait_for_load_state("networkidle")
    assert "?unit=" in page.url and page.inner_text("h1").startswith("Tổng quan · ")


def test_the_national_map_fills_each_province_and_a_province_opens_its_overview(browser, server):  # noqa: F811
    national = signed_in(browser, server, "bo.xdpt")
    provinces = national.locator("#unit-map path.province-boundary.leaflet-interactive")
    provinces.first.wait_for()
    assert provinces.count() == 34
    fills = national.evaluate("Array.from(document.querySelectorAll('#unit-map path.province-boundary'))"
                              ".map((p) => p.getAttribute('fill'))")
    assert len(set(fills)) > 1  # coloured by the measure, not one base colour
    provinces.first.dispatch_event("click")
    with national.expect_navigation():
        national.locator(".leaflet-popup-content a").click()
    assert "?unit=" in national.url and national.inner_text("h1").startswith("Tổng quan · ")
    assert not national.errors, national.errors
    national.context.close()
