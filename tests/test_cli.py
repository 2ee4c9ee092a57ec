"""flask commands through the CLI runner: classify, providers import/export, prepare."""

import json

import pytest

from bpo.catalog_store import load_catalog
from bpo.sourcing.catalog import dump_catalog_csv, load_sample_providers


def classify(runner, tmp_path, text: str):
    """`flask classify` run on a file holding text."""
    tasks = tmp_path / "tasks.txt"
    tasks.write_text(text, encoding="utf-8")
    return runner.invoke(args=["classify", str(tasks)])


@pytest.mark.full_model
def test_classify_prints_one_json_line_per_task(runner, tmp_path):
    result = classify(runner, tmp_path, "Run payroll every two weeks\n\nAnswer the phones\n")
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [line["name"] for line in lines] == ["Run payroll every two weeks", "Answer the phones"]
    assert lines[0]["function"]["label"] == "payroll"


@pytest.mark.full_model
def test_classify_reads_a_heading_as_the_section_of_the_lines_under_it(runner, tmp_path):
    result = classify(runner, tmp_path, "Payroll:\nCheck the timesheets\nApprove overtime\n")
    assert result.exit_code == 0, result.output
    assert "Read as headings, not tasks: “Payroll”" in result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(line["name"], line["section"]) for line in lines] == [
        ("Check the timesheets", "Payroll"),
        ("Approve overtime", "Payroll"),
    ]
    assert {line["function"]["label"] for line in lines} == {"payroll"}


def test_classify_reads_a_heading_with_nothing_under_it_as_a_task(runner, tmp_path):
    result = classify(runner, tmp_path, "Answer the phones\nPayroll:\n")
    assert result.exit_code == 0, result.output
    names = [json.loads(line)["name"] for line in result.stdout.splitlines()]
    assert names == ["Answer the phones", "Payroll:"]


def test_classify_refuses_an_empty_file(runner, tmp_path):
    result = classify(runner, tmp_path, "\n  \n")
    assert result.exit_code != 0
    assert "no task lines" in result.output


def test_classify_without_a_model_says_how_to_train(app, runner, tmp_path):
    app.extensions["bpo.model"] = None
    result = classify(runner, tmp_path, "Run payroll\n")
    assert result.exit_code != 0
    assert "flask --app wsgi train" in result.output


def test_providers_export_and_import_round_trip(app, runner, tmp_path):
    for suffix in (".json", ".csv"):
        path = tmp_path / f"catalog{suffix}"
        exported = runner.invoke(args=["providers", "export", str(path)])
        assert exported.exit_code == 0, exported.output
        imported = runner.invoke(args=["providers", "import", str(path), "--replace"])
        assert imported.exit_code == 0, imported.output
        assert "0 added" in imported.output
    with app.app_context():
        assert load_catalog() == sorted(load_sample_providers(), key=lambda p: p.id)


def test_a_bad_row_rejects_the_whole_import(app, runner, tmp_path):
    providers = load_sample_providers()[:3]
    lines = dump_catalog_csv(providers).splitlines()
    good_new = lines[1].replace(providers[0].id, "brand-new-provider", 1)
    bad = lines[2].replace(providers[1].country, "ZZ", 1)
    path = tmp_path / "bad.csv"
    path.write_text("\n".join([lines[0], good_new, bad]) + "\n", encoding="utf-8")
    result = runner.invoke(args=["providers", "import", str(path)])
    assert result.exit_code == 1
    assert "row 3: country" in result.output
    assert "nothing was imported" in result.output
    with app.app_context():
        assert "brand-new-provider" not in {p.id for p in load_catalog()}


def test_import_refuses_an_unreadable_file(runner, tmp_path):
    path = tmp_path / "catalog.json"
    path.write_bytes(b"\xff\xfe not utf-8 \xff")
    result = runner.invoke(args=["providers", "import", str(path)])
    assert result.exit_code != 0


def test_prepare_is_idempotent(app, runner):
    first = runner.invoke(args=["prepare"])
    assert first.exit_code == 0, first.output
    assert "Database schema is up to date." in first.output
    assert "training" not in first.output  # the fixture's model is loaded
    assert runner.invoke(args=["prepare"]).exit_code == 0
