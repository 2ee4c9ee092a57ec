"""Command-line tasks: prepare, train, evaluate, classify, purge old analyses."""

import json
import time
from pathlib import Path

import click
from flask import Flask, current_app
from flask.cli import with_appcontext
from flask_migrate import upgrade

from bpo.analysis_store import purge_expired
from bpo.apikeys_cli import apikeys_cli
from bpo.catalog_cli import providers_cli
from bpo.catalog_store import seed_sample_catalog
from bpo.config import PROJECT_ROOT
from bpo.headings import find_headings, headings_notice, task_lines
from bpo.model_store import current_model, set_model
from bpo.services import ServiceUnavailable, TaskText, classify_tasks
from classifier import evaluate_model, load_model, save_model, train_model

TRAINING_DATA = PROJECT_ROOT / "training_data" / "tasks.csv"
# Evaluation data scored by `flask evaluate` where present: text nobody here wrote (beside the
# project, not shipped to users; and page lines collected here) and the sets kept out of training.
DEV_SETS = {
    "real_dev": PROJECT_ROOT.parent / "shared" / "eval" / "real_dev.csv",
    "page_lines": PROJECT_ROOT / "eval" / "page_lines.csv",
    "section_lines": PROJECT_ROOT / "eval" / "section_lines.csv",
    "onet_dev": PROJECT_ROOT.parent / "shared" / "eval" / "onet_dev.csv",
    "company_lists": PROJECT_ROOT / "eval" / "company_lists.csv",
    "process_names": PROJECT_ROOT / "eval" / "process_names.csv",
    "framework_names": PROJECT_ROOT / "eval" / "framework_names.csv",
    "public_process_names": PROJECT_ROOT / "eval" / "public_process_names.csv",
}
MODEL_CARD = PROJECT_ROOT / "classifier" / "MODEL_CARD.md"


def _model_dir() -> Path:
    return Path(current_app.config["MODEL_DIR"])


def _train_and_save() -> None:
    started = time.perf_counter()
    model = train_model(TRAINING_DATA)
    save_model(model, _model_dir())
    set_model(current_app, load_model(_model_dir()))
    click.echo(
        f"Trained model {model.version} in {time.perf_counter() - started:.1f}s -> {_model_dir()}"
    )


def prepare_instance() -> None:
    """Bring the schema up to date, seed an empty catalog, train a model when none is loaded."""
    upgrade(directory=str(PROJECT_ROOT / "migrations"))
    click.echo("Database schema is up to date.")
    added = seed_sample_catalog()
    if added:
        click.echo(f"Loaded the fictional sample catalog: {added} providers.")
    if current_model() is None:
        click.echo("No usable model found; training one (this happens once).")
        _train_and_save()


@click.command("prepare")
@with_appcontext
def prepare_command():
    """Bring the database schema up to date and train a model when none is present."""
    prepare_instance()


@click.command("train")
@with_appcontext
def train_command():
    """Train the classifier on training_data/tasks.csv and save it to BPO_MODEL_DIR."""
    _train_and_save()


@click.command("evaluate")
@with_appcontext
@click.option(
    "--card",
    type=click.Path(dir_okay=False, path_type=Path),
    default=MODEL_CARD,
    show_default=True,
    help="Where to write the model card.",
)
def evaluate_command(card: Path):
    """Print per-head accuracy and macro-F1 and regenerate the model card."""
    model = current_model()
    if model is None:
        raise click.ClickException("No model is loaded; run 'flask --app wsgi train' first.")
    dev = {name: path for name, path in DEV_SETS.items() if path.exists()}
    report = evaluate_model(model, TRAINING_DATA, dev, card)
    for dataset, figures in report["datasets"].items():
        shown = "  ".join(f"{name} {value:.3f}" for name, value in figures.items())
        click.echo(f"{dataset}: {shown}")
    click.echo(f"Model card written to {card}")


@click.command("classify")
@with_appcontext
@click.argument("file", type=click.File("r", encoding="utf-8"))
def classify_command(file):
    """Classify FILE (one task per line, '-' for stdin); print JSON lines. A heading line
    ("Payroll:", "## Front desk") is read as the section of the lines under it, as the text
    box on the analysis page reads it."""
    filled = [(number, line.strip()) for number, line in enumerate(file, start=1) if line.strip()]
    headings = find_headings(filled)
    tasks = [TaskText(line, section=section) for _, line, section in task_lines(filled, headings)]
    if not tasks:
        raise click.ClickException("The file holds no task lines.")
    try:
        results = classify_tasks(current_model(), tasks)
    except ServiceUnavailable as exc:
        raise click.ClickException(str(exc)) from exc
    if headings:
        # On stderr, so the JSON lines on stdout stay one task each.
        click.echo(headings_notice(list(headings.values())), err=True)
    for task, result in zip(tasks, results, strict=True):
        if task.section:
            result = {"name": result["name"], "section": task.section, **result}
        click.echo(json.dumps(result))


@click.group("analyses")
def analyses_cli():
    """Stored analyses: keep storage within its retention period."""


@analyses_cli.command("purge")
@with_appcontext
@click.option(
    "--days",
    type=click.IntRange(min=1),
    default=None,
    help="Delete analyses older than this many days (default: BPO_RETENTION_DAYS).",
)
def purge_command(days: int | None):
    """Delete analyses (and their label feedback) older than the retention period."""
    days = days or current_app.config["RETENTION_DAYS"]
    if days <= 0:
        raise click.ClickException(
            "No retention period: set BPO_RETENTION_DAYS or pass --days to say what to delete."
        )
    deleted = purge_expired(days)
    click.echo(f"Deleted {deleted} analyses older than {days} days.")


def register_commands(app: Flask) -> None:
    """Attach every command to the app's CLI."""
    for command in (prepare_command, train_command, evaluate_command, classify_command):
        app.cli.add_command(command)
    app.cli.add_command(providers_cli)
    app.cli.add_command(apikeys_cli)
    app.cli.add_command(analyses_cli)
