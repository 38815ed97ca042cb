"""Every test of the registry ends with the site tallies equal to a fresh count of the sites: a write path that
forgets to note the communes it touched (`services.tally_after_commit`) fails here."""
import pytest

from phongtrao.initiatives.services import stale_tallies


@pytest.fixture(autouse=True)
def tallies_stay_exact(request):
    database = next((name for name in ("transactional_db", "db") if name in request.fixturenames), None)
    if database is None:
        yield
        return
    request.getfixturevalue(database)  # set up first, so that its rollback comes after the check
    yield
    assert stale_tallies() == {}, "the sites changed and the tallies did not follow"
