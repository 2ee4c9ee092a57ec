"""Analyses: classify, decide, bundle, and store the result under an unguessable id."""

from datetime import datetime

from sqlalchemy import select

from bpo.catalog_store import load_catalog, provider_from_dict, provider_to_dict
from bpo.extensions import db
from bpo.models import AnalysisRecord, LabelFeedback, new_analysis_id, utcnow
from bpo.services import TaskText, apply_overrides, require_model
from bpo.sourcing.domain import Company, Provider, Task
from bpo.sourcing.engine import run_sourcing
from classifier import HEADS, TaskClassifier

# The task fields the engine takes straight from the request.
_TASK_FIELDS = (
    "hours_per_month",
    "hourly_cost",
    "transactions_per_month",
    "sensitivity",
    "strategic",
)


class AnalysisNotFound(LookupError):
    """No analysis with this id is visible to the caller."""


class InvalidCorrection(ValueError):
    """A correction names a task the analysis does not have."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field
        self.message = message


def _company(settings: dict) -> Company:
    return Company(
        name=settings.get("name") or "",
        default_hourly_cost=settings["default_hourly_cost"],
        currency=settings["currency"],
        vendor_management_cost=settings["vendor_management_cost"],
        max_providers=settings.get("max_providers"),
        preferred_regions=tuple(settings.get("preferred_regions") or ()),
    )


def _classified_tasks(model: TaskClassifier, tasks: list[dict]) -> tuple[list[Task], list[dict]]:
    """Predict labels in one batch, then let the user's overrides win."""
    texts = [TaskText(t["name"], t.get("description")).text for t in tasks]
    predictions = model.predict(texts)
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
                confidence={head: labels[head]["confidence"] for head in HEADS},
                needs_review=predicted["needs_review"],
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
            }
        )
    return domain_tasks, labels_out


def analyse(
    model: TaskClassifier | None,
    request: dict,
    catalog: list[Provider],
    time_limit: float = 5.0,
) -> dict:
    """Run one analysis without storing it: labels, decisions, bundles and totals."""
    model = require_model(model)
    providers = request.get("providers") or catalog
    names = {provider.id: provider.name for provider in providers}
    tasks, labels = _classified_tasks(model, request["tasks"])
    outcome = run_sourcing(tasks, providers, _company(request["company"]), time_limit=time_limit)
    result = outcome.to_dict()
    rows = []
    for task, label, decided in zip(request["tasks"], labels, result["decisions"], strict=True):
        rows.append(
            {
                **decided,
                "description": task.get("description"),
                **label,
                "provider_name": names.get(decided["provider_id"]),
            }
        )
    bundles = [{**b, "provider_name": names[b["provider_id"]]} for b in result["bundles"]]
    return {
        "model_version": model.version,
        "company": request["company"],
        "providers_source": "request" if request.get("providers") else "catalog",
        "tasks": rows,
        "bundles": bundles,
        "totals": result["totals"],
        "solver": {"status": result["status"]},
    }


def _stored_request(request: dict) -> dict:
    """The request as JSON: custom providers become plain dicts."""
    stored = dict(request)
    if request.get("providers"):
        stored["providers"] = [provider_to_dict(p) for p in request["providers"]]
    return stored


def create_analysis(
    model: TaskClassifier | None, request: dict, owner_key_id: int | None = None, **options
) -> AnalysisRecord:
    """Analyse and store in one transaction; nothing is stored when anything fails."""
    result = analyse(model, request, load_catalog(), **options)
    record = AnalysisRecord(
        id=new_analysis_id(),
        owner_key_id=owner_key_id,
        model_version=result["model_version"],
        company_name=request["company"].get("name") or None,
        task_count=len(request["tasks"]),
        request=_stored_request(request),
        result=result,
    )
    db.session.add(record)
    db.session.commit()
    return record


def get_analysis(analysis_id: str, owner_key_id: int | None = None) -> AnalysisRecord:
    """The analysis with this id if the caller may see it."""
    record = db.session.get(AnalysisRecord, analysis_id)
    if record is None or record.owner_key_id != owner_key_id:
        raise AnalysisNotFound(analysis_id)
    return record


def list_analyses(owner_key_id: int | None, page: int, per_page: int) -> tuple[list, int]:
    """The caller's analyses, newest first, one page at a time, and the total count."""
    owner = AnalysisRecord.owner_key_id
    query = select(AnalysisRecord).where(
        owner.is_(None) if owner_key_id is None else owner == owner_key_id
    )
    total = db.session.scalar(select(db.func.count()).select_from(query.subquery()))
    rows = db.session.scalars(
        query.order_by(AnalysisRecord.created_at.desc(), AnalysisRecord.id)
        .limit(per_page)
        .offset((page - 1) * per_page)
    ).all()
    return list(rows), total


def delete_analysis(analysis_id: str, owner_key_id: int | None = None) -> None:
    """Delete one analysis and its feedback."""
    db.session.delete(get_analysis(analysis_id, owner_key_id))
    db.session.commit()


def correct_labels(
    model: TaskClassifier | None,
    analysis_id: str,
    corrections: list[dict],
    sent_by: str,
    owner_key_id: int | None = None,
    **options,
) -> AnalysisRecord:
    """Store a person's corrected labels and recompute the analysis with them."""
    record = get_analysis(analysis_id, owner_key_id)
    request = _request_of(record)
    for position, correction in enumerate(corrections):
        if correction["task_index"] >= len(request["tasks"]):
            raise InvalidCorrection(
                f"corrections.{position}.task_index",
                f"This analysis has {len(request['tasks'])} tasks (indexes from 0).",
            )
    feedback = []
    for correction in corrections:
        index = correction["task_index"]
        task = dict(request["tasks"][index])
        for head in HEADS:
            if correction.get(head):
                task[head] = correction[head]
        request["tasks"][index] = task
        feedback.append(
            LabelFeedback(
                analysis_id=record.id,
                task_index=index,
                text=TaskText(task["name"], task.get("description")).text,
                sent_by=sent_by,
                **{head: correction.get(head) for head in HEADS},
            )
        )
    # Recompute before touching the session, so a failure leaves nothing half-stored.
    record.result = analyse(model, request, load_catalog(), **options)
    db.session.add_all(feedback)
    record.request = _stored_request(request)
    record.model_version = record.result["model_version"]
    record.updated_at = utcnow()
    db.session.commit()
    return record


def _request_of(record: AnalysisRecord) -> dict:
    """The stored request back as engine input (custom providers as Provider objects)."""
    request = {**record.request, "tasks": [dict(t) for t in record.request["tasks"]]}
    if request.get("providers"):
        request["providers"] = [provider_from_dict(p) for p in request["providers"]]
    return request


def public_view(record: AnalysisRecord) -> dict:
    """The stored analysis as the API and the report show it."""
    return {
        "id": record.id,
        "created_at": _iso(record.created_at),
        "updated_at": _iso(record.updated_at),
        **record.result,
    }


def _iso(moment: datetime) -> str:
    return moment.isoformat()
