"""`flask apikeys create|list|revoke`."""

from bpo.auth import find_key
from bpo.extensions import db
from bpo.models import ApiKey


def test_create_prints_the_key_once_and_stores_its_hash(app, runner):
    result = runner.invoke(args=["apikeys", "create", "--name", "Acme consulting"])
    assert result.exit_code == 0, result.output
    secret = result.stdout.strip().splitlines()[0]
    assert secret.startswith("bpo_")
    with app.app_context():
        key = find_key(secret)
        assert key is not None and key.name == "Acme consulting" and not key.is_admin
        assert secret not in (key.key_hash, key.name)


def test_create_admin(app, runner):
    result = runner.invoke(args=["apikeys", "create", "--name", "ops", "--admin"])
    assert result.exit_code == 0
    with app.app_context():
        assert find_key(result.stdout.strip().splitlines()[0]).is_admin


def test_create_needs_a_name(runner):
    assert runner.invoke(args=["apikeys", "create"]).exit_code != 0
    assert runner.invoke(args=["apikeys", "create", "--name", "  "]).exit_code != 0


def test_list_and_revoke(app, runner):
    runner.invoke(args=["apikeys", "create", "--name", "first"])
    listed = runner.invoke(args=["apikeys", "list"])
    assert "first" in listed.output and "active" in listed.output
    with app.app_context():
        key_id = db.session.scalar(db.select(ApiKey.id))
    revoked = runner.invoke(args=["apikeys", "revoke", str(key_id)])
    assert revoked.exit_code == 0
    assert "revoked" in runner.invoke(args=["apikeys", "list"]).output
    assert runner.invoke(args=["apikeys", "revoke", "999"]).exit_code != 0


def test_list_with_no_keys_says_the_api_is_open(runner):
    assert "open" in runner.invoke(args=["apikeys", "list"]).output
