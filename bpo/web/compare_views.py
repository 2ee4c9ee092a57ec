"""Compare two plans on the web: copy an analysis with other settings and see both side by side."""

from flask import abort, current_app, redirect, render_template, request, url_for
from marshmallow import ValidationError

from bpo.analysis_store import AnalysisNotFound, get_analysis, public_view
from bpo.model_store import current_model
from bpo.schemas.api import CompanyChangesSchema
from bpo.services import ServiceUnavailable
from bpo.services.comparison import compare_analyses, copy_analysis
from bpo.web import bp
from bpo.web.task_input import clean_number

NOT_FOUND = "There is no analysis at this address. Check the link you followed."
# The settings the report's "compare another plan" form may change, as the form names them.
NUMBER_SETTINGS = ("vendor_management_cost", "max_providers")
# How the compare page names the totals it sets side by side.
TOTAL_NAMES = (
    ("current_monthly_cost", "Today, a month"),
    ("proposed_monthly_cost", "With the plan, a month"),
    ("management_cost", "Managing providers, a month"),
    ("monthly_savings", "Monthly savings"),
    ("annual_savings", "Annual savings"),
    ("providers_used", "Providers used"),
)


def plan_changes(form) -> dict:
    """The changed company settings from the form, as the API's copy takes them."""
    data = {}
    for name in NUMBER_SETTINGS:
        text = clean_number(form.get(name, ""))
        if text:
            # The API's schema takes JSON numbers only: the form's text is read here.
            try:
                data[name] = float(text) if name == "vendor_management_cost" else int(text)
            except ValueError:
                raise ValidationError({name: ["Not a number."]}) from None
    if form.get("regions_shown"):
        data["preferred_regions"] = form.getlist("preferred_regions")
    return CompanyChangesSchema().load(data)


@bp.post("/analyses/<analysis_id>/copy")
def copy_plan(analysis_id: str):
    """Copy the analysis with the changed settings and show both plans side by side."""
    try:
        changes = plan_changes(request.form)
        record = copy_analysis(
            current_model(),
            analysis_id,
            changes,
            time_limit=current_app.config["SOLVER_TIME_LIMIT"],
        )
    except AnalysisNotFound:
        abort(404, description=NOT_FOUND)
    except ValidationError as error:
        fields = ", ".join(name.replace("_", " ") for name in error.messages)
        abort(400, description=f"Check the settings of the other plan: {fields}.")
    except ServiceUnavailable as error:
        abort(503, description=str(error))
    return redirect(url_for("web.compare", analysis_id=analysis_id, other_id=record.id), 303)


@bp.get("/analyses/<analysis_id>/compare/<other_id>")
def compare(analysis_id: str, other_id: str):
    """Two plans side by side: totals, providers and the tasks whose decision differs."""
    try:
        first = public_view(get_analysis(analysis_id))
        second = public_view(get_analysis(other_id))
    except AnalysisNotFound:
        abort(404, description=NOT_FOUND)
    comparison = compare_analyses(first, second)
    providers = {}
    for side in ("first", "second"):
        for entry in comparison[side]["providers"]:
            providers.setdefault(entry["provider_id"], {"name": entry["provider_name"]})[side] = (
                entry
            )
    return render_template(
        "compare.html",
        comparison=comparison,
        first=first,
        second=second,
        total_names=TOTAL_NAMES,
        providers=providers,
    )
