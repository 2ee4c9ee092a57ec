"""Render classifier/MODEL_CARD.md from an evaluation report and the model metadata."""

from pathlib import Path

_METHOD = """\
- **Input normalisation** (`classifier/normalise.py`): Unicode and quote folding, lower case,
  bullets stripped, shorthand expanded (A/P, A/R, PO), common misspellings fixed, British
  spellings folded to American (organise -> organize), whitespace collapsed.
- **Features** (`classifier/features.py`, `classifier/hashing.py`, `classifier/concepts.py`):
  word 1-2-grams and in-word character 3-5-grams, hashed for a whole batch at once with numpy
  into 2^18 columns each, and the WordNet concepts of each word and word pair (its first sense
  and that sense's hypernyms two levels up, from a table derived from WordNet 3.0 in
  `classifier/lexicon/`), so that a word the training data never used shares features with the
  kinds of thing it names. Each block is TF-IDF weighted with sublinear tf and L2-normalised,
  the concept block then scaled to half, and `VarianceThreshold(0)` keeps only the columns the
  training data uses. The transform runs once per batch and is shared by every estimator.
- **A line read alone** (`classifier/training.py`): L2 logistic regressions (newton-cg, no
  randomness): a 14-way softmax over `function`, a binary "ad hoc long-tail work?" and a binary
  "needs someone on site?". The function softmax's weights also carry complement naive Bayes'
  log weights (centred over the functions), so it reads a line as the product of the two: the
  regression leans on the few words that separate the written lines, naive Bayes on every
  word's share of each function, which carries over better to lines written elsewhere.
  The sum is divided by a temperature (1.5, chosen on the dev sets), which changes no line's
  function but brings its confidence down to what it earns on lines written elsewhere.
  `office` is the office of the line's function (LABELING.md ties each service line to one
  office), and its confidence the function probabilities summed over that office, which is
  under one half when most of the mass lies in the other office; `process` gives `long_tail`
  the long-tail probability q and splits the rest into `core` and `support` by the function
  probabilities. q mixes two readings of the line's log-odds, 0.3 of the general binary model's
  and 0.7 of one fitted within each service line (each training line's features in its own
  service line's block, C 10), whose fourteen answers are weighed by the line's function
  probabilities: what marks ad hoc work differs from one service line to the next. On page lines
  of forty-eight rounds it found 472 of 665 clear long-tail lines at 865 read as long-tail,
  against 460 at 991 with the general model alone, and a forty-ninth round, collected after it
  was built and kept blind, read 0.852 in process against 0.836.
- **A line read next to the company** (`classifier/company.py`): with an industry and offering,
  three more binary models read the (company, line) pair: is this the company's own work, and if
  so is it done face to face and on site. Their inputs are the line's features, how close the
  line is to the profile (cosine of word and of char TF-IDF vectors, raw and binned), the
  profile's words, whether the line's service line is the profile's (the function estimator's
  probabilities for the line and for the profile, their products and its sum: dispatching vans
  is a courier's own work, ordering parts is not a plumber's, even for kinds of business no
  written pair covers; for the lines the function estimator was fitted on, its answer comes
  from grouped folds fitted without them, since in-sample answers are near-certain), and
  hashed crosses of profile words with line words (so "dental" x
  "cleanings" is learned from written pairs). They learn from the written companies of
  `training_data/companies/`: every line with each profile variant of its company, and a
  sample of ordinary lines with random profiles as negatives. (Own lines paired with other
  sectors' profiles as negatives made it timid with kinds of business it had not seen, in
  held-out whole companies, so that setting, `mismatches`, is 0.)
  Own work is `production`, `core` (LABELING.md section 4), so each head's probabilities mix
  the line-alone answer with the own-work answer by the own-work probability. The labels
  follow the own-work call: a line called own work is production and core, any other line
  keeps its line-alone labels, each shown with its probability under the mix.
- **A line read in its list** (`classifier/list_context.py`): the service reads the tasks a
  user sends as the list they are. Where a list's adjacent lines agree on their service line
  (the mean Bhattacharyya coefficient of their function probabilities is 0.4 or more: a job
  page's duties, a checklist's steps, a company's tasks grouped by area), each line's function
  probabilities are multiplied by the mean of its two neighbours' (a tenth of it spread evenly)
  to the power 0.5, and renormalised. Office and process follow the function as above; the
  long-tail and on-site answers and the own-work models still read the line alone. A batch of
  unrelated lines is read line by line. The dev sets are scored both ways: each line alone, and
  "as lists", each page's (occupation's, company's) clear lines read together in file order.
- **Held-out parts**: 20 % of the task lines by groups of near-duplicates (lines sharing most of
  their IDF-weighted word stems), and 20 % of the written companies, whole. The published model
  is refit on everything; the held-out figures come from a model fitted without them.
- **Dev sets**: text nobody here wrote, or sets made here and kept out of training (task lines
  copied from public pages `eval/page_lines.csv`, the company lists `eval/company_lists.csv`,
  the formal process names `eval/process_names.csv` and `eval/framework_names.csv`, and process
  names copied from public frameworks and catalogs `eval/public_process_names.csv`, each
  checked by a test to share no line and no 6-word run with the training data), scored with the
  published model, never trained on; settings are compared on them and on grouped cross-validation
  (`python -m classifier.tuning`).
- **needs_review**: true when any head's confidence (and, with a company, the own-work answer's)
  is below that head's threshold (a long-tail answer needs far more than a routine one: on real
  lines it is the least reliable reading, half of the page lines read as long-tail having some
  head wrong), the four chosen together on the page lines so that the flag marks few real lines
  and many of the wrong ones. No flag read from the confidences does much better: at 20% of page
  lines flagged, each head's confidence against a threshold caught 49% to 50% of the wrong ones,
  and function or process confidence alone, their product, the function margin, the disagreement
  of the word, char and concept blocks' own answers, the share of a line's words unseen in
  training, or a long-tail temperature, 47% to 51%; the thresholds chosen last catch 51% at 19%.
  A logistic regression on each head's confidence, margin and entropy, the function answered and
  the line's length, fitted in five folds grouped by page and scored on the pages left out, caught
  55.1% where the thresholds catch 53.7% (19.7% of fifty-eight rounds flagged).
  Each prediction also carries the runner-up label of every doubtful head, so the sourcing policy
  can tell a doubt that changes the decision from one that does not; a doubt about own work
  carries the whole other reading (own work sets several labels at once). Outsourcing a company's
  own work and sending on-site work to a remote provider are the costliest mistakes, so the
  own-work and location answers have the highest doubt thresholds (listed under needs_review)."""

_WEAKNESSES = """\
- Trained only on lines this project wrote; real text with vocabulary the data lacks is read
  through the WordNet concepts of its words (only each word's most frequent sense, so a word
  used in an unusual sense is read as its usual one), or else falls back on generic words. Long
  job-description sentences that mix two jobs are the hardest, and most other misses on page
  lines are a sub-area's own terms read as another function (stores ledgers, customs papers,
  tender notices, user stories).
- `legal_compliance` is over-read: on page lines about half the lines it claims are another
  function's own audit, approval, notice or rules work (timekeeping audits, access reviews,
  contract renewals), and on O*NET it claims 90 lines for 60 labelled. Inquiries read as
  customer service even when staff, suppliers or a regulator ask. Several hundred written
  contrast lines did not move either: the weight sits on many generic words.
- O*NET labels are per occupation, not per task: a sales manager's "prepare budgets" counts as
  `sales`, so part of the gap on O*NET is label noise.
- `payroll` vs `hr`, `legal_compliance` vs `hr` (training records) and `management` vs
  `finance_accounting` (company decisions about money) are the weakest boundaries.
- Own-work detection rests on 348 written kinds of business (79 of them written in German,
  French, Spanish, Dutch, Swedish, Italian or Portuguese); an unusual business whose own work
  shares no words with its offering line is read as an ordinary company, unless the offering is
  itself a service line (bookkeeping, recruitment, deliveries, marketing). The other way round,
  a real line unlike the written companies' shorthand is sometimes read as an unrelated
  business's own work: 6.5% of the clear page lines that are not production, on average over six
  businesses (a dental practice, a bakery, a plumber, a landscaper, a garage, a hair salon), with
  3,000 ordinary lines as negatives; it was 16.3% with 250.
- Generic making verbs ("make", "operate", "maintain") still pull formal statements toward
  `production`: O*NET function accuracy fell from 0.587 to 0.577 when the shop-floor lines came in,
  and to 0.575 when the written companies grew from 186 to 348 (their ordinary lines are owners'
  shorthand and train the line-alone heads too, at half weight; at full weight 0.566).
- Without company context, office is derived from function: a customer-facing task in a
  back-office service line (calling customers about unpaid invoices) is `back` by design.
- Lines in German, French, Spanish and Dutch rest on about 155 owners' office lines and 350 to 380
  lines in the registers of job ads, procedures and policy pages each (two passes) and about 225
  more each in pairs across the service lines they confuse (a third pass), plus 600 to 960 lines of
  written companies; Portuguese on 480 lines of owners' shorthand and page registers from Portugal
  and Brazil, Italian and Swedish on about 150 page-register lines each and their owners' office
  lines, and the three on about 150 company lines. On the fifth round of company lists such lines
  agreed with the analyst less often than English ones (function 0.85 against 0.92, office 0.88
  against 0.97, with tc3-af738050396a); on the sixth, measured blind, the lines of its Dutch and
  German companies read 0.79 against 0.82 in function and 0.91 against 0.94 in office (47 and 179
  lines), on the seventh those of its German and French companies 0.88 against 0.885 in function and
  0.94 against 0.96 in office (50 and 191 lines), on the eighth those of its Austrian and Spanish
  ones 0.80 against 0.79 in function and 0.96 against 0.955 in office (50 and 198), on the ninth
  those of its Belgian and Dutch ones, in French and Dutch, 0.70 against 0.83 in function and 0.88
  against 0.94 in office (50 and 209), on the tenth those of its French, Spanish and German ones
  0.80 against 0.81 in function and 0.92 against 0.93 in office (75 and 181), on the eleventh those
  of its seven companies writing in Dutch, German, Italian, Portuguese, Spanish and French 0.69
  against 0.76 in function and 0.88 against 0.87 in office (172 and 78), on the twelfth, measured
  blind before the Portuguese, Italian and Swedish lines came in, those of its eight companies
  writing in those three 0.62 against 0.78 in function and 0.87 against 0.92 in office (208 and 51;
  0.63 and 0.87 with the lines); on the sixteenth, all in French, Spanish, German and Dutch and
  measured blind before the second pass came in, 0.65 in function and 0.86 in office (0.67 and 0.86
  with it); on the sixty-sixth round of page lines, measured blind before the third pass came in,
  its 146 clear lines in those four languages 0.843 / 0.760 / 0.664 (0.849 / 0.774 / 0.685 with it).
  The clear page lines in German, French, Spanish and Dutch (831 by a count of common words, most of
  them from the forty-fifth round on) read 0.908 / 0.832 / 0.739 against 0.937 / 0.851 / 0.814 in
  English, and 42% of them are flagged for review (17.1% of the English); the fifty-first round's
  102 in Portuguese, Italian and Swedish 0.951 / 0.902 / 0.716 (0.961 / 0.863 / 0.569 blind, before
  their lines came in), 48% flagged; the fifty-seventh's 102, blind, 0.882 / 0.706 / 0.588, and
  0.873 / 0.726 / 0.618 once the domain-word lines in those languages came in, 58% flagged. Every
  other language reads as noise and mostly comes back with low confidence (flagged for review).
- A one-off project written as one bullet per step is read step by step: steps that carry a marker
  ("the new location", "moving day", "the requesting employee", "if denied") read as long-tail, a
  step without one ("label the boxes", "notify the landlord") reads as routine. Long-tail recall on
  page lines (`eval/page_lines.csv`) is 0.66 (611 of 925 clear lines), at precision 0.45 (611 of
  1,345 read as long-tail); the long-tail weight and regularisation move both along the same curve.
  Lines of the seed's own long-tail kinds as pages write them (pool cars and vans, job requisitions,
  office moves and internal events told step by step) took it on 26 rounds from 0.67 (250 found, 431
  read as long-tail) to 0.70 (262, 448); the twenty-sixth round, kept blind, 7 of 10 long-tail lines
  found against 6, the twenty-seventh to sixty-sixth, kept blind, 9 of 11, 10 of 20, 8 of 9, 9 of
  16, 7 of 8, 5 of 7, 3 of 4, 12 of 15, 4 of 10, 5 of 9, 6 of 11, 9 of 10, 6 of 6, 10 of 10, 7 of
  17, 29 of 35, 40 of 52, 8 of 13, 2 of 4, 5 of 14, 8 of 9, 6 of 7, 4 of 13, 3 of 3, 1 of 4, 8 of
  17, 7 of 9, 4 of 14, 2 of 3, 2 of 12, 12 of 18, 15 of 22, 6 of 15, 14 of 16, 16 of 23, 11 of 20,
  10 of 15 and 31 of 49 (the forty-first and fifty-eighth have no clear long-tail line). A step
  whose only marker is its page still reads as routine, and a page's other steps do not help:
  raising a line's long-tail chance where its neighbours read as long-tail found up to 20 more on
  page lines at the precision it already had and cost the company lists precision; weighing it with
  its whole list's reading changed nothing on page lines.
- A checklist step whose function only its page shows (a newsletter's "check each link", a patch
  runbook's "execute the update script") is read from its own words. On the fifth to sixteenth
  rounds of page lines (1,540 clear lines, many from checklists, runbooks, handbooks and policy
  pages) function accuracy is 0.72 to 0.90, against 0.86 on the first two rounds; the fourteenth to
  sixteenth, kept blind until naive Bayes came into the function estimator, 0.83, 0.84 and 0.78 with
  it (0.78, 0.77 and 0.76 without); the seventeenth to nineteenth, half job pages and half
  checklists and procedures, kept blind until the temperature, 0.85 each; the twentieth, kept blind
  until the third breadth pass of hand-written lines, 0.82 with it and without (its job pages 0.91,
  its checklists and procedures 0.72); the twenty-first, collected after that pass, 0.85 with it and
  0.83 without; the twenty-second 0.81 (its job pages 0.84, its checklists and procedures 0.76); the
  twenty-third and twenty-fourth, kept blind until the fourth pass, 0.85 and 0.82 with it, 0.86 and
  0.82 without (with it, their job pages 0.87 and 0.85, their checklists and procedures 0.83 and
  0.79). A second reading of the eleventh and twelfth agreed with their labels on every line both
  readings call clear, and two readers shown 160 of the thirty-one rounds' function misses, with
  the label and the model's answer unnamed, both chose the label for 132 and the model's answer
  for 2 (`eval/function_errors_read_again.csv`), so the misses are the model's, not the labels'.
  More written lines no longer
  lift function: that pass (1,100 lines in the registers real pages use, for every function) left
  the twenty rounds at 0.835, as did weighting written lines above composed ones, and the fourth
  (1,000 near-pairs at the boundaries the rounds confuse most) moved the twenty-four rounds from
  0.834 to 0.836; averaging estimators fitted on separate feature blocks, or adding the nearest
  training lines' votes, gained half a point at most, and a block of content-word pairs too little
  for its size. Read under the heading it sits under in its list (a text box heading, a CSV
  `section` column, the API's `section`), such a step gains most of what it lacks: on
  `eval/section_lines.csv` function rises from 0.78 alone to 0.88. Read in its list, next to
  steps that share their service line, it gains about as much without a heading: page lines read
  as lists score 0.88 in function against 0.84 line by line, and the twenty-fifth round, kept
  blind until the list's settings were chosen, 0.95 against 0.87. A step among lines of other
  service lines, or in a list in no order, is still read from its own words alone.
- Where a list has little ad hoc work, long-tail is over-read: on the third round of page lines
  (143 clear lines of ordinary job ads and checklists, 8 long-tail) 3 of the 9 lines read as
  long-tail were long-tail. Two of the other six were offboarding steps (a leaver's departure
  date, access revoked on the last day), which the pages' labels call routine HR and IT support;
  two were routine duties ending in "as needed" or "if needed", which the training data uses as
  a long-tail marker.
- A step of a routine process that mentions an approval reads as long-tail: on the fourth round
  of page lines (167 clear lines) 13 of the 25 lines read as long-tail were routine work, 6 of
  them such steps ("get final payroll approval from the owner", "post vendor bills to be
  approved", "toggle to approved when hours are confirmed"), which the pages' labels call part
  of the routine process. Handling escalated complaints is core customer service in the
  training data, as the pages label it; the reading of approvals was left as it is, because
  LABELING.md names manual approvals as long-tail work. Two readers shown 160 of the first fifty
  rounds' 665 clear lines where the model and the label disagree on long-tail, with both
  answers unnamed, chose the label for 120 and the model's answer for 3
  (`eval/process_errors_read_again.csv`): such steps are the model's misreadings, not the
  labels'."""


def _table(header: list[str], rows: list[list]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def _head_table(section: dict) -> str:
    rows = []
    for head, s in section["heads"].items():
        if "macro_f1" in s:
            rows.append([head, f"{s['accuracy']:.3f}", f"{s['macro_f1']:.3f}", f"{s['ece']:.3f}"])
        else:
            rows.append([head, f"{s['accuracy']:.3f}", f"F1 {s['f1']:.3f}", "-"])
    long_tail = section["long_tail"]
    rows.append(
        [
            "long-tail (process)",
            f"recall {long_tail['recall']:.3f}",
            f"precision {long_tail['precision']:.3f}",
            "-",
        ]
    )
    return f"{section['rows']} lines.\n\n" + _table(["head", "accuracy", "macro-F1", "ECE"], rows)


def _style_table(section: dict) -> str:
    rows = []
    for style, heads in section["by_style"].items():
        cells = [f"{heads[h]['accuracy']:.3f} / {heads[h]['macro_f1']:.3f}" for h in heads]
        rows.append([style, next(iter(heads.values()))["n"], *cells])
    names = next(iter(section["by_style"].values()), {})
    return _table(["style", "n", *[f"{h} acc / macro-F1" for h in names]], rows)


def _confusions(section: dict) -> str:
    parts = []
    for head, scores in section["heads"].items():
        if "confusion" not in scores:
            continue
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
        if "reliability" not in scores:
            continue
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


_DEV_TITLES = {
    "real_dev": "Real task lines from public pages (clear lines; evaluation only)",
    "page_lines": "Task lines from public pages collected here (clear lines; evaluation only)",
    "section_lines": "Task lines from public pages, read under their headings (evaluation only)",
    "onet_dev": "O*NET task statements (labels per occupation; evaluation only)",
    "company_lists": "Company task lists written for evaluation, kept out of training",
    "process_names": "Formal process names written for evaluation, kept out of training",
    "framework_names": "Framework-style process names written blind (clear names; evaluation only)",
}


def render_model_card(report: dict, metadata: dict) -> str:
    """Markdown text of the model card."""
    data, held = report["data"], report.get("holdout")
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
        f"- Training data `training_data/{data['file']}` ({n} lines) and "
        f"`training_data/company_tasks.csv` ({data['company_rows']} lines of "
        f"{data['companies']} written companies), sha256 `{data['sha256']}`"
        + ("" if data["matches_model"] else " (**differs from the model's training data**)"),
        f"- Training time {metadata.get('train_seconds', '?')} s; settings "
        f"`{metadata.get('config')}`",
        "",
        "## Data",
        "",
        "Written by this project (see `training_data/README.md`): composed from hand-written "
        "vocabularies plus hand-written whole lines, in three styles, and written companies "
        "with their own work and ordinary work.",
        "",
        _table(["function", "lines"], sorted(data["functions"].items())),
        "",
        f"Process: {shares(data['processes'])}. Office: {shares(data['offices'])}. "
        f"Location: {shares(data['locations'])}. Style: {shares(data['styles'])}.",
        "",
        "## Method",
        "",
        _METHOD,
        "",
        "## Summary: accuracy per head, long-tail recall, review flag",
        "",
        _summary(report["datasets"]),
    ]
    if held:
        out += [
            "",
            "## Held-out task lines (read alone)",
            "",
            f"Model fitted on {held['train_rows']} lines.",
            "",
            _head_table(held),
            "",
            _style_table(held),
            "",
            "## Held-out written companies (read with their profile)",
            "",
            _head_table(report["holdout_companies"]),
        ]
    for name, section in report["dev"].items():
        out += ["", f"## {_DEV_TITLES.get(name, name)}", "", _head_table(section)]
    for name, section in report.get("dev_lists", {}).items():
        title = f"{_DEV_TITLES.get(name, name)}, read as lists"
        out += ["", f"## {title}", "", _head_table(section)]
    thresholds = ", ".join(f"{h} {t:.2f}" for h, t in report["review_thresholds"].items())
    doubts = ", ".join(f"{h} {t:.2f}" for h, t in metadata.get("doubt_thresholds", {}).items())
    out += ["", "## needs_review", "", f"Thresholds: {thresholds}.", ""]
    if doubts:
        out += [f"Doubt thresholds (runner-up weighed by the policy): {doubts}.", ""]
    if held:
        out.append(_review_line("Held-out lines", held["review"]))
        out.append(_review_line("Held-out companies", report["holdout_companies"]["review"]))
    for name, section in report["dev"].items():
        out.append(_review_line(name, section["review"]))
    for name, section in report.get("dev_lists", {}).items():
        out.append(_review_line(f"{name} as lists", section["review"]))
    scored = [*([("held-out", held)] if held else []), *report["dev"].items()]
    for name, section in scored:
        out += ["", f"## Reliability ({name})", "", _reliability(section)]
    for name, section in scored:
        out += ["", f"## Confusion ({name})", "", _confusions(section)]
    out += ["", "## Known weaknesses", "", _WEAKNESSES, ""]
    return "\n".join(out)


def _summary(datasets: dict) -> str:
    columns = ["office", "process", "function", "location", "own_offering"]
    rows = []
    for name, figures in datasets.items():
        cells = [f"{figures[c]:.3f}" if c in figures else "-" for c in columns]
        rows.append(
            [
                name,
                *cells,
                f"{figures['long_tail_recall']:.2f}",
                f"{figures['flagged']:.1%}",
                f"{figures['errors_caught']:.1%}",
            ]
        )
    header = ["data", *columns, "long-tail recall", "flagged", "wrong lines flagged"]
    return _table(header, rows)


def write_model_card(report: dict, metadata: dict, path: Path) -> None:
    """Write the model card markdown to path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_model_card(report, metadata), encoding="utf-8")
