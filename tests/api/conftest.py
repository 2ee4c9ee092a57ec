"""API fixtures: keys of different roles in the test's database."""

import pytest

from bpo.auth import create_api_key


@pytest.fixture
def make_key(app):
    """Create a key in the app's database; returns its secret."""

    def make(name: str = "consultant", admin: bool = False) -> str:
        with app.app_context():
            return create_api_key(name, admin=admin)[1]

    return make


@pytest.fixture
def user_key(make_key):
    """A normal key: creating it closes the open API."""
    return make_key("alice")


@pytest.fixture
def other_key(make_key):
    """A second normal key, to check that keys do not see each other's analyses."""
    return make_key("bob")


@pytest.fixture
def admin_key(make_key):
    """A key allowed to edit the provider catalog."""
    return make_key("catalog admin", admin=True)
