"""Property tests: no bundle ever breaks a constraint, and the totals always add up."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bpo.sourcing import Company, Provider, Task, partition_tasks, run_sourcing

from .oracle import plan_cost, violations

FUNCTIONS = ("finance_accounting", "payroll", "customer_service", "it", "logistics")
COUNTRIES = ("US", "DE", "AU")
WORK_MODES = (("remote",), ("on_site",), ("on_site", "remote"))
PROPERTY_SETTINGS = settings(
    max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)


@st.composite
def providers(draw) -> list[Provider]:
    count = draw(st.integers(1, 4))
    listed = []
    for j in range(count):
        work_modes = draw(st.sampled_from(WORK_MODES))
        countries = st.lists(st.sampled_from(COUNTRIES), min_size=1, unique=True)
        listed.append(
            Provider(
                id=f"p{j}",
                name=f"Provider {j}",
                country="PH",
                services={
                    f: draw(st.floats(3, 60))
                    for f in draw(st.lists(st.sampled_from(FUNCTIONS), min_size=1, unique=True))
                },
                capacity_hours_per_month=draw(st.floats(5, 300)),
                min_monthly_spend=draw(st.one_of(st.just(0.0), st.floats(0, 3000))),
                certifications=tuple(
                    draw(st.lists(st.sampled_from(("SOC2", "HIPAA")), unique=True))
                ),
                languages=("en", "es") if draw(st.booleans()) else ("en",),
                work_modes=work_modes,
                on_site_countries=tuple(draw(countries)) if "on_site" in work_modes else (),
            )
        )
    return listed


# A classifier's doubts: a runner-up label for some heads, and own work in question.
doubts = st.fixed_dictionaries(
    {},
    optional={
        "function": st.sampled_from(FUNCTIONS),
        "process": st.sampled_from(("core", "support", "long_tail")),
        "location": st.sampled_from(("remote", "on_site")),
        "own_offering": st.sampled_from(("true", "false")),
    },
)


@st.composite
def tasks(draw) -> list[Task]:
    count = draw(st.integers(0, 10))
    return [
        Task(
            index=i * 3 + 7,  # indexes need not be 0..n-1
            name=f"task {i}",
            office=draw(st.sampled_from(("front", "back"))),
            process=draw(st.sampled_from(("core", "support", "long_tail"))),
            function=draw(st.sampled_from(FUNCTIONS)),
            needs_review=draw(st.booleans()),
            hours_per_month=draw(st.one_of(st.none(), st.floats(0.5, 120))),
            hourly_cost=draw(st.one_of(st.none(), st.floats(5, 90))),
            transactions_per_month=draw(st.one_of(st.none(), st.floats(0, 5000))),
            sensitivity=draw(st.sampled_from((None, "internal", "regulated"))),
            languages=draw(st.sampled_from(((), ("en",), ("es",)))),
            strategic=draw(st.booleans()),
            location=draw(st.sampled_from(("remote", "on_site"))),
            own_offering=draw(st.booleans()),
            doubts=draw(doubts),
            overridden=draw(st.sampled_from((frozenset(), frozenset({"location"})))),
        )
        for i in range(count)
    ]


companies = st.builds(
    Company,
    vendor_management_cost=st.one_of(st.none(), st.floats(0, 800)),
    max_providers=st.one_of(st.none(), st.integers(0, 3)),
    default_hours_per_month=st.floats(1, 40),
    country=st.one_of(st.none(), st.sampled_from(COUNTRIES)),
    offering=st.sampled_from(("", "dental care")),
)


@PROPERTY_SETTINGS
@given(tasks(), providers(), companies)
def test_no_bundle_breaks_a_constraint(task_list, provider_list, company):
    result = partition_tasks(task_list, provider_list, company)
    assert result.status in ("optimal", "time_limit", "fallback")
    # Each task at most once is structural (one key per task); the rest is checked here.
    assert violations(task_list, provider_list, company, result.assignment) == []
    assert result.monthly_cost == pytest.approx(
        plan_cost(task_list, provider_list, company, result.assignment), rel=1e-9, abs=1e-6
    )
    # Never worse than keeping everything in-house, which is always allowed.
    assert result.monthly_cost <= plan_cost(task_list, provider_list, company, {}) + 1e-6


@PROPERTY_SETTINGS
@given(tasks(), providers(), companies)
def test_totals_add_up(task_list, provider_list, company):
    result = run_sourcing(task_list, provider_list, company)
    assert [o.index for o in result.decisions] == [t.index for t in task_list]
    plan = {o.index: o.provider_id for o in result.decisions if o.provider_id}
    assert violations(task_list, provider_list, company, plan) == []
    by_index = {task.index: task for task in task_list}
    for outcome in result.decisions:
        assert (outcome.provider_id is not None) == (outcome.decision == "outsource")
        assert 0 <= outcome.score <= 100
        assert outcome.reasons
        if outcome.provider_id is None:
            assert outcome.proposed_monthly_cost == outcome.current_monthly_cost
        task = by_index[outcome.index]
        # Own work stays, and no doubt about its other labels sends it to review; only a doubt
        # about own work itself, or a caller naming no alternatives, can.
        unsure_of_own_work = "own_offering" in task.open_doubts or (
            task.needs_review and not task.doubts and not task.is_overridden
        )
        if task.own_offering and not unsure_of_own_work:
            assert outcome.decision == "keep"
        if outcome.decision == "keep" and not task.strategic:
            # A kept task is never called the outsourcing candidate it is not.
            assert "outsourcing candidate" not in outcome.reasons[0].text

    bundled = [i for bundle in result.bundles for i in bundle.task_indexes]
    assert sorted(bundled) == sorted(plan)
    for bundle in result.bundles:
        members = [o for o in result.decisions if o.index in bundle.task_indexes]
        assert all(o.provider_id == bundle.provider_id for o in members)
        assert bundle.monthly_cost == pytest.approx(sum(o.proposed_monthly_cost for o in members))
        assert bundle.hours_per_month == pytest.approx(sum(o.hours_per_month for o in members))

    totals = result.totals
    management = sum(bundle.management_cost for bundle in result.bundles)
    assert totals.management_cost == pytest.approx(management)
    assert totals.providers_used == len(result.bundles)
    assert totals.current_monthly_cost == pytest.approx(
        sum(o.current_monthly_cost for o in result.decisions)
    )
    assert totals.proposed_monthly_cost == pytest.approx(
        sum(o.proposed_monthly_cost for o in result.decisions) + management
    )
    assert totals.proposed_monthly_cost == pytest.approx(
        plan_cost(task_list, provider_list, company, plan)
    )
    assert totals.monthly_savings == pytest.approx(
        totals.current_monthly_cost - totals.proposed_monthly_cost
    )
    assert totals.annual_savings == pytest.approx(12 * totals.monthly_savings)
    assert totals.monthly_savings >= -1e-6
    has_volume = any(t.transactions_per_month for t in task_list)
    assert (totals.cost_per_transaction_before is not None) == has_volume
