"""Helpers shared by the API tests: a small request, bearer headers, problem checks."""

PROBLEM = "application/problem+json"
SMALL_REQUEST = {
    "company": {"name": "Crumb & Co Bakery"},
    "tasks": [
        {"name": "Do the books", "hours_per_month": 30},
        {"name": "Answer customer emails about late orders", "hours_per_month": 60},
        {"name": "Decide which new shop to open next", "strategic": True},
    ],
}


def assert_problem(response, status: int) -> dict:
    """The answer is an RFC 9457 problem with this status and a request id."""
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == PROBLEM
    body = response.get_json()
    assert body["status"] == status
    assert {"type", "title", "detail", "request_id"} <= set(body)
    assert body["request_id"] == response.headers["X-Request-ID"]
    assert "Traceback" not in response.get_data(as_text=True)
    return body


def bearer(secret: str) -> dict:
    """Authorization header for a key."""
    return {"Authorization": f"Bearer {secret}"}
