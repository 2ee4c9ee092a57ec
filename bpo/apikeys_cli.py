"""`flask apikeys create|list|revoke`: API keys, of which only a hash is ever stored."""

import click
from flask.cli import AppGroup

from bpo.auth import create_api_key, list_api_keys, revoke_api_key

apikeys_cli = AppGroup("apikeys", help="Create, list and revoke API keys.")


@apikeys_cli.command("create")
@click.option("--name", required=True, help="Who or what the key is for (shown in feedback).")
@click.option("--admin", is_flag=True, help="Allow editing the provider catalog.")
def create_command(name: str, admin: bool):
    """Create a key and print it once; only its SHA-256 is stored."""
    name = name.strip()
    if not 1 <= len(name) <= 100:
        raise click.BadParameter("Give a name of 1 to 100 characters.", param_hint="--name")
    key, secret = create_api_key(name, admin=admin)
    click.echo(secret)
    role = "admin key" if admin else "key"
    click.echo(
        f"Created {role} {key.id} ({key.name}). Store it now: it is not shown again.", err=True
    )


@apikeys_cli.command("list")
def list_command():
    """List keys: id, name, role, created, revoked (never the secrets)."""
    keys = list_api_keys()
    if not keys:
        click.echo("No API keys; with BPO_API_OPEN=1 the API is open.")
    for key in keys:
        role = "admin" if key.is_admin else "user"
        revoked = f"revoked {key.revoked_at:%Y-%m-%d %H:%M}" if key.revoked_at else "active"
        click.echo(f"{key.id}\t{key.name}\t{role}\tcreated {key.created_at:%Y-%m-%d}\t{revoked}")


@apikeys_cli.command("revoke")
@click.argument("key_id", type=int)
def revoke_command(key_id: int):
    """Revoke key KEY_ID; its analyses stay, readable by no key."""
    key = revoke_api_key(key_id)
    if key is None:
        raise click.ClickException(f"No API key with id {key_id}.")
    click.echo(f"Key {key.id} ({key.name}) is revoked.")
