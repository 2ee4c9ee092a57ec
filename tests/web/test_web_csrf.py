"""Every form is protected against cross-site request forgery."""

import re

import pytest


@pytest.fixture
def csrf_client(app):
    """A client of an app with CSRF checks on, as in production."""
    app.config["WTF_CSRF_ENABLED"] = True
    return app.test_client()


@pytest.mark.parametrize("path", ["/analyses", "/analyses/anything/labels"])
def test_a_post_without_token_is_refused(app, csrf_client, path):
    response = csrf_client.post(path, data={"tasks": "Run payroll"})
    assert response.status_code == 400
    assert "CSRF" in response.get_data(as_text=True)
    assert response.mimetype == "text/html"


def test_a_post_with_the_page_token_is_accepted(csrf_client):
    page = csrf_client.get("/").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    response = csrf_client.post("/analyses", data={"tasks": "Run payroll", "csrf_token": token})
    assert response.status_code == 303
