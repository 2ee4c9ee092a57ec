"""Pages of an analysis: the start form, the report, label corrections and downloads."""

import json

from flask import (
    Response,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)

from bpo.analysis_store import AnalysisNotFound, get_analysis, public_view, submission_of
from bpo.catalog_store import load_catalog
from bpo.exports import analysis_csv, analysis_xlsx
from bpo.model_store import current_model
from bpo.schemas.results import AnalysisSchema
from bpo.services import InvalidCorrection, ServiceUnavailable, correct_labels, create_analysis
from bpo.services.decisions import decide_task
from bpo.web import bp
from bpo.web.alternatives import blocked_alternatives
from bpo.web.analysis_form import (
    SENSITIVE_DATA,
    AnalysisForm,
    blank_form,
    country_choices,
    example_form,
    management_default_text,
    management_placeholder,
    read_form,
    region_choices,
)
from bpo.web.decision_form import BadDecision, read_decision
from bpo.web.examples import template_csv, template_xlsx
from bpo.web.label_form import CHOICES, HEAD_NAMES, BadCorrection, read_correction
from bpo.web.report import moved_tasks, report_context, totals_change

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
NOT_FOUND = "There is no analysis at this address. Check the link you followed."


def _form_page(form: AnalysisForm, status: int = 200):
    page = render_template(
        "index.html",
        form=form,
        sensitive_data=SENSITIVE_DATA,
        regions=region_choices(),
        countries=country_choices(),
        management_default=management_default_text(),
        management_placeholder=management_placeholder(),
    )
    return page, status


@bp.get("/")
def index():
    """The start page: what the service does and the form (`?example=1` fills it in)."""
    return _form_page(example_form() if request.args.get("example") else blank_form())


@bp.post("/analyses")
def create():
    """Validate the form; on success run and store the analysis and show its report."""
    form = read_form(request.form, request.files)
    if form.submission is None:
        return _form_page(form, 422)
    try:
        record = create_analysis(
            current_model(), form.submission, time_limit=current_app.config["SOLVER_TIME_LIMIT"]
        )
    except ServiceUnavailable as error:
        form.errors["_form"] = [f"The advisor is not ready: {error}"]
        return _form_page(form, 503)
    for notice in form.notices:
        flash(notice, "info")
    return redirect(url_for("web.report", analysis_id=record.id), 303)


@bp.get("/tasks-template.csv")
def tasks_template():
    """A CSV template with every column the upload reads."""
    return _download(template_csv(), "text/csv", "tasks-template.csv")


@bp.get("/tasks-template.xlsx")
def tasks_template_xlsx():
    """The CSV template as an Excel workbook."""
    return _download(template_xlsx(), XLSX_TYPE, "tasks-template.xlsx")


def _view_or_404(analysis_id: str) -> dict:
    try:
        return public_view(get_analysis(analysis_id))
    except AnalysisNotFound:
        abort(404, description=NOT_FOUND)


@bp.get("/analyses/<analysis_id>")
def report(analysis_id: str):
    """The report: totals, chart, matrix, tasks with corrections, and provider bundles."""
    try:
        record = get_analysis(analysis_id)
    except AnalysisNotFound:
        abort(404, description=NOT_FOUND)
    view = public_view(record)
    submission = submission_of(record)
    # `?edit=N` opens task N's label form in place, so the page needs no script for it.
    editing = request.args.get("edit", type=int)
    deciding = request.args.get("decide", type=int)
    # The decision form starts from what the owner gave: the stored request's task.
    decided = None
    if deciding is not None and 1 <= deciding <= len(view["tasks"]):
        decided = submission["tasks"][deciding - 1]
    # What the last correction changed is said once, in the row it was made in.
    saved = session.pop("saved_task", None)
    if saved and saved.get("analysis_id") != analysis_id:
        saved = None
    return render_template(
        "report.html",
        view=view,
        choices=CHOICES,
        head_names=HEAD_NAMES,
        editing=editing,
        deciding=deciding if decided is not None else None,
        decided=decided,
        saved=saved,
        alternatives=blocked_alternatives(view, submission, load_catalog()),
        regions=region_choices(),
        **report_context(view),
    )


@bp.get("/analyses/<analysis_id>.csv")
def report_csv(analysis_id: str):
    """One row per task, for a spreadsheet."""
    # The byte-order mark makes spreadsheet programs read the file as UTF-8.
    text = "\ufeff" + analysis_csv(_view_or_404(analysis_id))
    return _download(text, "text/csv", f"analysis-{analysis_id}.csv")


@bp.get("/analyses/<analysis_id>.xlsx")
def report_xlsx(analysis_id: str):
    """The report as an Excel workbook: tasks, bundles and totals."""
    body = analysis_xlsx(_view_or_404(analysis_id))
    return _download(body, XLSX_TYPE, f"analysis-{analysis_id}.xlsx")


@bp.get("/analyses/<analysis_id>.json")
def report_json(analysis_id: str):
    """The whole analysis in the API's JSON shape."""
    body = AnalysisSchema().dump(_view_or_404(analysis_id))
    text = json.dumps(body, indent=2, ensure_ascii=False) + "\n"
    return _download(text, "application/json", f"analysis-{analysis_id}.json")


@bp.post("/analyses/<analysis_id>/labels")
def correct(analysis_id: str):
    """Store a person's labels for one task, re-run the analysis, and go back to the report."""
    try:
        correction = read_correction(request.form)
        before = get_analysis(analysis_id).result
        record = correct_labels(
            current_model(),
            analysis_id,
            [correction],
            sent_by="web",
            time_limit=current_app.config["SOLVER_TIME_LIMIT"],
        )
    except AnalysisNotFound:
        abort(404, description=NOT_FOUND)
    except (BadCorrection, InvalidCorrection) as error:
        abort(400, description=str(error))
    except ServiceUnavailable as error:
        abort(503, description=str(error))
    index = correction["task_index"]
    _remember_saved(analysis_id, index, f"Labels of task {index + 1}", before, record.result)
    return redirect(
        url_for("web.report", analysis_id=analysis_id, _anchor=f"task-{index + 1}"), 303
    )


@bp.post("/analyses/<analysis_id>/decision")
def decide(analysis_id: str):
    """Store the owner's decision on one task (strategic, hours, hourly cost) and rerun."""
    try:
        index, changes = read_decision(request.form)
        before = get_analysis(analysis_id).result
        record = decide_task(
            current_model(),
            analysis_id,
            index,
            changes,
            time_limit=current_app.config["SOLVER_TIME_LIMIT"],
        )
    except AnalysisNotFound:
        abort(404, description=NOT_FOUND)
    except (BadDecision, InvalidCorrection) as error:
        abort(400, description=str(error))
    except ServiceUnavailable as error:
        abort(503, description=str(error))
    _remember_saved(analysis_id, index, f"Your decision on task {index + 1}", before, record.result)
    return redirect(
        url_for("web.report", analysis_id=analysis_id, _anchor=f"task-{index + 1}"), 303
    )


def _remember_saved(analysis_id: str, index: int, what: str, before: dict, after: dict) -> None:
    """Keep what a rerun changed for the report to say at the task (the session carries it)."""
    name = after["tasks"][index]["name"]
    session["saved_task"] = {
        "analysis_id": analysis_id,
        "number": index + 1,
        "message": f"{what} (“{name}”) saved; the analysis was run again.",
        "moved": moved_tasks(before, after, index),
        "totals": totals_change(before["totals"], after["totals"]),
    }


def _download(text: str | bytes, mimetype: str, filename: str) -> Response:
    response = Response(text, mimetype=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
