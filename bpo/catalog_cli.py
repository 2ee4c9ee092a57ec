"""`flask providers import|export`: the catalog to and from CSV or JSON files."""

from pathlib import Path

import click
from flask.cli import AppGroup

from bpo.catalog_store import import_providers, load_catalog
from bpo.sourcing.catalog import read_catalog, write_catalog

providers_cli = AppGroup("providers", help="Import and export the provider catalog.")

EXPORT_NOTE = "Exported from the BPO sourcing advisor catalog."


@providers_cli.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--replace", is_flag=True, help="Remove providers the file does not list.")
def import_command(file: Path, replace: bool):
    """Validate FILE (.csv or .json) and store it; any bad row rejects the whole file."""
    try:
        report = read_catalog(file)
    except (UnicodeDecodeError, OSError) as exc:
        raise click.ClickException(f"Cannot read {file}: {exc}") from exc
    if not report.ok:
        click.echo(f"Rejected {len(report.rejected)} row(s) of {file}; nothing was imported:")
        for rejected in report.rejected:
            for field, messages in rejected.errors.items():
                click.echo(f"  row {rejected.row}: {field}: {' '.join(messages)}")
        raise click.exceptions.Exit(1)
    counts = import_providers(list(report.providers), replace=replace)
    click.echo(
        f"Imported {len(report.providers)} provider(s) from {file}: {counts['added']} added, "
        f"{counts['updated']} updated, {counts['removed']} removed."
    )


@providers_cli.command("export")
@click.argument("file", type=click.Path(dir_okay=False, writable=True, path_type=Path))
def export_command(file: Path):
    """Write the catalog to FILE, as CSV or JSON by its suffix."""
    if file.suffix.lower() not in {".csv", ".json"}:
        raise click.ClickException("FILE must end in .csv or .json.")
    providers = load_catalog()
    write_catalog(file, providers, note=EXPORT_NOTE)
    click.echo(f"Exported {len(providers)} provider(s) to {file}.")
