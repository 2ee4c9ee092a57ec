"""Stored analyses: save, find, list, delete, and the view the API and the report show."""

from datetime import datetime, timedelta

from flask import current_app
from sqlalchemy import delete, func, select
from sqlalchemy.orm import load_only
from sqlalchemy.orm.exc import StaleDataError

from bpo.catalog_store import provider_from_dict, provider_to_dict
from bpo.extensions import db
from bpo.models import AnalysisRecord, LabelFeedback, new_analysis_id, utcnow

# What a listing shows: never the large request and result documents.
SUMMARY_COLUMNS = (
    AnalysisRecord.id,
    AnalysisRecord.created_at,
    AnalysisRecord.updated_at,
    AnalysisRecord.model_version,
    AnalysisRecord.company_name,
    AnalysisRecord.task_count,
    AnalysisRecord.totals,
)


class AnalysisNotFound(LookupError):
    """No analysis with this id is visible to the caller."""


class AnalysisChanged(RuntimeError):
    """The analysis changed (or went away) while a correction of it was being computed."""

    def __init__(self, analysis_id: str):
        super().__init__(
            f"Analysis {analysis_id!r} was changed by someone else while your correction was "
            "being applied; nothing of it was saved. Load the analysis again and resend it."
        )
        self.analysis_id = analysis_id


class AnalysisQuotaExceeded(RuntimeError):
    """The caller already stores as many analyses as BPO_MAX_ANALYSES_PER_KEY allows."""

    def __init__(self, limit: int):
        super().__init__(
            f"You already store {limit} analyses, the limit per key (BPO_MAX_ANALYSES_PER_KEY). "
            "Delete analyses you no longer need, then try again."
        )
        self.limit = limit


def _owned_by(owner_key_id: int | None):
    owner = AnalysisRecord.owner_key_id
    return owner.is_(None) if owner_key_id is None else owner == owner_key_id


def _stored_task(task: dict) -> dict:
    # Unset fields (None, empty lists) read back the same through .get(): not worth storing.
    return {name: value for name, value in task.items() if value is not None and value != []}


def _stored_submission(submission: dict) -> dict:
    """The submission as JSON: custom providers become plain dicts, unset task fields go."""
    stored = {**submission, "tasks": [_stored_task(task) for task in submission["tasks"]]}
    if submission.get("providers"):
        stored["providers"] = [provider_to_dict(p) for p in submission["providers"]]
    return stored


def submission_of(record: AnalysisRecord) -> dict:
    """The stored submission back as engine input (custom providers as Provider objects)."""
    submission = {**record.request, "tasks": [dict(t) for t in record.request["tasks"]]}
    if submission.get("providers"):
        submission["providers"] = [provider_from_dict(p) for p in submission["providers"]]
    return submission


def purge_expired(retention_days: int | None = None) -> int:
    """Delete analyses (and their feedback) created before the retention period; 0 keeps all."""
    days = current_app.config["RETENTION_DAYS"] if retention_days is None else retention_days
    if days <= 0:
        return 0
    cutoff = utcnow() - timedelta(days=days)
    # Label feedback goes with its analysis (ON DELETE CASCADE).
    deleted = db.session.execute(
        delete(AnalysisRecord)
        .where(AnalysisRecord.created_at < cutoff)
        .execution_options(synchronize_session=False)
    ).rowcount
    db.session.commit()
    return deleted


def check_quota(owner_key_id: int | None) -> None:
    """Raise AnalysisQuotaExceeded when the caller may not store one more analysis."""
    limit = current_app.config["MAX_ANALYSES_PER_KEY"]
    if limit <= 0:
        return
    stored = db.session.scalar(
        select(func.count()).select_from(AnalysisRecord).where(_owned_by(owner_key_id))
    )
    if stored >= limit:
        raise AnalysisQuotaExceeded(limit)


def make_room(owner_key_id: int | None) -> None:
    """Drop expired analyses, then raise AnalysisQuotaExceeded if the caller is still full."""
    purge_expired()
    check_quota(owner_key_id)


def store_analysis(submission: dict, result: dict, owner_key_id: int | None) -> AnalysisRecord:
    """Store a finished analysis under a new unguessable id, within retention and quota."""
    make_room(owner_key_id)
    record = AnalysisRecord(
        id=new_analysis_id(),
        owner_key_id=owner_key_id,
        model_version=result["model_version"],
        company_name=submission["company"].get("name") or None,
        task_count=len(submission["tasks"]),
        totals=result["totals"],
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
    record.totals = result["totals"]
    record.request = _stored_submission(submission)
    record.model_version = result["model_version"]
    record.updated_at = utcnow()
    analysis_id = record.id
    try:
        # The version check: fails when another correction was stored since `record` was read.
        db.session.commit()
    except StaleDataError:
        db.session.rollback()
        raise AnalysisChanged(analysis_id) from None
    return record


def get_analysis(
    analysis_id: str, owner_key_id: int | None = None, *, for_update: bool = False
) -> AnalysisRecord:
    """The analysis with this id if the caller may see it; `for_update` locks it till commit."""
    record = db.session.get(
        AnalysisRecord,
        analysis_id,
        with_for_update=for_update or None,
        populate_existing=for_update,
    )
    if record is None or record.owner_key_id != owner_key_id:
        raise AnalysisNotFound(analysis_id)
    return record


def list_analyses(owner_key_id: int | None, page: int, per_page: int) -> tuple[list, int]:
    """The caller's analyses, newest first, one page at a time, and the total count."""
    query = (
        select(AnalysisRecord).options(load_only(*SUMMARY_COLUMNS)).where(_owned_by(owner_key_id))
    )
    total = db.session.scalar(
        select(func.count()).select_from(AnalysisRecord).where(_owned_by(owner_key_id))
    )
    rows = db.session.scalars(
        query.order_by(AnalysisRecord.created_at.desc(), AnalysisRecord.id)
        .limit(per_page)
        .offset((page - 1) * per_page)
    ).all()
    return list(rows), total


def delete_analysis(analysis_id: str, owner_key_id: int | None = None) -> None:
    """Delete one analysis and its feedback, even if a correction changed it meanwhile."""
    record = get_analysis(analysis_id, owner_key_id)
    # A plain DELETE, not the ORM's version-checked one: deleting wins over a concurrent change.
    db.session.execute(
        delete(AnalysisRecord)
        .where(AnalysisRecord.id == record.id)
        .execution_options(synchronize_session=False)
    )
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
