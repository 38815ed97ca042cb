"""Fuzzing the zip reader: any bytes give members or a refusal (ArchiveError), never another exception."""
import io
import zipfile

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from phongtrao.intake import archives

LIMITS = {"max_files": 5, "max_file_bytes": 2_000, "max_total_bytes": 5_000}
names = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), min_size=1, max_size=20)


@st.composite
def zips(draw) -> bytes:
    """A well-formed zip of random members (stored or deflated), then damaged: bytes overwritten, cut short."""
    buffer = io.BytesIO()
    method = draw(st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED]))
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in draw(st.lists(st.tuples(names, st.binary(max_size=3_000)), max_size=7, unique_by=lambda m: m[0])):
            archive.writestr(name, data)
    data = bytearray(buffer.getvalue())
    for _ in range(draw(st.integers(0, 4))):
        if data:
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    cut = draw(st.integers(0, len(data)))
    return bytes(data[:cut] if draw(st.booleans()) else data)


def crafted(name: str = "a.txt", *, version: int | None = None, utf8_name: bytes | None = None) -> bytes:
    """A one-member zip, its central directory patched: the extract version, or a name that is not UTF-8."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo(name), b"noi dung")
    data = bytearray(buffer.getvalue())
    central = data.index(b"PK\x01\x02")
    if version is not None:
        data[central + 6] = version
    if utf8_name is not None:
        data[central + 9] |= 0x08  # flag bit 11: the name is UTF-8
        at = data.index(name.encode(), central)
        data[at:at + len(utf8_name)] = utf8_name
    return bytes(data)


def read_all(data: bytes) -> list[archives.Member]:
    try:
        return list(archives.members(data, **LIMITS))
    except archives.ArchiveError as exc:
        assert str(exc)
        return []


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(zips(), st.binary(max_size=500).map(lambda b: b"PK\x03\x04" + b)))
@example(b"PK\x03\x04")
@example(crafted(""))  # a member without a name: IndexError in ZipInfo.is_dir
@example(crafted(version=64))  # "zip file version 6.4": NotImplementedError on opening
@example(crafted("ab", utf8_name=b"a\x80"))  # UnicodeDecodeError on opening (seen through is_zip)
def test_any_bytes_give_members_or_a_refusal(data):
    assert isinstance(archives.is_zip(data, "tep.zip"), bool)
    assert isinstance(archives.is_zip(data, "tep.docx"), bool)
    members = read_all(data)
    assert sum(len(m.data) for m in members) <= LIMITS["max_total_bytes"]
    for member in members:
        assert not (member.error and member.data), "a member holds its data or an error, never both"
        assert len(member.data) <= LIMITS["max_file_bytes"]
