"""Fuzzing the file reader: any bytes under any name give text or a ReadError (a message for the user)."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from phongtrao.intake.extraction.reading import ReadError, read_bytes

HEADS = [b"", b"%PDF-1.4\n", b"PK\x03\x04", b"<html><body>", b"\xff\xfe", b"\xef\xbb\xbf", b"{\\rtf1"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(HEADS), st.binary(max_size=400),
       st.sampled_from(["a.txt", "a.html", "a.pdf", "a.docx", "a.doc", "a", "a.TXT"]))
def test_any_bytes_are_read_or_refused_with_a_message(head, body, name):
    try:
        read = read_bytes(head + body, name=name)
    except ReadError as exc:
        assert exc.message
    else:
        assert isinstance(read.text, str)
