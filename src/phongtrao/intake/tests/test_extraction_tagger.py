"""The model-name tagger: what it adds to the rules, how it is combined with them, its gold tags, and training that
gives the same file each time (the shipped one from the one training command)."""
import importlib.util
import sys
from pathlib import Path

import pytest

from phongtrao.intake.extraction import tagger
from phongtrao.intake.extraction.initiatives import find_models

TOOLS = Path(__file__).resolve().parents[4] / "tools" / "extraction"


def names(text):
    return [m["name"] for m in find_models(text)]


@pytest.fixture
def rules_only(monkeypatch):
    monkeypatch.setattr(tagger, "MODEL_PATH", Path("/nonexistent/models.crfsuite"))


SECOND_OF_A_LIST = "Xã đã có mô hình tiếp nhận, giải quyết tin báo, tố giác tội phạm; mô hình Tổ tuần tra nhân dân."
LOWER_CASE_QUOTE = "Chị Hoa rất vui khi nói về “tiếng mõ an ninh” của thôn."


def test_the_rules_alone_miss_these_names(rules_only):
    assert names(SECOND_OF_A_LIST) == ["Tổ tuần tra nhân dân"]
    assert names(LOWER_CASE_QUOTE) == []


def test_with_the_shipped_model_the_tagger_adds_them():
    assert names(SECOND_OF_A_LIST) == ["Tổ tuần tra nhân dân", "Tiếp nhận, giải quyết tin báo, tố giác tội phạm"]
    assert names(LOWER_CASE_QUOTE) == ["Tiếng mõ an ninh"]


def test_sentences_with_no_quote_or_cue_are_not_tagged():
    assert list(tagger.Lexicon().sentences("Trời mưa suốt buổi chiều.")) == []
    assert tagger.tag("Trời mưa suốt buổi chiều. Ông Nam đi làm.") == []


def test_no_model_file_no_names(rules_only):
    assert tagger.tag(LOWER_CASE_QUOTE) == []


BODY = "Xã có mô hình Camera an ninh, mô hình Tổ tự quản và mô hình Camera an ninh mới."


def span(text, nth=0):
    at = -1
    for _ in range(nth + 1):
        at = BODY.index(text, at + 1)
    return at, at + len(text)


def test_new_names_leave_what_the_rules_hold_and_weak_or_one_word_spans():
    rules = [{"name": "Camera an ninh", "start": span("Camera an ninh")[0], "end": span("Camera an ninh")[1],
              "occurrences": [list(span("Camera an ninh"))]}]
    tagged = [(*span("Camera an ninh"), 0.99),  # the rules' own occurrence
              (*span("Camera an ninh mới"), 0.99),  # near the rules' name
              (*span("Tổ tự quản"), 0.5),  # below the threshold
              (*span("Xã"), 0.99)]  # one word
    assert tagger.new_names(BODY, tagged, rules) == []
    assert tagger.new_names(BODY, [(*span("Tổ tự quản"), 0.9)], rules) == [span("Tổ tự quản")]


def test_new_names_keep_a_second_occurrence_of_a_name_they_add():
    tagged = [(*span("Camera an ninh"), 0.9), (*span("Camera an ninh", 1), 0.9)]
    assert tagger.new_names(BODY, tagged, []) == [span("Camera an ninh"), span("Camera an ninh", 1)]


def test_keys_drop_quotes_case_marks_and_a_leading_model_word():
    assert tagger.key("Mô hình “Tổ tự quản”.") == "to tu quan"
    assert tagger.key("mô hình 5 không") == "mo hinh 5 khong"


def test_runs_open_at_b_or_a_lone_i():
    assert tagger.runs(["O", "B", "I", "O", "I", "B"]) == [(1, 3), (4, 5), (5, 6)]


def test_gold_tags_skip_quotes_and_prefer_the_longer_name():
    _spans, words, _features = next(tagger.Lexicon().sentences("Ra mắt mô hình “Tổ tự quản về ANTT” và Tổ tự quản."))
    tags = tagger.gold_tags(words, ["Tổ tự quản về ANTT", "Tổ tự quản"])
    assert [(w, t) for w, t in zip(words, tags) if t != "O"] == [
        ("Tổ", "B"), ("tự", "I"), ("quản", "I"), ("về", "I"), ("ANTT", "I"), ("Tổ", "B"), ("tự", "I"), ("quản", "I")]


def _samples():
    text = ("Xã ra mắt mô hình Tổ tự quản về ANTT tại thôn Đông. Thôn có 12 tổ liên gia an toàn. "
            "Mô hình “Camera an ninh” được nhân rộng.")
    gold = ["Tổ tự quản về ANTT", "Tổ liên gia an toàn", "Camera an ninh"]
    return [(features, tagger.gold_tags(words, gold)) for _s, words, features in tagger.Lexicon().sentences(text)]


def test_training_gives_the_same_file_each_time(tmp_path):
    tagger.train(_samples(), tmp_path / "a.crfsuite")
    tagger.train(_samples(), tmp_path / "b.crfsuite")
    assert (tmp_path / "a.crfsuite").read_bytes() == (tmp_path / "b.crfsuite").read_bytes()
    assert (tmp_path / "a.crfsuite").stat().st_size > 0


def test_the_shipped_model_is_what_the_training_command_writes(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(TOOLS))
    monkeypatch.setattr(sys, "argv", ["train_tagger.py", "--out", str(tmp_path / "models.crfsuite")])
    spec = importlib.util.spec_from_file_location("train_tagger", TOOLS / "train_tagger.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    script.main()
    assert (tmp_path / "models.crfsuite").read_bytes() == tagger.MODEL_PATH.read_bytes()
