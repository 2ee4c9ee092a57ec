"""What the report page shows beyond the stored analysis: matrix, cost split, chart, bundles."""

import math
from collections import Counter

from bpo.sourcing.vocabulary import DECISIONS
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
                    # 0-4: how much of the company's work sits here, for the colour's strength.
                    "level": 0 if not inside else min(4, 1 + math.floor(4 * len(inside) / total)),
                }
            )
        rows.append({"office": office, "cells": cells})
    return rows


def cost_split(view: dict) -> dict:
    """The proposed monthly cost split into work kept in-house, provider charges and management."""
    totals = view["totals"]
    providers = sum(bundle["monthly_cost"] for bundle in view["bundles"])
    management = view["company"]["vendor_management_cost"] * totals["providers_used"]
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
    management = view["company"]["vendor_management_cost"]
    return [
        {
            **bundle,
            "tasks": [
                (index, names.get(index, f"Task {index + 1}")) for index in bundle["task_indexes"]
            ],
            "management_cost": management,
        }
        for bundle in view["bundles"]
    ]


def report_context(view: dict) -> dict:
    """Everything the report template needs besides the analysis itself."""
    decided = Counter(task["decision"] for task in view["tasks"])
    return {
        "matrix": label_matrix(view["tasks"]),
        "split": cost_split(view),
        "chart": cost_chart(view),
        "bundles": bundle_rows(view),
        "decision_counts": [(d, decided[d]) for d in DECISIONS],
        "review_count": sum(1 for task in view["tasks"] if task["needs_review"]),
    }
