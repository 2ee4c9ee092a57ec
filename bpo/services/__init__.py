"""The service layer: the one path from validated input to results, for pages and API alike.

Plain functions, no request and no templates: the web and API blueprints parse, call one of
these, and present the result. `classification` labels tasks; `analysis` runs, stores and
reruns keep-or-outsource analyses (storage itself is `bpo.analysis_store`); `comparison`
copies an analysis under other company settings and compares two plans; `decisions` reruns one
with an owner's decision on a task; `alternatives` finds what kept a task from its cheapest
provider.
"""

from bpo.services.analysis import InvalidCorrection, analyse, correct_labels, create_analysis
from bpo.services.classification import (
    ServiceUnavailable,
    TaskText,
    apply_overrides,
    classify_tasks,
    require_model,
)
from bpo.services.comparison import compare_analyses, copy_analysis

__all__ = [
    "InvalidCorrection",
    "ServiceUnavailable",
    "TaskText",
    "analyse",
    "apply_overrides",
    "classify_tasks",
    "compare_analyses",
    "copy_analysis",
    "correct_labels",
    "create_analysis",
    "require_model",
]
