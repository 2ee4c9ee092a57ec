"""Verb inflection, casing and typo helpers used when composing training lines."""

import random

# Irregular or awkward -ing forms; everything else follows the rules in `gerund`.
_GERUND_EXCEPTIONS = {
    "be": "being",
    "see": "seeing",
    "agree": "agreeing",
    "guarantee": "guaranteeing",
    "oversee": "overseeing",
    "referee": "refereeing",
    "tie": "tying",
    "die": "dying",
    "lie": "lying",
    "dye": "dyeing",
    "set": "setting",
    "reset": "resetting",
    "run": "running",
    "plan": "planning",
    "ship": "shipping",
    "log": "logging",
    "chat": "chatting",
    "get": "getting",
    "put": "putting",
    "cut": "cutting",
    "stop": "stopping",
    "map": "mapping",
    "tag": "tagging",
    "scan": "scanning",
    "chip": "chipping",
    "wrap": "wrapping",
    "strap": "strapping",
    "slot": "slotting",
    "prep": "prepping",
    "drop": "dropping",
    "admit": "admitting",
    "submit": "submitting",
    "transmit": "transmitting",
    "commit": "committing",
    "permit": "permitting",
    "control": "controlling",
    "patrol": "patrolling",
    "label": "labelling",
    "model": "modeling",
    "travel": "travelling",
    "cancel": "cancelling",
    "refer": "referring",
    "transfer": "transferring",
    "occur": "occurring",
    "debug": "debugging",
    "audit": "auditing",
    "edit": "editing",
    "visit": "visiting",
    "credit": "crediting",
    "deposit": "depositing",
    "budget": "budgeting",
    "target": "targeting",
    "market": "marketing",
    "pilot": "piloting",
    "benchmark": "benchmarking",
    "recruit": "recruiting",
    "onboard": "onboarding",
    "offboard": "offboarding",
    "forecast": "forecasting",
    "broadcast": "broadcasting",
    "upsell": "upselling",
    "cross-sell": "cross-selling",
    "pin": "pinning",
    "sit": "sitting",
    "dispatch": "dispatching",
}

_VOWELS = set("aeiou")


def _gerund_word(word: str) -> str:
    """Return the -ing form of one verb."""
    if word in _GERUND_EXCEPTIONS:
        return _GERUND_EXCEPTIONS[word]
    if word.endswith("ie"):
        return word[:-2] + "ying"
    if word.endswith("ee") or word.endswith("ye") or word.endswith("oe"):
        return word + "ing"
    if word.endswith("e") and len(word) > 2:
        return word[:-1] + "ing"
    return word + "ing"


def _third_person_word(word: str) -> str:
    """Return the third-person singular present of one verb."""
    if word == "have":
        return "has"
    if word == "do":
        return "does"
    if word == "go":
        return "goes"
    if word.endswith(("s", "sh", "ch", "x", "z")):
        return word + "es"
    if word.endswith("y") and len(word) > 1 and word[-2] not in _VOWELS:
        return word[:-1] + "ies"
    return word + "s"


def _inflect(verb: str, inflect_word) -> str:
    """Inflect the first word of a (possibly phrasal) verb and keep the particle."""
    head, _, rest = verb.partition(" ")
    head = inflect_word(head)
    return f"{head} {rest}" if rest else head


def gerund(verb: str) -> str:
    """Return the -ing form of a verb phrase: 'follow up on' -> 'following up on'."""
    return _inflect(verb, _gerund_word)


def third_person(verb: str) -> str:
    """Return the job-ad form of a verb phrase: 'reconcile' -> 'reconciles'."""
    return _inflect(verb, _third_person_word)


def capitalise(text: str) -> str:
    """Upper-case the first character only, keeping acronyms intact."""
    return text[:1].upper() + text[1:] if text else text


_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to"}


def title_case(text: str) -> str:
    """Title-case a process name the way consultants write it ('Accounts Payable Processing')."""
    words = text.split(" ")
    out = []
    for i, word in enumerate(words):
        if i > 0 and word in _SMALL_WORDS:
            out.append(word)
        else:
            out.append(capitalise(word))
    return " ".join(out)


# Misspellings seen in real task lists; the classifier's normaliser fixes some, char n-grams
# absorb the rest.
COMMON_TYPOS = {
    "receive": "recieve",
    "invoices": "invoces",
    "invoice": "invoce",
    "payroll": "payrol",
    "schedule": "scedule",
    "customer": "costumer",
    "customers": "custmers",
    "calendar": "calender",
    "accommodation": "accomodation",
    "separate": "seperate",
    "business": "buisness",
    "management": "managment",
    "maintenance": "maintainance",
    "equipment": "equipement",
    "necessary": "neccessary",
    "occasional": "occassional",
    "receipts": "reciepts",
    "suppliers": "supliers",
    "supplier": "suplier",
    "address": "adress",
    "appointments": "appointmens",
    "inventory": "inventroy",
    "warehouse": "warehose",
    "reconcile": "reconsile",
    "expenses": "expences",
    "marketing": "marketting",
    "shipping": "shiping",
    "recruitment": "recruitement",
    "commission": "comission",
    "committee": "commitee",
    "purchase": "purchace",
    "reservations": "reservatons",
    "questions": "quesitons",
    "emails": "emials",
    "orders": "oders",
    "employees": "employes",
    "contracts": "contrats",
    "compliance": "complience",
}


def add_typo(text: str, rng: random.Random) -> str:
    """Add one realistic typo: a known misspelling, or a swapped, doubled or dropped letter."""
    words = text.split(" ")
    known = [i for i, w in enumerate(words) if w.lower() in COMMON_TYPOS]
    if known and rng.random() < 0.6:
        i = rng.choice(known)
        words[i] = COMMON_TYPOS[words[i].lower()]
        return " ".join(words)
    candidates = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not candidates:
        return text
    i = rng.choice(candidates)
    word = words[i]
    pos = rng.randrange(1, len(word) - 2)
    kind = rng.choice(("swap", "double", "drop"))
    if kind == "swap":
        word = word[:pos] + word[pos + 1] + word[pos] + word[pos + 2 :]
    elif kind == "double":
        word = word[:pos] + word[pos] + word[pos:]
    else:
        word = word[:pos] + word[pos + 1 :]
    words[i] = word
    return " ".join(words)


def odd_casing(text: str, rng: random.Random) -> str:
    """Return the line in a casing people actually type: ALL CAPS, all lower or Title Case."""
    kind = rng.choice(("upper", "lower", "title"))
    if kind == "upper":
        return text.upper()
    if kind == "lower":
        return text.lower()
    return title_case(text.lower())
