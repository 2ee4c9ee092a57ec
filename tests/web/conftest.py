"""Fixtures for the page tests: the example's form fields and a stored example analysis."""

import pytest

from bpo.web.analysis_form import example_form


@pytest.fixture
def example_data():
    """The form fields the 'try an example' button fills in."""
    values = example_form().values
    return {k: v for k, v in values.items() if k not in ("sensitive_data", "preferred_regions")}


@pytest.fixture
def analysis_id(client, example_data):
    """The id of an analysis of the example, created through the form."""
    response = client.post("/analyses", data=example_data)
    assert response.status_code == 303, response.get_data(as_text=True)
    return response.headers["Location"].rsplit("/", 1)[1]
