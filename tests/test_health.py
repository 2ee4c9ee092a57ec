"""Liveness and readiness probes."""

from bpo import create_app


def test_healthz_answers_ok(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok"}


def test_readyz_checks_database_and_model(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.get_json() == {
        "status": "ready",
        "checks": {"database": "ok", "model": "ok"},
    }


def test_readyz_reports_an_unreachable_database(model):
    broken = create_app(
        {
            "SECRET_KEY": "k" * 40,
            "SQLALCHEMY_DATABASE_URI": "sqlite:////nonexistent-dir/nowhere.sqlite3",
            "MODEL": model,
        }
    )
    client = broken.test_client()
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.get_json()["checks"]["database"] == "missing"
    assert client.get("/healthz").status_code == 200
