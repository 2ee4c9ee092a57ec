"""Hand-written training data for the task classifier and the generator that composes it."""
