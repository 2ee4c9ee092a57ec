"""Feasible assignments without branch and bound: greedy by savings, and rounding an LP answer."""

import numpy as np

from bpo.sourcing.assignment import TOLERANCE, AssignmentProblem
from bpo.sourcing.deadline import Deadline


def solve_greedy(problem: AssignmentProblem, deadline: Deadline | None = None) -> np.ndarray:
    """A feasible, usually good answer: best savings first, then close providers that don't pay.

    Past the deadline it stops improving and returns the feasible answer it has (noting the
    cut in `deadline`); the repair that makes an answer feasible is one quick round then.
    """
    deadline = deadline or Deadline()
    start = _fill(problem, np.ones(len(problem.capacity), dtype=bool))
    z, open_mask = _settle(problem, start, deadline=deadline)
    # Drop pass: closing a provider that pays its way can still free tasks for cheaper ones.
    improved = True
    while improved:
        improved = False
        best_cost = problem.total_cost(z)
        for provider in np.flatnonzero(problem.providers_used(z)):
            if deadline.expired():
                deadline.note("greedy improvement")
                return z
            trial_mask = open_mask.copy()
            trial_mask[provider] = False
            trial, trial_mask = _settle(problem, _fill(problem, trial_mask), trial_mask, deadline)
            if problem.total_cost(trial) < best_cost - TOLERANCE:
                z, open_mask, improved = trial, trial_mask, True
                break
    return z


def round_lp(
    problem: AssignmentProblem,
    z_lp: np.ndarray,
    y_lp: np.ndarray,
    deadline: Deadline | None = None,
) -> np.ndarray:
    """Round an LP solution down, top it up to capacity and minimums, repair: a feasible answer."""
    z = np.minimum(np.floor(z_lp + TOLERANCE), problem.count[problem.pair_class])
    z = np.maximum(z, 0.0)
    # A provider the LP half-opens has every task floored away; keep it open for the refill.
    open_mask = problem.providers_used(z) | (y_lp > TOLERANCE)
    z = _fill(problem, open_mask, z)
    z = _meet_minimums(problem, z, open_mask)
    z, open_mask = _settle(problem, z, open_mask, deadline)
    return _make_room(problem, z, open_mask)


def _make_room(problem: AssignmentProblem, z: np.ndarray, open_mask: np.ndarray, attempts=200):
    """Place tasks left at home by moving out lower-value work that frees enough hours.

    Rounding an LP answer leaves a sliver of room at each full provider and sends home the
    task the LP had split; swapping it for smaller, less valuable tasks recovers most of that.
    """
    z = z.copy()
    saving, hours, cost = problem.saving, problem.hours, problem.pair_cost
    left = problem.count - np.bincount(problem.pair_class, z, len(problem.count))
    room = problem.capacity - problem.per_provider(z * hours[problem.pair_class])
    spend = problem.per_provider(z * cost)
    density = saving / hours[problem.pair_class]
    waiting = [pair for pair in problem.by_saving() if saving[pair] > 0]
    waiting = [pair for pair in waiting if left[problem.pair_class[pair]] >= 1]
    for pair in waiting[:attempts]:
        k, p = problem.pair_class[pair], problem.pair_provider[pair]
        if left[k] < 1 or not open_mask[p]:
            continue
        need = hours[k] - room[p]
        ejected, freed, lost, lost_spend = [], 0.0, 0.0, 0.0
        if need > TOLERANCE:
            mine = np.flatnonzero((problem.pair_provider == p) & (z >= 1))
            for other in mine[np.argsort(density[mine], kind="stable")].tolist():
                units = min(z[other], np.ceil((need - freed) / hours[problem.pair_class[other]]))
                ejected.append((other, units))
                freed += units * hours[problem.pair_class[other]]
                lost += units * saving[other]
                lost_spend += units * cost[other]
                if freed >= need - TOLERANCE:
                    break
            if freed < need - TOLERANCE:
                continue
        new_spend = spend[p] + cost[pair] - lost_spend
        if saving[pair] <= lost + TOLERANCE or new_spend < problem.min_spend[p] - TOLERANCE:
            continue
        for other, units in ejected:
            z[other] -= units
            left[problem.pair_class[other]] += units
        z[pair] += 1
        left[k] -= 1
        room[p] += freed - hours[k]
        spend[p] = new_spend
    # Ejected tasks may still fit elsewhere.
    return _fill(problem, open_mask, z)


def _meet_minimums(problem: AssignmentProblem, z: np.ndarray, open_mask: np.ndarray):
    """Lift providers below their minimum spend with the cheapest moves: from in-house or from
    another provider that stays above its own minimum."""
    z = z.copy()
    spend = problem.per_provider(z * problem.pair_cost)
    short = np.flatnonzero(open_mask & (spend < problem.min_spend - TOLERANCE))
    if not len(short):
        return z
    left = problem.count - np.bincount(problem.pair_class, z, len(problem.count))
    room = problem.capacity - problem.per_provider(z * problem.hours[problem.pair_class])
    pairs_of_class: dict[int, list[int]] = {}
    for pair, k in enumerate(problem.pair_class.tolist()):
        pairs_of_class.setdefault(k, []).append(pair)
    # Moves are ranked by what they change in the total (savings carry the management share);
    # minimums are on the provider's charge alone.
    cost, hours, minimum = problem.pair_cost, problem.hours, problem.min_spend
    saving = problem.saving
    for provider in short.tolist():
        mine = np.flatnonzero(problem.pair_provider == provider).tolist()
        while spend[provider] < minimum[provider] - TOLERANCE:
            moves = []  # (cost change, pair to add to, pair to take from or -1 for in-house)
            for pair in mine:
                k = problem.pair_class[pair]
                if hours[k] > room[provider] + TOLERANCE:
                    continue
                if left[k] >= 1:
                    moves.append((-saving[pair], pair, -1))
                for other in pairs_of_class[k]:
                    source = problem.pair_provider[other]
                    if (
                        source != provider
                        and z[other] >= 1
                        and (spend[source] - cost[other] >= minimum[source] - TOLERANCE)
                    ):
                        moves.append((saving[other] - saving[pair], pair, other))
            if not moves:
                break
            _, pair, other = min(moves)
            k = problem.pair_class[pair]
            z[pair] += 1
            room[provider] -= hours[k]
            spend[provider] += cost[pair]
            if other < 0:
                left[k] -= 1
            else:
                z[other] -= 1
                source = problem.pair_provider[other]
                room[source] += hours[k]
                spend[source] -= cost[other]
    return z


def _settle(
    problem: AssignmentProblem,
    z: np.ndarray,
    open_mask: np.ndarray | None = None,
    deadline: Deadline | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Close, one at a time, used providers that break a rule or do not pay, refilling the rest."""
    open_mask = problem.providers_used(z) if open_mask is None else open_mask.copy()
    z = _fill(problem, open_mask, z)
    while (worst := _worst_provider(problem, z, open_mask)) is not None:
        if deadline is not None and deadline.expired():
            deadline.note("greedy repair")
            return _settle_at_once(problem, z, open_mask)
        open_mask[worst] = False
        z = z * (problem.pair_provider != worst)
        z = _fill(problem, open_mask, z)
    return z, open_mask


def _settle_at_once(
    problem: AssignmentProblem, z: np.ndarray, open_mask: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """A feasible answer in one round: close every provider that breaks a rule or does not pay.

    The rest are refilled without opening any other, so they only gain work: their minimums
    stay met, their net saving only grows and the number of providers used cannot rise.
    """
    spend = problem.per_provider(z * problem.pair_cost)
    net = problem.per_provider(z * problem.saving) - problem.management_cost
    used = problem.providers_used(z) & open_mask
    closing = used & ((spend < problem.min_spend - TOLERANCE) | (net <= 0))
    keep = used & ~closing
    if problem.max_providers is not None and keep.sum() > problem.max_providers:
        kept = np.flatnonzero(keep)
        keep[kept[np.argsort(-net[kept], kind="stable")[problem.max_providers :]]] = False
    z = z * keep[problem.pair_provider]
    return _fill(problem, keep, z), keep


def _fill(problem: AssignmentProblem, open_mask: np.ndarray, z: np.ndarray | None = None):
    """Add tasks to open providers, most saving first, while tasks and capacity last."""
    z = np.zeros(len(problem.pair_cost)) if z is None else z.copy()
    # Plain lists: this loop runs per pair, where numpy scalar access would dominate.
    left = (problem.count - np.bincount(problem.pair_class, z, len(problem.count))).tolist()
    used_hours = problem.per_provider(z * problem.hours[problem.pair_class])
    room = np.where(open_mask, problem.capacity - used_hours, 0.0).tolist()
    hours = problem.hours.tolist()
    saving = problem.saving.tolist()
    classes, providers = problem.pair_class.tolist(), problem.pair_provider.tolist()
    for pair in problem.by_saving():
        if saving[pair] <= 0:
            break
        k, p = classes[pair], providers[pair]
        take = min(left[k], (room[p] + TOLERANCE) // hours[k])
        if take > 0:
            z[pair] += take
            left[k] -= take
            room[p] -= take * hours[k]
    return z


def _worst_provider(problem: AssignmentProblem, z: np.ndarray, open_mask: np.ndarray):
    """The used provider to close next, or None when all used ones are valid and pay their way."""
    spend = problem.per_provider(z * problem.pair_cost)
    net = problem.per_provider(z * problem.saving) - problem.management_cost
    used = problem.providers_used(z) & open_mask
    breaks_minimum = used & (spend < problem.min_spend - TOLERANCE)
    if breaks_minimum.any():
        return int(np.flatnonzero(breaks_minimum)[np.argmin(net[breaks_minimum])])
    losing = used & (net <= 0)
    over_cap = problem.max_providers is not None and used.sum() > problem.max_providers
    if losing.any() or over_cap:
        candidates = np.flatnonzero(used)
        return int(candidates[np.argmin(net[candidates])])
    return None
