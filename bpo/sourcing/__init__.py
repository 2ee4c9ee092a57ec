"""The sourcing domain engine: what to keep, what to outsource, and to which provider.

Pure Python (no Flask): policy, cost model, matching, partitioning and the provider catalog.
"""

from bpo.sourcing.catalog import (
    CatalogImport,
    ProviderSchema,
    RejectedRow,
    dump_catalog_csv,
    dump_catalog_json,
    load_sample_providers,
    parse_catalog_csv,
    parse_catalog_json,
    read_catalog,
    validate_providers,
    write_catalog,
)
from bpo.sourcing.costs import (
    ManagementRule,
    cost_per_transaction,
    in_house_cost,
    management_rule,
    provider_cost,
    task_hours,
)
from bpo.sourcing.domain import Company, Provider, Reason, Task
from bpo.sourcing.engine import run_sourcing
from bpo.sourcing.matching import can_take, eligible_providers, no_match_reason
from bpo.sourcing.partition import DEFAULT_SOLVER_TIME_LIMIT, Partition, partition_tasks
from bpo.sourcing.policy import Decision, decide_sourcing
from bpo.sourcing.results import Bundle, SourcingResult, TaskOutcome, Totals

__all__ = [
    "DEFAULT_SOLVER_TIME_LIMIT",
    "Bundle",
    "CatalogImport",
    "Company",
    "Decision",
    "ManagementRule",
    "Partition",
    "Provider",
    "ProviderSchema",
    "Reason",
    "RejectedRow",
    "SourcingResult",
    "Task",
    "TaskOutcome",
    "Totals",
    "can_take",
    "cost_per_transaction",
    "decide_sourcing",
    "dump_catalog_csv",
    "dump_catalog_json",
    "eligible_providers",
    "in_house_cost",
    "load_sample_providers",
    "management_rule",
    "no_match_reason",
    "parse_catalog_csv",
    "parse_catalog_json",
    "partition_tasks",
    "provider_cost",
    "read_catalog",
    "run_sourcing",
    "task_hours",
    "validate_providers",
    "write_catalog",
]
