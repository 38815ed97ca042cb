"""The `phongtrao extract` command line."""
import json

from phongtrao.intake.extraction.command import main

ARTICLE = ("Công an tỉnh Bình Thuận ra mắt mô hình nhà trọ tự quản\n\n12/03/2024 08:15\n\n"
           "Ngày 12/3, Công an tỉnh Bình Thuận ra mắt mô hình “Nhà trọ tự quản” với 86 tổ.\n")


def test_folder_in_order_with_an_error_object(tmp_path, capsys):
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.bin").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "c.txt").write_bytes(b"")
    assert main([str(tmp_path), "--format", "jsonl"]) == 1
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["source"] for r in rows] == ["a.bin", "b.txt", "c.txt"]
    assert "error" in rows[0] and "error" in rows[2]
    article = rows[1]
    assert (article["published"], article["models"][0]["name"], article["counts"][0]["value"]) == (
        "2024-03-12", "Nhà trọ tự quản", 86)
    assert article["places"][0]["name"] == "Bình Thuận"


def test_json_format_and_missing_file(tmp_path, capsys):
    (tmp_path / "x.txt").write_text(ARTICLE, encoding="utf-8")
    assert main([str(tmp_path / "x.txt"), str(tmp_path / "missing.txt"), "--format", "json"]) == 1
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["title"].startswith("Công an tỉnh Bình Thuận") and rows[1]["source"] == "missing.txt"
    assert rows[1]["error"].startswith("Không mở được tệp")
