"""Analyses: classify, decide keep or outsource, bundle; store them and rerun them on corrections.

A submission is a validated analysis request: `company`, `tasks`, and optionally `providers`.
"""

import logging

from flask import current_app, g, has_app_context, has_request_context

from bpo.analysis_store import get_analysis, store_analysis, store_recomputed, submission_of
from bpo.catalog_store import load_catalog
from bpo.models import AnalysisRecord
from bpo.services.classification import (
    TaskText,
    apply_overrides,
    predict_in_turn,
    require_model,
)
from bpo.sourcing.deadline import Deadline
from bpo.sourcing.domain import Company, Provider, Task
from bpo.sourcing.engine import run_sourcing
from classifier import HEADS, TaskClassifier

log = logging.getLogger(__name__)

# The task fields the engine takes straight from the submission.
_TASK_FIELDS = (
    "hours_per_month",
    "hourly_cost",
    "transactions_per_month",
    "sensitivity",
    "strategic",
)


class InvalidCorrection(ValueError):
    """A correction names a task the analysis does not have."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field
        self.message = message


def company_from_settings(settings: dict) -> Company:
    """The engine's company from a submission's (or a stored analysis's) company settings."""
    return Company(
        name=settings.get("name") or "",
        country=settings.get("country"),
        industry=settings.get("industry") or "",
        offering=settings.get("offering") or "",
        default_hourly_cost=settings["default_hourly_cost"],
        currency=settings["currency"],
        vendor_management_cost=settings.get("vendor_management_cost"),
        max_providers=settings.get("max_providers"),
        preferred_regions=tuple(settings.get("preferred_regions") or ()),
    )


def _is_own_work(prediction, labels: dict, overridden: frozenset[str]) -> bool:
    """The model's own-work answer, unless the user's function says it is something else."""
    own = prediction.own_offering is not None and prediction.own_offering.label == "true"
    if "function" in overridden:
        return own and labels["function"]["label"] == "production"
    return own


def _classified_tasks(
    model: TaskClassifier, tasks: list[dict], company: dict
) -> tuple[list[Task], list[dict]]:
    """Predict labels in one batch, in the light of the company, then let the user's overrides
    win."""
    texts = [TaskText.of(task).text for task in tasks]
    predictions, _ = predict_in_turn(model, texts, company, None)
    domain_tasks, labels_out = [], []
    for index, (task, prediction) in enumerate(zip(tasks, predictions, strict=True)):
        predicted = prediction.to_dict()
        labels, overridden = apply_overrides(predicted, task)
        domain_tasks.append(
            Task(
                index=index,
                name=task["name"],
                description=task.get("description") or "",
                office=labels["office"]["label"],
                process=labels["process"]["label"],
                function=labels["function"]["label"],
                location=labels["location"]["label"],
                own_offering=_is_own_work(prediction, labels, overridden),
                confidence={head: labels[head]["confidence"] for head in HEADS},
                needs_review=predicted["needs_review"],
                # The policy decides again under each doubt's runner-up label; a doubt that
                # changes nothing gives a decision instead of a review.
                doubts=dict(prediction.doubts),
                own_alternative=dict(prediction.own_alternative),
                overridden=overridden,
                required_certifications=tuple(task.get("required_certifications") or ()),
                languages=tuple(task.get("languages") or ()),
                **{name: task.get(name) for name in _TASK_FIELDS if task.get(name) is not None},
            )
        )
        labels_out.append(
            {
                **{head: labels[head] for head in HEADS},
                "needs_review": predicted["needs_review"] and not overridden,
                "overridden": sorted(overridden),
                # A person's service line is not the list's doing.
                "function_alone": None
                if "function" in overridden
                else predicted.get("function_alone"),
            }
        )
    return domain_tasks, labels_out


def analyse(
    model: TaskClassifier | None,
    submission: dict,
    catalog: list[Provider],
    *,
    time_limit: float,
    budget: float | None = None,
) -> dict:
    """Run one analysis without storing it: labels, decisions, bundles and totals.

    `budget` seconds (default: the app's ANALYSIS_TIME_LIMIT) bound every phase together,
    counted from when the request arrived: reading and validating it, classification and policy
    spend from it, the bundle search gets what is left, and `solver.status` is "deadline" when
    the budget cut the search short.
    """
    deadline = Deadline(_analysis_budget() if budget is None else budget, started=_arrived())
    model = require_model(model)
    providers = submission.get("providers") or catalog
    names = {provider.id: provider.name for provider in providers}
    tasks, labels = _classified_tasks(model, submission["tasks"], submission["company"])
    company = company_from_settings(submission["company"])
    sourcing = run_sourcing(tasks, providers, company, time_limit=time_limit, deadline=deadline)
    if sourcing.status != "optimal":
        log.info("bundle search %s: %s", sourcing.status, sourcing.solver_detail)
    result = sourcing.to_dict()
    rows = [
        {
            **decided,
            "description": task.get("description"),
            "section": task.get("section"),
            **label,
            "provider_name": names.get(decided["provider_id"]),
        }
        for task, label, decided in zip(
            submission["tasks"], labels, result["decisions"], strict=True
        )
    ]
    bundles = [{**b, "provider_name": names[b["provider_id"]]} for b in result["bundles"]]
    return {
        "model_version": model.version,
        "company": submission["company"],
        "providers_source": "request" if submission.get("providers") else "catalog",
        "tasks": rows,
        "bundles": bundles,
        "totals": result["totals"],
        "solver": {"status": result["status"]},
    }


def _arrived() -> float | None:
    """When the current request arrived (the request log's time.perf_counter() reading)."""
    if not has_request_context():
        return None
    started = g.get("started")
    return started if isinstance(started, float) else None


def _analysis_budget() -> float | None:
    """The app's ANALYSIS_TIME_LIMIT in seconds; outside an app, no limit."""
    if not has_app_context():
        return None
    return current_app.config.get("ANALYSIS_TIME_LIMIT")


def create_analysis(
    model: TaskClassifier | None,
    submission: dict,
    owner_key_id: int | None = None,
    *,
    time_limit: float,
) -> AnalysisRecord:
    """Analyse and store; nothing is stored when anything fails."""
    result = analyse(model, submission, load_catalog(), time_limit=time_limit)
    return store_analysis(submission, result, owner_key_id)


def correct_labels(
    model: TaskClassifier | None,
    analysis_id: str,
    corrections: list[dict],
    sent_by: str,
    owner_key_id: int | None = None,
    *,
    time_limit: float,
) -> AnalysisRecord:
    """Store a person's corrected labels and recompute the analysis; AnalysisChanged if raced."""
    # PostgreSQL locks the row, so corrections wait for each other; elsewhere the version
    # check at commit refuses a correction computed from an analysis changed meanwhile.
    record = get_analysis(analysis_id, owner_key_id, for_update=True)
    submission = submission_of(record)
    task_count = len(submission["tasks"])
    for position, correction in enumerate(corrections):
        if correction["task_index"] >= task_count:
            raise InvalidCorrection(
                f"corrections.{position}.task_index",
                f"This analysis has {task_count} tasks (indexes from 0).",
            )
    feedback = []
    for correction in corrections:
        index = correction["task_index"]
        task = {**submission["tasks"][index]}
        task.update({head: correction[head] for head in HEADS if correction.get(head)})
        submission["tasks"][index] = task
        feedback.append(
            {
                "task_index": index,
                "text": TaskText.of(task).text,
                **{head: correction.get(head) for head in HEADS},
            }
        )
    # Recompute before storing anything, so a failure leaves nothing half-stored.
    result = analyse(model, submission, load_catalog(), time_limit=time_limit)
    return store_recomputed(record, submission, result, feedback, sent_by)
