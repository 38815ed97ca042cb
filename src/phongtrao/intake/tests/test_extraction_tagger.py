"""The model-name tagger: what it adds to the rules, its gold tags, and training that gives the same file each time."""
import importlib.util
from pathlib import Path

import pytest

from phongtrao.intake.extraction import tagger
from phongtrao.intake.extraction.initiatives import find_models

TRAIN_SCRIPT = Path(__file__).resolve().parents[4] / "tools" / "extraction" / "train_tagger.py"


def names(text):
    return [m["name"] for m in find_models(text)]


@pytest.fixture
def rules_only(monkeypatch):
    monkeypatch.setattr(tagger, "MODEL_PATH", Path("/nonexistent/models.crfsuite"))


def test_the_tagger_finds_a_counted_group_the_rules_leave(rules_only):
    text = "Hiện xã đã xây dựng 12 tổ liên gia tự quản về an ninh trật tự."
    assert names(text) == []  # the rules take words this generic for no name


def test_with_the_shipped_model_the_counted_group_is_a_name():
    assert names("Hiện xã đã xây dựng 12 tổ liên gia tự quản về an ninh trật tự.") == [
        "Tổ liên gia tự quản về an ninh trật tự"]
    assert names("Đến nay toàn tỉnh có 45 tổ tàu thuyền an toàn hoạt động hiệu quả.") == ["Tổ tàu thuyền an toàn"]


def test_sentences_with_no_cue_are_not_tagged():
    assert list(tagger.sentences("Trời mưa suốt buổi chiều.")) == []
    assert tagger.find_spans("Trời mưa suốt buổi chiều. Ông Nam đi làm.") == []


def test_gold_tags_skip_quotes_and_prefer_the_longer_name():
    body = "Ra mắt mô hình “Tổ tự quản về ANTT” và Tổ tự quản."
    sentence = next(tagger.sentences(body))
    tags = tagger.gold_tags(sentence, ["Tổ tự quản về ANTT", "Tổ tự quản"])
    assert [(w, t) for w, t in zip(sentence.words, tags) if t != "O"] == [
        ("Tổ", "B"), ("tự", "I"), ("quản", "I"), ("về", "I"), ("ANTT", "I"), ("Tổ", "B"), ("tự", "I"), ("quản", "I")]


def _samples():
    text = ("Xã ra mắt mô hình Tổ tự quản về ANTT tại thôn Đông. Thôn có 12 tổ liên gia an toàn. "
            "Mô hình “Camera an ninh” được nhân rộng.")
    gold = ["Tổ tự quản về ANTT", "Tổ liên gia an toàn", "Camera an ninh"]
    return [(s.features(), tagger.gold_tags(s, gold)) for s in tagger.sentences(text)]


def test_training_gives_the_same_file_each_time(tmp_path):
    tagger.train(_samples(), tmp_path / "a.crfsuite")
    tagger.train(_samples(), tmp_path / "b.crfsuite")
    assert (tmp_path / "a.crfsuite").read_bytes() == (tmp_path / "b.crfsuite").read_bytes()
    assert (tmp_path / "a.crfsuite").stat().st_size > 0


def test_the_shipped_model_is_what_the_training_command_writes(tmp_path):
    spec = importlib.util.spec_from_file_location("train_tagger", TRAIN_SCRIPT)
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    script.tagger.train(script.samples(script.real_batches()), tmp_path / "models.crfsuite")
    assert (tmp_path / "models.crfsuite").read_bytes() == tagger.MODEL_PATH.read_bytes()
