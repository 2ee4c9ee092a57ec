"""Templates that turn a function's vocabulary into informal, formal and statement lines."""

import random

from training_data import styles
from training_data.grammar import (
    add_typo,
    capitalise,
    gerund,
    odd_casing,
    third_person,
    title_case,
)
from training_data.vocab.duties import DEPARTMENT_TEMPLATES, DEPARTMENTS, DUTIES
from training_data.vocab.frames import TEMPLATES as FRAME_TEMPLATES
from training_data.vocab.long_tail import ADHOC, CASE_TAILS
from training_data.vocab.long_tail import FRAME_TEMPLATES as LONG_TAIL_FRAMES

# Share of composed lines per style; O*NET-like statements and consultants' names weigh as much
# as owners' shorthand because the model is judged on all three.
STYLE_WEIGHTS = (("informal", 0.36), ("formal", 0.28), ("statement", 0.36))
TYPO_RATE = 0.07
ODD_CASE_RATE = 0.05


def handwritten(vocab: dict) -> list[tuple[str, str]]:
    """Whole lines written by hand for a function, with their style."""
    lines = [(text, "statement") for text in vocab["statements"]]
    lines += [(text, "informal") for text in vocab["informal"]]
    lines += [(text, "formal") for text in vocab["names"]]
    lines += [(text, "statement") for text in DUTIES[vocab["function"]]]
    return lines


def long_tail_handwritten(entry: dict) -> list[tuple[str, str]]:
    """Hand-written long-tail lines, styled by their shape."""
    return [(text, guess_style(text)) for text in entry["lines"]]


def guess_style(text: str) -> str:
    """Style of a hand-written line: sentence with a full stop, capitalised name, or shorthand."""
    if text.endswith("."):
        return "statement"
    return "formal" if text[:1].isupper() else "informal"


def _pick_style(rng: random.Random) -> str:
    styles_, weights = zip(*STYLE_WEIGHTS, strict=True)
    return rng.choices(styles_, weights=weights)[0]


def _purpose(vocab: dict, rng: random.Random) -> str:
    pool = vocab["purposes"] if rng.random() < 0.65 else styles.GENERIC_PURPOSES
    return rng.choice(pool)


def _means(vocab: dict, rng: random.Random) -> str:
    pool = vocab["means"] if rng.random() < 0.7 else styles.GENERIC_MEANS
    return rng.choice(pool)


def _informal(verbs: list[str], obj: str, objects: list[str], vocab: dict, rng) -> str:
    verb = rng.choice(verbs)
    lead = rng.choice(styles.INFORMAL_LEADS)
    form = rng.randrange(8)
    if form == 0:
        text = f"{lead}{verb} {obj} {rng.choice(styles.FREQUENCIES)}"
    elif form == 1:
        text = f"{verb} {obj} {rng.choice(styles.CONTEXTS)}"
    elif form == 2:
        text = f"{gerund(verb)} {obj}"
    elif form == 3:
        text = f"{obj} {rng.choice(styles.FREQUENCIES)}"
    elif form == 4 and len(verbs) > 1:
        other = rng.choice([v for v in verbs if v != verb])
        text = f"{verb} and {other} {obj}"
    else:
        text = f"{lead}{verb} {obj}"
    return text.lower()


def _formal(verbs: list[str], obj: str, objects: list[str], vocab: dict, rng) -> str:
    verb = rng.choice(verbs)
    form = rng.randrange(7)
    if form == 0:
        text = capitalise(f"{gerund(verb)} {obj}")
    elif form == 1 and len(verbs) > 1:
        other = rng.choice([v for v in verbs if v != verb])
        text = capitalise(f"{verb} and {other} {obj}")
    elif form == 2 and len(obj.split()) <= 3 and not set(obj.split()) & {"for", "to", "from"}:
        obj_words = obj.removeprefix("the ")
        text = capitalise(f"{obj_words} {rng.choice(styles.PROCESS_SUFFIXES)}")
    elif form == 3:
        text = f"{rng.choice(vocab['names'])}: {verb} {obj}"
    else:
        text = capitalise(f"{verb} {obj}")
    if rng.random() < 0.25:
        text = title_case(text)
    return text


def _statement(verbs: list[str], obj: str, objects: list[str], vocab: dict, rng) -> str:
    verb = rng.choice(verbs)
    others = [v for v in verbs if v != verb] or [verb]
    form = rng.randrange(11)
    if form == 0:
        text = f"{capitalise(verb)} {obj} {_purpose(vocab, rng)}."
    elif form == 1:
        text = f"{capitalise(verb)} {obj}, {_means(vocab, rng)}."
    elif form == 2:
        text = f"{capitalise(verb)} {obj} {_means(vocab, rng)} {_purpose(vocab, rng)}."
    elif form == 3:
        text = f"{capitalise(verb)} and {rng.choice(others)} {obj} {_purpose(vocab, rng)}."
    elif form == 4:
        text = f"{capitalise(third_person(verb))} {obj} {rng.choice(styles.FREQUENCIES)}."
    elif form == 5 and len(objects) >= 3:
        a, b = rng.sample([o for o in objects if o != obj], 2)
        text = f"{capitalise(verb)} {obj}, {a}, and {b}."
    elif form == 6 and len(others) >= 2:
        second, third = rng.sample(others, 2)
        text = f"{capitalise(verb)}, {second}, or {third} {obj}."
    elif form == 7:
        other_verbs, other_objects = rng.choice(vocab["clusters"])
        text = (
            f"{capitalise(verb)} {obj} and {rng.choice(other_verbs)} {rng.choice(other_objects)}."
        )
    elif form == 8:
        lead = rng.choice(styles.STATEMENT_LEADS)
        text = lead.format(ger=gerund(verb), obj=obj) + "."
    elif form == 9:
        text = f"{capitalise(verb)} {obj} {rng.choice(styles.CONTEXTS)}."
    else:
        text = f"{capitalise(third_person(verb))} {obj} {_purpose(vocab, rng)}."
    if rng.random() < 0.1:
        text = text.rstrip(".")
    return text


_RENDER = {"informal": _informal, "formal": _formal, "statement": _statement}


def _roughen(text: str, rng: random.Random) -> str:
    """Add the typos and odd casing real people type, to a fraction of lines."""
    if rng.random() < TYPO_RATE:
        text = add_typo(text, rng)
    if rng.random() < ODD_CASE_RATE:
        text = odd_casing(text, rng)
    return text


def routine_line(vocab: dict, rng: random.Random) -> tuple[str, str]:
    """One composed core/support line for a function, with its style."""
    verbs, objects = rng.choice(vocab["clusters"])
    style = _pick_style(rng)
    text = _RENDER[style](verbs, rng.choice(objects), objects, vocab, rng)
    return _roughen(text, rng), style


def frame_line(frames: dict, rng: random.Random) -> tuple[str, str]:
    """One job-description frame filled with a function's people, activities and records."""
    template = rng.choice(FRAME_TEMPLATES)
    text = template.format(**{slot: rng.choice(values) for slot, values in frames.items()})
    return _roughen(text, rng), "statement"


def department_line(rng: random.Random) -> tuple[str, str]:
    """A management line naming several departments at once."""
    a, b, c = rng.sample(DEPARTMENTS, 3)
    text = rng.choice(DEPARTMENT_TEMPLATES).format(a=a, b=b, c=c)
    return _roughen(text, rng), "statement"


def long_tail_frame_line(frames: dict, rng: random.Random) -> tuple[str, str]:
    """A request-driven, case-by-case frame filled with a function's slots."""
    template = rng.choice(LONG_TAIL_FRAMES)
    slots = {slot: rng.choice(values) for slot, values in frames.items()}
    text = template.format(adhoc=rng.choice(ADHOC), **slots)
    return _roughen(text, rng), guess_style(text)


def long_tail_line(entry: dict, vocab: dict, rng: random.Random) -> tuple[str, str]:
    """One composed long-tail line: an ad hoc object, or routine work handled case by case."""
    style = _pick_style(rng)
    if rng.random() < 0.8:
        verbs, objects = rng.choice(entry["clusters"])
        obj = rng.choice(objects).replace("{adhoc}", rng.choice(ADHOC))
        verb = rng.choice(verbs)
        tail = f" {rng.choice(CASE_TAILS)}" if rng.random() < 0.3 else ""
    else:
        # Routine work becomes long-tail when it is handled request by request (LABELING.md).
        verbs, objects = rng.choice(vocab["clusters"])
        obj, verb = rng.choice(objects), rng.choice(verbs)
        tail = f" {rng.choice(CASE_TAILS[:7])}"
        style = "informal" if style == "formal" else style
    if style == "informal":
        text = f"{verb} {obj}{tail}".lower()
    elif style == "formal":
        text = capitalise(f"{gerund(verb)} {obj}" if rng.random() < 0.4 else f"{verb} {obj}")
    else:
        extra = f" {_purpose(vocab, rng)}" if not tail and rng.random() < 0.4 else ""
        text = f"{capitalise(verb)} {obj}{tail}{extra}."
    return _roughen(text, rng), style
