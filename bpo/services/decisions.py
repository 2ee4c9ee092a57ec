"""An owner's decisions on one task of a stored analysis: keep it in-house as strategic, or
give its real hours and hourly cost; the analysis runs again, like a label correction."""

from bpo.analysis_store import get_analysis, store_recomputed, submission_of
from bpo.catalog_store import load_catalog
from bpo.models import AnalysisRecord
from bpo.services.analysis import InvalidCorrection, analyse
from classifier import TaskClassifier

# What an owner may decide about a task on the report.
DECISION_FIELDS = ("strategic", "hours_per_month", "hourly_cost")


def decide_task(
    model: TaskClassifier | None,
    analysis_id: str,
    task_index: int,
    changes: dict,
    owner_key_id: int | None = None,
    *,
    time_limit: float,
) -> AnalysisRecord:
    """Store one task's decided fields and recompute the analysis; AnalysisChanged if raced.

    `changes` holds validated values of DECISION_FIELDS; a None hours or cost goes back to the
    company default. Labels the user set stay theirs, as with corrections.
    """
    unknown = set(changes) - set(DECISION_FIELDS)
    if unknown:
        raise ValueError(f"not decision fields: {', '.join(sorted(unknown))}")
    # As with corrections: PostgreSQL locks the row, elsewhere the version check refuses a race.
    record = get_analysis(analysis_id, owner_key_id, for_update=True)
    submission = submission_of(record)
    task_count = len(submission["tasks"])
    if not 0 <= task_index < task_count:
        raise InvalidCorrection(
            "task_index", f"This analysis has {task_count} tasks (indexes from 0)."
        )
    submission["tasks"][task_index] = {**submission["tasks"][task_index], **changes}
    # Recompute before storing anything, so a failure leaves nothing half-stored.
    result = analyse(model, submission, load_catalog(), time_limit=time_limit)
    # No label feedback: these are the owner's facts and choices, not classifier labels.
    return store_recomputed(record, submission, result, [], "web")
