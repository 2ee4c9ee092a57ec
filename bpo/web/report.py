"""What the report page shows beyond the stored analysis: matrix, cost split, chart, bundles."""

import math
from collections import Counter

from bpo.sourcing.iso_codes import COUNTRY_NAMES, country_in_prose
from bpo.sourcing.vocabulary import DECISIONS
from bpo.web.display import label_name, money, money_change
from classifier import OFFICES, PROCESSES

# The chart's drawing box (SVG user units); narrow, so it stays legible on a phone.
CHART_WIDTH, CHART_HEIGHT = 380, 270
PLOT_TOP, PLOT_BOTTOM, PLOT_LEFT = 34, 224, 64
BAR_WIDTH, BAR_GAP = 104, 56


def label_matrix(tasks: list[dict]) -> list[dict]:
    """Office rows by process columns: how many tasks fall in each cell, split by decision."""
    total = len(tasks) or 1
    rows = []
    for office in OFFICES:
        cells = []
        for process in PROCESSES:
            inside = [
                t
                for t in tasks
                if t["office"]["label"] == office and t["process"]["label"] == process
            ]
            decided = Counter(task["decision"] for task in inside)
            cells.append(
                {
                    "office": office,
                    "process": process,
                    "count": len(inside),
                    "decisions": [(d, decided[d]) for d in DECISIONS if decided[d]],
                    "on_site": sum(1 for task in inside if location_of(task) == "on_site"),
                    "own_work": sum(1 for task in inside if task.get("own_offering")),
                    # 0-4: how much of the company's work sits here, for the colour's strength.
                    "level": 0 if not inside else min(4, 1 + math.floor(4 * len(inside) / total)),
                }
            )
        rows.append({"office": office, "cells": cells})
    return rows


def location_of(task: dict) -> str:
    """Where a task is done; analyses stored before the location head count as remote."""
    return (task.get("location") or {}).get("label", "remote")


def _flat_management(view: dict) -> float:
    """Per-provider cost of analyses stored before the scaled rule: a flat company setting."""
    return view["company"].get("vendor_management_cost") or 0.0


def cost_split(view: dict) -> dict:
    """The proposed monthly cost split into work kept in-house, provider charges and management."""
    totals = view["totals"]
    providers = sum(bundle["monthly_cost"] for bundle in view["bundles"])
    management = totals.get("management_cost")
    if management is None:
        management = _flat_management(view) * totals["providers_used"]
    kept = max(0.0, totals["proposed_monthly_cost"] - providers - management)
    return {"kept": kept, "providers": providers, "management": management}


def _nice_step(largest: float) -> float:
    """A round gridline step (1, 2 or 5 times a power of ten) giving about four lines."""
    if largest <= 0:
        return 1.0
    rough = largest / 4
    power = 10 ** math.floor(math.log10(rough))
    return next(power * f for f in (1, 2, 5, 10) if power * f >= rough)


def _bar(position: int, label: str, total: float, parts: list, scale: float) -> dict:
    """One stacked bar: its place on the x axis and a segment per non-zero part, bottom up."""
    x = PLOT_LEFT + BAR_GAP / 2 + position * (BAR_WIDTH + BAR_GAP)
    y = PLOT_BOTTOM
    segments = []
    for name, value, css in parts:
        height = value * scale
        y -= height
        if height > 0:
            segments.append({"name": name, "value": value, "css": css, "y": y, "height": height})
    return {
        "label": label,
        "total": total,
        "x": x,
        "center": x + BAR_WIDTH / 2,
        "top": y,
        "segments": segments,
    }


def cost_chart(view: dict) -> dict:
    """Bar geometry for cost today against cost with the plan, drawn as SVG by the template."""
    split = cost_split(view)
    today = view["totals"]["current_monthly_cost"]
    after = split["kept"] + split["providers"] + split["management"]
    step = _nice_step(max(today, after))
    top_value = step * max(1, math.ceil(max(today, after) / step))
    scale = (PLOT_BOTTOM - PLOT_TOP) / top_value
    stacks = (
        ("Today", today, [("In-house today", today, "today")]),
        (
            "With the plan",
            after,
            [
                ("Kept in-house", split["kept"], "kept"),
                ("Providers' charges", split["providers"], "providers"),
                ("Managing providers", split["management"], "management"),
            ],
        ),
    )
    gridlines = [
        {"value": step * i, "y": PLOT_BOTTOM - step * i * scale}
        for i in range(0, round(top_value / step) + 1)
    ]
    return {
        "width": CHART_WIDTH,
        "height": CHART_HEIGHT,
        "plot_left": PLOT_LEFT,
        "plot_bottom": PLOT_BOTTOM,
        "bar_width": BAR_WIDTH,
        "bars": [_bar(position, *stack, scale) for position, stack in enumerate(stacks)],
        "gridlines": gridlines,
    }


def bundle_rows(view: dict) -> list[dict]:
    """Each provider's bundle with its tasks' names and its management cost."""
    names = {task["index"]: task["name"] for task in view["tasks"]}
    flat = _flat_management(view)
    return [
        {
            **bundle,
            "tasks": [
                (index, names.get(index, f"Task {index + 1}")) for index in bundle["task_indexes"]
            ],
            "management_cost": bundle.get("management_cost", flat),
        }
        for bundle in view["bundles"]
    ]


def management_note(view: dict) -> str:
    """How managing providers was counted, in words: the engine's rule, or an old flat setting."""
    rule = view["totals"].get("management_rule")
    if rule:
        return rule["text"]
    return f"{_flat_management(view):,.0f} USD a month per provider (your setting)"


def company_profile(view: dict) -> list[tuple[str, str]]:
    """The profile the advice was read in, as (what, answer) pairs; empty answers left out."""
    company = view["company"]
    country = company.get("country")
    pairs = (
        ("Country", COUNTRY_NAMES.get(country, country) if country else ""),
        ("Kind of business", company.get("industry") or ""),
        ("What customers pay for", company.get("offering") or ""),
    )
    return [(what, answer) for what, answer in pairs if answer]


def moved_tasks(before: dict, after: dict, changed: int) -> list[str]:
    """Sentences for the other tasks a rerun gave another provider or decision."""
    names = {b["provider_id"]: b.get("provider_name") for b in before["bundles"] + after["bundles"]}
    moved = []
    for old, new in zip(before["tasks"], after["tasks"], strict=False):
        if old["index"] == changed or (
            old["provider_id"] == new["provider_id"] and old["decision"] == new["decision"]
        ):
            continue
        number = new["index"] + 1
        was = names.get(old["provider_id"]) or "in-house"
        now = names.get(new["provider_id"]) or "in-house"
        if was == now:
            moved.append(f"Task {number} (“{new['name']}”) is now: {label_name(new['decision'])}.")
        else:
            moved.append(f"Task {number} (“{new['name']}”) moved from {was} to {now}.")
    return moved


def report_context(view: dict) -> dict:
    """Everything the report template needs besides the analysis itself."""
    decided = Counter(task["decision"] for task in view["tasks"])
    country = view["company"].get("country")
    return {
        "profile": company_profile(view),
        "management_note": management_note(view),
        "country_in_prose": country_in_prose(country) if country in COUNTRY_NAMES else None,
        "own_work_count": sum(1 for task in view["tasks"] if task.get("own_offering")),
        "on_site_count": sum(1 for task in view["tasks"] if location_of(task) == "on_site"),
        "matrix": label_matrix(view["tasks"]),
        "split": cost_split(view),
        "chart": cost_chart(view),
        "bundles": bundle_rows(view),
        "decision_counts": [(d, decided[d]) for d in DECISIONS],
        "review_count": sum(1 for task in view["tasks"] if task["needs_review"]),
    }


# Totals a decision can change, with how each reads in the note (amounts are a month or a year).
_CHANGED_TOTALS = (
    ("proposed_monthly_cost", "Cost a month with the plan", True),
    ("monthly_savings", "Monthly savings", True),
    ("annual_savings", "Annual savings", True),
    ("providers_used", "Providers used", False),
)


def totals_change(before: dict, after: dict) -> list[str]:
    """What a rerun changed in the totals, one sentence each; empty when nothing changed."""
    sentences = []
    for name, what, is_money in _CHANGED_TOTALS:
        old, new = before.get(name), after.get(name)
        if old is None or new is None or round(old, 2) == round(new, 2):
            continue
        if is_money:
            sentences.append(f"{what}: {money(old)} → {money(new)} ({money_change(new - old)}).")
        else:
            sentences.append(f"{what}: {old} → {new}.")
    return sentences
