"""Classifying tasks with the loaded model, and letting a person's labels win over it."""

from dataclasses import dataclass

from classifier import HEADS, TaskClassifier


class ServiceUnavailable(RuntimeError):
    """A part the service needs (the model) is not there."""


@dataclass(frozen=True)
class TaskText:
    """What the classifier reads of a task."""

    name: str
    description: str | None = None

    @property
    def text(self) -> str:
        """Name and description as one line of text for the model."""
        return f"{self.name}. {self.description}" if self.description else self.name


def require_model(model: TaskClassifier | None) -> TaskClassifier:
    """The loaded model, or a clear error saying how to get one."""
    if model is None:
        raise ServiceUnavailable(
            "No classifier model is loaded; run 'flask --app wsgi train' and restart."
        )
    return model


def classify_tasks(
    model: TaskClassifier | None, tasks: list[TaskText], explain: bool = True
) -> list[dict]:
    """Label every task, in input order, with confidences and optional explanations."""
    model = require_model(model)
    texts = [task.text for task in tasks]
    results = [
        {"name": task.name, **prediction.to_dict()}
        for task, prediction in zip(tasks, model.predict(texts), strict=True)
    ]
    if explain:
        for item, explanation in zip(results, model.explain_many(texts), strict=True):
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
