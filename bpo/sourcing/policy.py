"""The sourcing policy: keep, outsource or review one task, with a 0-100 score and reasons."""

from dataclasses import dataclass

from bpo.sourcing.domain import Company, Reason, Task
from bpo.sourcing.vocabulary import FUNCTION_NAMES

# From this many transactions a month, sales work is transactional volume (order taking,
# renewals) that BPO providers run as a service, not relationship selling.
HIGH_VOLUME_SALES = 500
STAYS_IN_HOUSE = ("management", "product_development")
# Sensitive data narrows the field to certified providers, so it lowers the score a little.
SENSITIVITY_PENALTY = {"confidential": 5, "regulated": 10}
# Rules that let a task out; their text is "<what>: <why it suits outsourcing>".
OUTSOURCE_CODES = (
    "third_party_logistics",
    "support_process",
    "transactional_customer_service",
    "high_volume_sales",
)
PROCESS_NAMES = {"core": "core", "support": "support", "long_tail": "long-tail"}
LOCATION_NAMES = {"remote": "remotely", "on_site": "on site"}
# First words that make an offering a sentence about the company, not a name of what it sells.
SENTENCE_STARTS = frozenset({"we", "i", "our", "my", "you", "they", "it's", "we're", "i'm"})


@dataclass(frozen=True)
class Decision:
    """The policy's verdict on one task before costs and providers are considered."""

    decision: str
    score: int
    reasons: tuple[Reason, ...]

    def to_dict(self) -> dict:
        """The decision as a plain dict."""
        return {
            "decision": self.decision,
            "score": self.score,
            "reasons": [reason.to_dict() for reason in self.reasons],
        }


def decide_sourcing(task: Task, company: Company | None = None) -> Decision:
    """Apply the sourcing principles to one task; the company names what it sells."""
    company = company or Company()
    # What the user says beats what the model guesses, so strategic comes first.
    if task.strategic:
        return _keep(0, "strategic", "marked strategic: stays in-house")
    verdict = _label_rule(task, company)
    # An override means a person confirmed the labels, so the model's doubts no longer matter.
    if task.is_overridden:
        heads = ", ".join(sorted(task.overridden))
        note = Reason("labels_overridden", f"uses the labels you set ({heads})")
        return Decision(verdict.decision, verdict.score, (*verdict.reasons, note))
    if task.doubts:
        return _weigh_doubts(task, company, verdict)
    if task.needs_review:
        # No alternatives given, so any of the labels might change the advice.
        unsure = Reason("classifier_unsure", "classifier unsure: please confirm the labels")
        return Decision("review", verdict.score, (unsure, *verdict.reasons))
    return verdict


def in_principle(reasons: tuple[Reason, ...]) -> tuple[Reason, ...]:
    """The policy's reasons for a task kept after all: outsourcing rules read as background."""
    return tuple(
        Reason(r.code, f"{r.text.split(': ', 1)[0]}: suits outsourcing in principle")
        if r.code in OUTSOURCE_CODES
        else r
        for r in reasons
    )


def _weigh_doubts(task: Task, company: Company, verdict: Decision) -> Decision:
    """Decide again under each doubt's alternative: review only when the answers differ."""
    doubts = [(key, alt) for key, alt in task.doubts.items() if alt != _label_of(task, key)]
    changing = [
        (key, alt)
        for key, alt in doubts
        if _label_rule(task.with_doubt_resolved(key, alt), company).decision != verdict.decision
    ]
    if changing:
        clauses = " or whether ".join(_doubt(task, key, alt, company) for key, alt in changing)
        unsure = Reason(
            "classifier_unsure",
            f"classifier unsure whether {clauses}, and the advice depends on it: "
            "please confirm the labels",
        )
        return Decision("review", verdict.score, (unsure, *verdict.reasons))
    either_way = "either way it " + (
        "suits outsourcing" if verdict.decision == "outsource" else "stays in-house"
    )
    notes = tuple(
        Reason(f"doubt_{key}", f"unsure whether {_doubt(task, key, alt, company)}; {either_way}")
        for key, alt in doubts
    )
    return Decision(verdict.decision, verdict.score, (*verdict.reasons, *notes))


def _label_of(task: Task, key: str) -> str:
    if key == "own_offering":
        return "true" if task.own_offering else "false"
    return getattr(task, key)


def _doubt(task: Task, key: str, alt: str, company: Company) -> str:
    """A doubt as the clause after "unsure whether"."""
    label = _label_of(task, key)
    if key == "function":
        return f"this is {FUNCTION_NAMES[label]} or {FUNCTION_NAMES[alt]} work"
    if key == "office":
        return f"this is {label}-office or {alt}-office work"
    if key == "process":
        return f"this is {PROCESS_NAMES[label]} or {PROCESS_NAMES[alt]} work"
    if key == "location":
        return f"this is done {LOCATION_NAMES[label]} or {LOCATION_NAMES[alt]}"
    return f"this is part of {_offering(company)}"


def _offering(company: Company) -> str:
    """What the company sells, as a sentence names it."""
    offering = company.offering.rstrip(".")
    if offering and not _noun_phrase(offering):
        # "We fit kitchens" or a list of services cannot stand in "the ... you sell".
        return f"what you sell ({offering})"
    if offering:
        # "Dental care" reads "the dental care you sell"; "IT support" keeps its capitals.
        if len(offering) > 1 and offering[1].islower():
            offering = offering[0].lower() + offering[1:]
        return f"the {offering} you sell"
    if company.industry:
        return f"what your {company.industry} sells"
    return "what you sell"


def _noun_phrase(offering: str) -> bool:
    """Whether an offering reads as a short noun phrase ("dental care", "IT support for law
    firms"), not a sentence or a list."""
    words = offering.split()
    return (
        len(words) <= 6
        and not any(mark in offering for mark in ",;:()")
        and words[0].lower() not in SENTENCE_STARTS
    )


def _label_rule(task: Task, company: Company) -> Decision:
    """One rule per principle, chosen by own work, function and process."""
    if task.own_offering:
        return _keep(5, "own_offering", f"this is {_offering(company)}: keep it")
    if task.function in STAYS_IN_HOUSE:
        what = "strategy and leadership" if task.function == "management" else "product development"
        return _keep(5, "stays_in_house", f"{what} stays in-house")
    if task.process == "long_tail":
        return _keep(
            20, "long_tail", "ad hoc long-tail process: standardise it before handing it over"
        )
    if task.function == "logistics":
        return _outsource(
            task,
            65,
            "third_party_logistics",
            "routine logistics work (warehousing, picking, packing, shipping, deliveries): "
            "third-party logistics providers (3PLs) commonly run it",
        )
    if task.process == "support":
        where = "back-office" if task.office == "back" else "front-office"
        return _outsource(
            task,
            80,
            "support_process",
            f"structured {where} support work: the classic outsourcing candidate",
        )
    if task.function == "customer_service":
        return _outsource(
            task,
            70,
            "transactional_customer_service",
            "transactional customer service: core work that BPO providers commonly serve",
        )
    volume = task.transactions_per_month or 0
    if task.function == "sales" and volume >= HIGH_VOLUME_SALES:
        return _outsource(
            task,
            60,
            "high_volume_sales",
            f"high-volume transactional sales ({volume:g} a month, such as order taking): "
            "BPO providers commonly serve it",
        )
    if task.office == "front":
        return _keep(
            25, "core_front_office", "customer-facing core work: keep unless volume is high"
        )
    return _keep(25, "core_process", "core work that creates what customers pay for: keep in-house")


def _keep(score: int, code: str, text: str) -> Decision:
    return Decision("keep", score, (Reason(code, text),))


def _outsource(task: Task, score: int, code: str, text: str) -> Decision:
    reasons = [Reason(code, text)]
    penalty = SENSITIVITY_PENALTY.get(task.sensitivity or "", 0)
    if penalty:
        reasons.append(
            Reason(
                "sensitive_data",
                f"{task.sensitivity} data: only a provider with the right certifications "
                "can take it",
            )
        )
    return Decision("outsource", max(0, score - penalty), tuple(reasons))
