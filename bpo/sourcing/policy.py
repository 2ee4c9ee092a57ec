"""The sourcing policy: keep, outsource or review one task, with a 0-100 score and reasons."""

from dataclasses import dataclass

from bpo.sourcing.domain import Company, Reason, Task

# From this many transactions a month, sales work is transactional volume (order taking,
# renewals) that BPO providers run as a service, not relationship selling.
HIGH_VOLUME_SALES = 500
STAYS_IN_HOUSE = ("management", "product_development")
# Sensitive data narrows the field to certified providers, so it lowers the score a little.
SENSITIVITY_PENALTY = {"confidential": 5, "regulated": 10}


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
    """Apply the sourcing principles to one task; the company is accepted for future settings."""
    # What the user says beats what the model guesses, so strategic comes first.
    if task.strategic:
        return _keep(0, "strategic", "marked strategic: stays in-house")
    verdict = _label_rule(task)
    # An override means a person confirmed the labels, so low model confidence no longer matters.
    if task.needs_review and not task.is_overridden:
        unsure = Reason("classifier_unsure", "classifier unsure: please confirm the labels")
        return Decision("review", verdict.score, (unsure, *verdict.reasons))
    if task.is_overridden:
        heads = ", ".join(sorted(task.overridden))
        note = Reason("labels_overridden", f"uses the labels you set ({heads})")
        return Decision(verdict.decision, verdict.score, (*verdict.reasons, note))
    return verdict


def _label_rule(task: Task) -> Decision:
    """One rule per principle, chosen by function and process."""
    if task.function in STAYS_IN_HOUSE:
        what = "strategy and leadership" if task.function == "management" else "product development"
        return _keep(5, "stays_in_house", f"{what} stays in-house")
    if task.process == "long_tail":
        return _keep(
            20, "long_tail", "ad hoc long-tail process: standardise it before handing it over"
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
