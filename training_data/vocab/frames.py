"""Slots for job-description frames shared by all functions ('Supervise {staff} engaged in ...').

The frames are the same for every function, so the model learns that 'supervise', 'confer' or
'maintain records' say little, and that the people, activities and records named say a lot.
"""

from training_data.vocab import frames_front, frames_office, frames_operations

FRAMES = frames_front.FRAMES | frames_office.FRAMES | frames_operations.FRAMES

# The frames themselves; each slot name is filled from the function's FRAMES entry.
TEMPLATES = [
    "Supervise and coordinate the activities of {staff} engaged in {activities}.",
    "Direct and coordinate the work of {staff}.",
    "Supervise {staff} and assign their daily work.",
    "Plan, organise and direct {activities}.",
    "Oversee {activities}.",
    "Confer with {stakeholders} to resolve problems with {topics}.",
    "Confer with {stakeholders} about {topics}.",
    "Answer questions from {stakeholders} about {topics}.",
    "Correspond with {stakeholders} regarding {topics}.",
    "Prepare reports on {topics}.",
    "Compile statistics and reports on {topics}.",
    "Maintain records of {records}.",
    "Keep files and records of {records}.",
    "Record {records} in the computer system.",
    "Review records of {records} to find errors.",
    "Monitor {topics} and take corrective action.",
    "Analyse data on {topics} and recommend improvements.",
    "Develop and implement procedures for {activities}.",
    "Recommend changes to policies on {activities}.",
    "Resolve problems related to {topics}.",
    "Investigate issues with {topics}.",
    "Coordinate {activities} with other departments.",
    "Evaluate the performance of {staff}.",
    "Schedule the work of {staff}.",
    "Responsible for {activities}.",
    "Experienced in {activities}.",
    # Generic words that otherwise get tied to one function ("information", "staff",
    # "regulations", "equipment", "systems", "programs", "budget") spread over all of them.
    "Provide information to {stakeholders} about {topics}.",
    "Inform {stakeholders} about {topics}.",
    "Ensure that {staff} follow policies, safety rules and regulations when {activities}.",
    "Ensure compliance with laws and regulations that apply to {activities}.",
    "Develop programs and plans for {activities}.",
    "Conduct reviews of {topics} and report the findings.",
    "Manage the budget for {activities}.",
    "Use computer systems to record {records}.",
    "Maintain the equipment and systems used for {activities}.",
    "Coordinate activities and projects related to {activities}.",
    "Prepare proposals to improve {activities}.",
    "Attend meetings about {topics}.",
    "Meet with {staff} to discuss {topics}.",
    "Provide support to {staff} on {topics}.",
    "Review the work of {staff} for accuracy and completeness.",
]
