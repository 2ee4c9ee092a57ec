"""A line's language, roughly, by its most common short words: enough to split a round of page
lines into English and the rest, as eval/README.md reports them (not a language detector)."""

import re

# Words that are frequent in one language and rare in the others this project's lines come in.
COMMON_WORDS = {
    "en": "the and to of for with in on all from by or as be are is at any our your this that",
    "de": "der die das und mit für von zu im den dem des ein eine einer werden wird ist sind auf "
    "bei oder nach über",
    "fr": "le la les et des du de pour avec un une aux en dans sur par est sont ou au",
    "nl": "de het een en van voor met op te bij naar worden wordt zijn of aan uit",
    "es": "el la los las y de del para con un una en por se al o que según",
    "it": "il lo la gli le e di del della per con un una in da su che dei delle",
    "pt": "o a os as e de do da dos das para com um uma em por no na ao",
    "sv": "och att för med av på till som en ett det den är från vid om",
}
_WORDS = {language: frozenset(words.split()) for language, words in COMMON_WORDS.items()}
_TOKEN = re.compile(r"[a-zà-ÿäöüßåéèêç]+")


def language(text: str) -> str:
    """The language whose common words the line uses most (the first listed wins a tie); a line
    with none of them is English if it is plain ASCII, else "?"."""
    tokens = _TOKEN.findall(text.lower())
    counts = {name: sum(token in words for token in tokens) for name, words in _WORDS.items()}
    best = max(counts, key=counts.get)
    if counts[best]:
        return best
    return "en" if text.isascii() else "?"
