"""A body the app answers without reading is read first, so the answer is not lost to a reset.

tests/test_serving.py shows what this is for: through gunicorn and nginx, an unread 3 MB body
turned one 413 in eight into a 502.
"""

from io import BytesIO

import pytest

from bpo.request_body import DISCARD_LIMIT_FACTOR

LIMIT = 1000


@pytest.fixture
def limited_app(app):
    app.config["MAX_CONTENT_LENGTH"] = LIMIT
    return app


def post(client, path, stream, length):
    return client.post(
        path, input_stream=stream, content_length=length, content_type="application/json"
    )


def test_a_refused_body_is_read_before_the_413(limited_app, client):
    body = BytesIO(b"x" * (3 * LIMIT))
    response = post(client, "/api/v1/classify", body, 3 * LIMIT)
    assert response.status_code == 413
    assert body.tell() == 3 * LIMIT


def test_a_body_no_view_reads_is_read_before_the_answer(limited_app, client):
    body = BytesIO(b"x" * LIMIT)
    response = post(client, "/api/v1/nothing-here", body, LIMIT)
    assert response.status_code == 404
    assert body.tell() == LIMIT


def test_a_body_far_over_the_limit_is_left_unread(limited_app, client):
    length = DISCARD_LIMIT_FACTOR * LIMIT + 1
    body = BytesIO(b"x" * length)
    response = post(client, "/api/v1/classify", body, length)
    assert response.status_code == 413
    assert body.tell() == 0


def test_a_client_gone_mid_body_still_gets_its_413(limited_app, client):
    body = BytesIO(b"x" * (2 * LIMIT))
    response = post(client, "/api/v1/classify", body, 3 * LIMIT)
    assert response.status_code == 413
    assert response.get_json()["status"] == 413
    assert body.tell() == 2 * LIMIT
