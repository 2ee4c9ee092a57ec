"""Render classifier/MODEL_CARD.md from an evaluation report and the model metadata."""

from pathlib import Path

from classifier.labels import HEADS

_METHOD = """\
- **Input normalisation** (`classifier/normalise.py`): Unicode and quote folding, lower case,
  bullets stripped, shorthand expanded (A/P, A/R, PO), common misspellings fixed, British
  spellings folded to American (organise -> organize), whitespace collapsed.
- **Features** (`classifier/features.py`, `classifier/hashing.py`): word 1-2-grams and in-word
  character 3-5-grams (scikit-learn's `char_wb` n-grams), hashed for a whole batch at once with
  numpy into 2^18 columns each, each block TF-IDF weighted with sublinear tf and L2-normalised,
  then `VarianceThreshold(0)` keeps only the columns the training data uses. Hashing keeps the
  persisted model free of a large vocabulary dict (fast skops load, only stock scikit-learn
  types in the file); the transform runs once per batch and is shared by all heads.
- **Estimators** (`classifier/training.py`): two L2 logistic regressions (newton-cg, no
  randomness): a 14-way softmax over `function`, and a binary "is this ad hoc long-tail work?"
  model.
- **Heads** (`classifier/heads.py`): `function` is the softmax; `office` sums the function
  probabilities per office (LABELING.md ties each service line to one office); `process` gives
  `long_tail` the binary model's probability q and splits the rest, (1 - q), into `core` and
  `support` by the function probabilities. Labels are therefore consistent across heads, and
  each head's confidence is a probability. Grouped cross-validation and O*NET showed this
  beats three independent heads (see `python -m classifier.tuning`).
- **Held-out split**: 20 % of the training lines, chosen by groups of near-duplicates (lines
  sharing most of their IDF-weighted word stems, i.e. generated from the same template and
  object), so no template family is on both sides. The published model is refit on all lines;
  the held-out figures come from a model fitted without the held-out groups.
- **Model selection** (`python -m classifier.tuning`): grouped 4-fold cross-validation on the
  training data (the same near-duplicate groups), scoring macro-F1 and calibration error per
  head, with O*NET dev as a check: C of each estimator, char n-gram range, and factorised versus
  three independent heads. Chosen: C = 100 (function) and 30 (long-tail), char 3-5-grams,
  factorised heads.
- **Calibration**: reported confidence is the head's predicted probability; the reliability
  tables below compare mean confidence with accuracy per confidence bin (ECE = weighted gap).
- **needs_review**: true when any head's confidence is below the threshold. The threshold is
  the lowest value (grid 0.30-0.95) whose flag catches at least 80 % of the held-out lines that
  have any head wrong."""

_WEAKNESSES = """\
- Trained only on lines this project wrote (templates plus hand-written lines); real text with
  vocabulary the data lacks falls back on generic words. Check `needs_review` lines.
- O*NET labels are per occupation, not per task: a sales manager's "prepare budgets" counts as
  `sales`. An expert reading each line alone scores 0.885 / 0.80 / 0.63 there; the gap to 1.0
  is mostly label noise.
- Supervisory and clerical duties inside another department (a production supervisor hiring
  staff, a receptionist sorting mail) are labelled by what the task is (hr, admin) per
  LABELING.md, which disagrees with occupation-level labels.
- `payroll` vs `hr` is the weakest boundary for compensation and job-evaluation work;
  `logistics` supervision and `customer_service` clerical work are next.
- O*NET has no long-tail lines, so long-tail quality rests on the held-out split alone.
- Office is derived from function; a customer-facing task in a back-office service line (for
  example calling customers about unpaid invoices) is `back` by design."""


def _table(header: list[str], rows: list[list]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def _head_table(section: dict) -> str:
    rows = [
        [head, f"{s['accuracy']:.3f}", f"{s['macro_f1']:.3f}", f"{s['ece']:.3f}", s["n"]]
        for head, s in section["heads"].items()
    ]
    return _table(["head", "accuracy", "macro-F1", "ECE", "n"], rows)


def _style_table(section: dict) -> str:
    rows = []
    for style, heads in section["by_style"].items():
        cells = [f"{heads[h]['accuracy']:.3f} / {heads[h]['macro_f1']:.3f}" for h in HEADS]
        rows.append([style, heads[HEADS[0]]["n"], *cells])
    return _table(["style", "n", *[f"{h} acc / macro-F1" for h in HEADS]], rows)


def _confusions(section: dict) -> str:
    parts = []
    for head, scores in section["heads"].items():
        labels = scores["confusion"]["labels"]
        short = [label[:6] for label in labels]
        rows = [
            [label, *row] for label, row in zip(labels, scores["confusion"]["matrix"], strict=True)
        ]
        parts.append(
            f"**{head}** (rows: truth, columns: predicted)\n\n"
            + _table(["truth \\ predicted", *short], rows)
        )
    return "\n\n".join(parts)


def _reliability(section: dict) -> str:
    parts = []
    for head, scores in section["heads"].items():
        rows = [[b["bin"], b["n"], b["confidence"], b["accuracy"]] for b in scores["reliability"]]
        parts.append(
            f"**{head}**\n\n" + _table(["confidence", "n", "mean conf.", "accuracy"], rows)
        )
    return "\n\n".join(parts)


def _review_line(name: str, review: dict) -> str:
    return (
        f"- {name}: flags {review['flag_rate']:.1%} of lines and catches "
        f"{review['errors_caught']:.1%} of the lines with any head wrong; error rate of "
        f"unflagged lines {review['error_rate_unflagged']:.1%}."
    )


def render_model_card(report: dict, metadata: dict) -> str:
    """Markdown text of the model card."""
    data, held, onet = report["data"], report["holdout"], report["onet"]
    n = data["rows"]

    def shares(counts: dict) -> str:
        """Label shares of all lines, e.g. 'back 72.0%, front 28.0%'."""
        return ", ".join(f"{label} {count / n:.1%}" for label, count in sorted(counts.items()))

    libs = ", ".join(f"{k} {v}" for k, v in metadata.get("libraries", {}).items())
    out = [
        "# Task classifier: model card",
        "",
        "Generated by `classifier.evaluate_model`; do not edit by hand.",
        "",
        f"- Version `{metadata.get('version')}`, created {metadata.get('created')}",
        f"- Libraries: {libs}",
        f"- Training data `training_data/{data['file']}`: {n} lines, sha256 `{data['sha256']}`"
        + ("" if data["matches_model"] else " (**differs from the model's training data**)"),
        f"- Training time {metadata.get('train_seconds', '?')} s; settings "
        f"`{metadata.get('config')}`",
        "",
        "## Data",
        "",
        "Written by this project (see `training_data/README.md`): composed from hand-written "
        "vocabularies plus hand-written whole lines, in three styles.",
        "",
        _table(["function", "lines"], sorted(data["functions"].items())),
        "",
        f"Process: {shares(data['processes'])}. Office: {shares(data['offices'])}. "
        f"Style: {shares(data['styles'])}.",
        "",
        "## Method",
        "",
        _METHOD,
        "",
        "## Held-out split of the training data",
        "",
        f"{held['rows']} held-out lines, model fitted on {held['train_rows']}.",
        "",
        _head_table(held),
        "",
        _style_table(held),
    ]
    if onet:
        out += [
            "",
            "## O*NET dev (evaluation only, never trained on)",
            "",
            f"{onet['rows']} task statements from 58 occupations, labels per occupation.",
            "",
            _head_table(onet),
        ]
    out += [
        "",
        "## needs_review",
        "",
        f"Threshold {report['review_threshold']:.2f}.",
        "",
        _review_line("Held-out", held["review"]),
    ]
    if onet:
        out.append(_review_line("O*NET dev", onet["review"]))
    out += ["", "## Reliability (held-out)", "", _reliability(held)]
    if onet:
        out += ["", "## Reliability (O*NET dev)", "", _reliability(onet)]
    out += ["", "## Confusion (held-out)", "", _confusions(held)]
    if onet:
        out += ["", "## Confusion (O*NET dev)", "", _confusions(onet)]
    out += ["", "## Known weaknesses", "", _WEAKNESSES, ""]
    return "\n".join(out)


def write_model_card(report: dict, metadata: dict, path: Path) -> None:
    """Write the model card markdown to path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_model_card(report, metadata), encoding="utf-8")
