"""Duty statements in the long, listing style of job descriptions, collected per function.

Written to cover the duties of the occupations behind each function (dispatchers, buyers,
paralegals, compensation analysts, billing clerks, executives...), in this project's own words.
"""

from training_data.vocab import duties_front, duties_office, duties_operations
from training_data.vocab.duties_operations import DEPARTMENT_TEMPLATES, DEPARTMENTS

DUTIES = duties_front.DUTIES | duties_office.DUTIES | duties_operations.DUTIES

__all__ = ["DEPARTMENTS", "DEPARTMENT_TEMPLATES", "DUTIES"]
