"""Classifying tasks with the loaded model, and letting a person's labels win over it."""

import threading
from dataclasses import dataclass

from classifier import HEADS, CompanyContext, TaskClassifier, task_line

# One thread of a worker process runs the model at a time. Its numpy calls release the GIL, so
# threads running it together hand the GIL back and forth at every call. Served as configured
# (2 workers x 4 threads, bench/serve_bench.py), a one-task /classify cost 2.9-4.0 ms of server
# CPU without this lock, 2.5-3.5 ms with it, and 2.25 ms with one thread per worker. Parallel
# work comes from the worker processes; the threads are there for slow clients.
_MODEL_TURN = threading.Lock()


def predict_in_turn(model: TaskClassifier, texts: list[str], company: dict | None, top_n):
    """model.predict_explained for texts read in the light of company, one thread at a time."""
    with _MODEL_TURN:
        return model.predict_explained(texts, company_context(company), top_n=top_n)


class ServiceUnavailable(RuntimeError):
    """A part the service needs (the model) is not there."""


@dataclass(frozen=True)
class TaskText:
    """What the classifier reads of a task."""

    name: str
    description: str | None = None
    section: str | None = None

    @classmethod
    def of(cls, task: dict) -> "TaskText":
        """The text parts of a task as the schemas load it."""
        return cls(task["name"], task.get("description"), task.get("section"))

    @property
    def text(self) -> str:
        """Section, name and description as one line of text for the model."""
        return task_line(self.name, self.description, self.section)


def require_model(model: TaskClassifier | None) -> TaskClassifier:
    """The loaded model, or a clear error saying how to get one."""
    if model is None:
        raise ServiceUnavailable(
            "No classifier model is loaded; run 'flask --app wsgi train' and restart."
        )
    return model


def company_context(profile: dict | None) -> CompanyContext | None:
    """What the model reads of a company profile; None when it says nothing about the offering."""
    if not profile:
        return None
    context = CompanyContext(profile.get("industry") or "", profile.get("offering") or "")
    return context or None


def classify_tasks(
    model: TaskClassifier | None,
    tasks: list[TaskText],
    explain: bool = True,
    company: dict | None = None,
) -> list[dict]:
    """Label every task, in input order, with confidences and optional explanations. The tasks
    are read as the list they are, each with the tasks next to it; with a company profile, each
    task is read in its light and says whether it is its own work."""
    model = require_model(model)
    texts = [task.text for task in tasks]
    predictions, explanations = predict_in_turn(model, texts, company, 5 if explain else None)
    results = [
        {"name": task.name, **prediction.to_dict()}
        for task, prediction in zip(tasks, predictions, strict=True)
    ]
    for item, explanation in zip(results, explanations or [], strict=False):
        item["explanation"] = explanation
    return results


def apply_overrides(classification: dict, task: dict) -> tuple[dict, frozenset[str]]:
    """Replace the model's labels by the ones the user set; confidence 1 for a person's word."""
    labels = dict(classification)
    overridden = set()
    for head in HEADS:
        if task.get(head):
            overridden.add(head)
            labels[head] = {"label": task[head], "confidence": 1.0}
    return labels, frozenset(overridden)
