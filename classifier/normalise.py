"""Text normalisation applied before vectorising: case, spelling variants, typos, shorthand."""

import re
import unicodedata

# Misspellings business owners type; char n-grams absorb the rest.
_TYPOS = {
    "recieve": "receive",
    "recieved": "received",
    "reciepts": "receipts",
    "reciept": "receipt",
    "invocie": "invoice",
    "invocies": "invoices",
    "invoces": "invoices",
    "invoce": "invoice",
    "payrol": "payroll",
    "scedule": "schedule",
    "shedule": "schedule",
    "costumer": "customer",
    "costumers": "customers",
    "custmers": "customers",
    "custmer": "customer",
    "calender": "calendar",
    "accomodation": "accommodation",
    "seperate": "separate",
    "buisness": "business",
    "bussiness": "business",
    "managment": "management",
    "maintainance": "maintenance",
    "maintenence": "maintenance",
    "equipement": "equipment",
    "neccessary": "necessary",
    "occassional": "occasional",
    "supliers": "suppliers",
    "suplier": "supplier",
    "adress": "address",
    "inventroy": "inventory",
    "warehose": "warehouse",
    "reconsile": "reconcile",
    "expences": "expenses",
    "marketting": "marketing",
    "shiping": "shipping",
    "recruitement": "recruitment",
    "comission": "commission",
    "commitee": "committee",
    "purchace": "purchase",
    "emials": "emails",
    "employes": "employees",
    "complience": "compliance",
    "accomodate": "accommodate",
}

# Stems whose -ise forms are British spellings of -ize verbs (not "advertise", "supervise").
_IZE_STEMS = (
    "organ optim priorit summar real recogn author digit final standard special custom categor "
    "minim maxim util item capital emphas familiar memor synchron visual general normal central "
    "computer modern person critic apolog character formal initial local mobil monet stabil "
    "subsid symbol scrutin"
).split()
_IZE_ENDINGS = ("e", "es", "ed", "ing", "ation", "ations", "er", "ers")

# British spellings and shorthand folded to one form, so both share word features.
_WORD_MAP = {
    **_TYPOS,
    **{f"{stem}is{end}": f"{stem}iz{end}" for stem in _IZE_STEMS for end in _IZE_ENDINGS},
    **{f"analys{end}": f"analyz{end}" for end in ("e", "es", "ed", "ing")},
    **{
        f"{a}{s}": f"{b}{s}"
        for a, b in (
            ("catalogue", "catalog"),
            ("programme", "program"),
            ("centre", "center"),
            ("licence", "license"),
            ("cheque", "check"),
            ("enrol", "enroll"),
            ("fulfil", "fulfill"),
            ("cv", "resume"),
        )
        for s in ("", "s")
    },
    **{
        f"{stem}our{s}": f"{stem}or{s}"
        for stem in ("lab", "behavi", "col", "fav", "hon")
        for s in ("", "s")
    },
    **{
        f"{verb}l{end}": f"{verb}{end}"
        for verb in ("travel", "label", "model", "cancel")
        for end in ("ing", "ed")
    },
    "fulfilment": "fulfillment",
    "enrolment": "enrollment",
    "please": "",
    "pls": "",
}

# Multi-character shorthand with a single meaning in task lists.
_SHORTHAND = {
    # Keys are the matched text with spaces removed ("a / p" is looked up as "a/p").
    "a/p": "accounts payable",
    "a/r": "accounts receivable",
    "p.o.s": "purchase orders",
    "p.o.": "purchase order",
    "pos": "purchase orders",
    "po": "purchase order",
    "e-mails": "emails",
    "e-mail": "email",
    "q&a": "questions and answers",
    "&": " and ",
    "w/": "with ",
}
_SHORTHAND_PATTERN = re.compile(
    r"(?<![\w/])(?:a ?/ ?p|a ?/ ?r|p\.o\.s|p\.o\.|pos|po|e-mails?|q&a|w/)(?![\w/])|&"
)

# "4-6 hr slots", "within 24h", "20 hrs a week": after a number, hr is hours, not HR.
_HOURS = re.compile(r"(?<=\d) ?(?:hrs?|h)\b")
# List markers before a task, as lines pasted from documents, checklists and Markdown carry them,
# one or several ("- [ ] ", "(a) ", "☐ ", "✔ "): none of them says what the task is. Read with
# them, 4,000 page lines were flagged for review more often (16.9% plain, 18.2% after "☐ ", 17.9%
# after "[x] ", 19.6% in Markdown bold) and a few read differently. A framework's numbers ("1.2.3
# Manage cash") and a procedure's step ("Step 3 - ") stay: the training data writes 100 lines
# with them, and dropping them there too turned 77 page-line labels right and 83 wrong.
_BULLET = re.compile(r"^\s*(?:(?:[-*•·>▪■□◦○●►➢→⇒☐☑☒✓✔✗✘]+|\[[ x✓✔]?\]|\(?(?:\d+|[a-z])[.)])\s+)+")
_BULLET_START = frozenset("-*•·>▪■□◦○●►➢→⇒☐☑☒✓✔✗✘[(0123456789abcdefghijklmnopqrstuvwxyz ")
# Markdown's bold, italic-by-underscores and code marks, anywhere in the line.
_MARKUP = re.compile(r"\*\*|__|`")
_WORD = re.compile(r"[a-z]+")
# Control characters to spaces (the hasher uses NUL between texts), typographic quotes folded.
_TRANSLATE = {i: " " for i in range(32)} | {
    0x7F: " ",
    0x2018: "'",
    0x2019: "'",
    0x201C: '"',
    0x201D: '"',
    0x2013: "-",
    0x2014: "-",
    0xA0: " ",
}


def _shorthand(match: re.Match) -> str:
    return _SHORTHAND.get(match.group(0).replace(" ", ""), match.group(0))


def _word(match: re.Match) -> str:
    word = match.group(0)
    return _WORD_MAP.get(word, word)


def normalise_text(text: str) -> str:
    """Return the canonical form of a task line that the model sees."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    text = text.translate(_TRANSLATE).lower()
    if "*" in text or "_" in text or "`" in text:
        text = _MARKUP.sub("", text)
    if text[:1] in _BULLET_START and _BULLET.match(text):
        text = _BULLET.sub("", text, count=1)
    if len(text) > 2 and text[0] == text[-1] == '"':
        text = text[1:-1]  # a line quoted whole
    if "/" in text or "&" in text or "po" in text or "e-m" in text:
        text = _SHORTHAND_PATTERN.sub(_shorthand, text)
    if "h" in text:
        text = _HOURS.sub(" hours", text)
    text = _WORD.sub(_word, text)
    return " ".join(text.split())


def normalise_texts(texts: list[str]) -> list[str]:
    """Normalise a batch of task lines."""
    return [normalise_text(text) for text in texts]
