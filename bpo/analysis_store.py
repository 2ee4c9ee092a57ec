"""Stored analyses: save, find, list, delete, and the view the API and the report show."""

from datetime import datetime

from sqlalchemy import select

from bpo.catalog_store import provider_from_dict, provider_to_dict
from bpo.extensions import db
from bpo.models import AnalysisRecord, LabelFeedback, new_analysis_id, utcnow


class AnalysisNotFound(LookupError):
    """No analysis with this id is visible to the caller."""


def _stored_submission(submission: dict) -> dict:
    """The submission as JSON: custom providers become plain dicts."""
    stored = dict(submission)
    if submission.get("providers"):
        stored["providers"] = [provider_to_dict(p) for p in submission["providers"]]
    return stored


def submission_of(record: AnalysisRecord) -> dict:
    """The stored submission back as engine input (custom providers as Provider objects)."""
    submission = {**record.request, "tasks": [dict(t) for t in record.request["tasks"]]}
    if submission.get("providers"):
        submission["providers"] = [provider_from_dict(p) for p in submission["providers"]]
    return submission


def store_analysis(submission: dict, result: dict, owner_key_id: int | None) -> AnalysisRecord:
    """Store a finished analysis under a new unguessable id."""
    record = AnalysisRecord(
        id=new_analysis_id(),
        owner_key_id=owner_key_id,
        model_version=result["model_version"],
        company_name=submission["company"].get("name") or None,
        task_count=len(submission["tasks"]),
        request=_stored_submission(submission),
        result=result,
    )
    db.session.add(record)
    db.session.commit()
    return record


def store_recomputed(
    record: AnalysisRecord, submission: dict, result: dict, feedback: list[dict], sent_by: str
) -> AnalysisRecord:
    """Replace an analysis by its recomputed result and keep the corrections that caused it."""
    db.session.add_all(
        LabelFeedback(analysis_id=record.id, sent_by=sent_by, **item) for item in feedback
    )
    record.result = result
    record.request = _stored_submission(submission)
    record.model_version = result["model_version"]
    record.updated_at = utcnow()
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
