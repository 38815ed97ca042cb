"""The import in Chromium: check a file, then one "Nhập dữ liệu" button imports it without choosing it again."""
from phongtrao.core.tests.test_browser import browser, page, pytestmark, server  # noqa: F401 (fixtures, marks)

CSV = "Tên điểm,Mô hình,Mã xã,Địa chỉ\nNhà trọ thử trình duyệt 1,Nhà trọ tự quản,26743,1 Đường Thử\n" \
      "Nhà trọ thử trình duyệt 2,Nhà trọ tự quản,26743,2 Đường Thử\n"


def test_check_then_one_button_imports_the_checked_file(page, server, tmp_path):  # noqa: F811
    path = tmp_path / "diem.csv"
    path.write_text(CSV, encoding="utf-8")
    page.goto(f"{server}/initiatives/sites/")
    page.click("a:has-text('Nhập từ tệp')")
    page.set_input_files("#id_file", str(path))
    page.click("button:has-text('Kiểm tra tệp')")
    assert "Kiểm tra 2 dòng của diem.csv: không có lỗi" in page.inner_text("#import-report")
    assert page.locator("button:has-text('Nhập dữ liệu')").count() == 1
    page.click("button:has-text('Nhập dữ liệu')")
    page.wait_for_url(f"{server}/initiatives/sites/")
    assert "Đã nhập 2 điểm mô hình từ diem.csv" in page.inner_text("main")
