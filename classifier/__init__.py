"""Task classifier: office, process and function of business task lines, with confidences."""

from classifier.evaluation import evaluate_model
from classifier.labels import FUNCTIONS, HEADS, OFFICES, PROCESSES, VOCABULARIES
from classifier.model import HeadPrediction, ModelError, Prediction, TaskClassifier
from classifier.persistence import load_model, save_model
from classifier.training import train_model

__all__ = [
    "FUNCTIONS",
    "HEADS",
    "OFFICES",
    "PROCESSES",
    "VOCABULARIES",
    "HeadPrediction",
    "ModelError",
    "Prediction",
    "TaskClassifier",
    "evaluate_model",
    "load_model",
    "save_model",
    "train_model",
]
