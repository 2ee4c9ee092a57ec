"""Task classifier: office, process, function and location of business task lines, read alone or
in the light of what the company sells, with confidences."""

from classifier.company import CompanyContext
from classifier.data import task_line
from classifier.evaluation import evaluate_model
from classifier.labels import FUNCTIONS, HEADS, LOCATIONS, OFFICES, PROCESSES, VOCABULARIES
from classifier.model import HeadPrediction, ModelError, Prediction, TaskClassifier
from classifier.persistence import load_model, save_model
from classifier.training import train_model

__all__ = [
    "FUNCTIONS",
    "HEADS",
    "LOCATIONS",
    "OFFICES",
    "PROCESSES",
    "VOCABULARIES",
    "CompanyContext",
    "HeadPrediction",
    "ModelError",
    "Prediction",
    "TaskClassifier",
    "evaluate_model",
    "load_model",
    "save_model",
    "task_line",
    "train_model",
]
