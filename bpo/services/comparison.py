"""Two plans side by side: copy an analysis with other company settings, and compare two analyses.

A consultant copies an analysis, changes what the company may decide (vendor management cost,
provider cap, preferred regions, ...) and compares the two: totals, providers and the tasks
whose decision or provider differs. Pages and API build on the same two functions.
"""

from bpo.analysis_store import get_analysis, store_analysis, submission_of
from bpo.catalog_store import load_catalog
from bpo.models import AnalysisRecord
from bpo.services.analysis import analyse
from classifier import TaskClassifier

# Totals that are amounts: their difference (second minus first) is worth showing.
COMPARED_TOTALS = (
    "current_monthly_cost",
    "proposed_monthly_cost",
    "monthly_savings",
    "annual_savings",
    "management_cost",
    "providers_used",
)


def copy_analysis(
    model: TaskClassifier | None,
    analysis_id: str,
    company_changes: dict,
    owner_key_id: int | None = None,
    *,
    time_limit: float,
) -> AnalysisRecord:
    """Store a new analysis of the same tasks and providers under changed company settings.

    `company_changes` holds only the validated fields to change; the rest of the company, the
    tasks (with every label the user set) and any own provider shortlist are taken over.
    Raises `AnalysisNotFound` when the caller may not see the original.
    """
    original = get_analysis(analysis_id, owner_key_id)
    submission = submission_of(original)
    submission["company"] = {**submission["company"], **company_changes}
    result = analyse(model, submission, load_catalog(), time_limit=time_limit)
    return store_analysis(submission, result, owner_key_id)


def _plan(view: dict) -> dict:
    """One side of a comparison: what identifies the plan, its totals and its providers."""
    return {
        "id": view["id"],
        "created_at": view["created_at"],
        "company": view["company"],
        "totals": view["totals"],
        "providers": [
            {
                "provider_id": bundle["provider_id"],
                "provider_name": bundle["provider_name"],
                "task_count": len(bundle["task_indexes"]),
                "hours_per_month": bundle["hours_per_month"],
                "monthly_cost": bundle["monthly_cost"],
            }
            for bundle in view["bundles"]
        ],
    }


def _task_side(task: dict | None) -> dict | None:
    if task is None:
        return None
    return {
        "decision": task["decision"],
        "provider_id": task["provider_id"],
        "provider_name": task["provider_name"],
        "proposed_monthly_cost": task["proposed_monthly_cost"],
    }


def _differing_tasks(first: list[dict], second: list[dict]) -> list[dict]:
    """Tasks paired by index whose decision or provider differs (or that only one plan has)."""
    rows = []
    for index in range(max(len(first), len(second))):
        a = first[index] if index < len(first) else None
        b = second[index] if index < len(second) else None
        changes = [
            key for key in ("decision", "provider_id") if a is None or b is None or a[key] != b[key]
        ]
        if changes:
            rows.append(
                {
                    "index": index,
                    "name": (a or b)["name"],
                    "changes": ["provider" if key == "provider_id" else key for key in changes],
                    "first": _task_side(a),
                    "second": _task_side(b),
                }
            )
    return rows


def compare_analyses(first: dict, second: dict) -> dict:
    """Compare two analyses given as `bpo.analysis_store.public_view(record)` dicts.

    Returns (amounts in the company currency, per month unless named annual):

    - `first`, `second`: per plan `id`, `created_at`, `company` (the settings it used),
      `totals` (as in an analysis) and `providers`: one entry per provider used, with
      `provider_id`, `provider_name`, `task_count`, `hours_per_month`, `monthly_cost`.
    - `totals_difference`: for each of `COMPARED_TOTALS`, second minus first (so a positive
      `annual_savings` means the second plan saves more).
    - `company_changes`: `[{"field", "first", "second"}]` for each company setting that differs.
    - `providers_only_in_first`, `providers_only_in_second`, `providers_in_both`: provider ids.
    - `same_tasks`: both plans have the same task names in the same order; tasks are paired
      by `index` either way.
    - `differing_tasks`: `[{"index", "name", "changes", "first", "second"}]` for each task whose
      decision or provider differs; `changes` lists `"decision"` and/or `"provider"`, and each
      side is `{"decision", "provider_id", "provider_name", "proposed_monthly_cost"}` (`null`
      when only the other plan has that task).
    """
    first_plan, second_plan = _plan(first), _plan(second)
    first_ids = [p["provider_id"] for p in first_plan["providers"]]
    second_ids = [p["provider_id"] for p in second_plan["providers"]]
    company_fields = sorted(set(first["company"]) | set(second["company"]))
    return {
        "first": first_plan,
        "second": second_plan,
        "totals_difference": {
            key: round(second["totals"][key] - first["totals"][key], 2) for key in COMPARED_TOTALS
        },
        "company_changes": [
            {
                "field": name,
                "first": first["company"].get(name),
                "second": second["company"].get(name),
            }
            for name in company_fields
            if first["company"].get(name) != second["company"].get(name)
        ],
        "providers_only_in_first": [i for i in first_ids if i not in second_ids],
        "providers_only_in_second": [i for i in second_ids if i not in first_ids],
        "providers_in_both": [i for i in first_ids if i in second_ids],
        "same_tasks": [t["name"] for t in first["tasks"]] == [t["name"] for t in second["tasks"]],
        "differing_tasks": _differing_tasks(first["tasks"], second["tasks"]),
    }
