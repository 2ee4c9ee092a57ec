"""marshmallow's nested error messages as one flat dict keyed by field path (no Flask)."""

from collections.abc import Mapping


def flatten_messages(messages, prefix: str = "", root: str = "_schema") -> dict[str, list[str]]:
    """Turn nested messages into {"tasks.3.hours_per_month": [...]}.

    Messages about the object as a whole, which have no field path, are keyed by `root`.
    """
    flat: dict[str, list[str]] = {}
    if isinstance(messages, Mapping):
        for key, value in messages.items():
            path = f"{prefix}.{key}" if prefix else str(key)
            flat.update(flatten_messages(value, path, root))
    elif isinstance(messages, list) and all(isinstance(m, str) for m in messages):
        flat[prefix or root] = list(messages)
    elif isinstance(messages, list):
        for item in messages:
            flat.update(flatten_messages(item, prefix, root))
    else:
        flat[prefix or root] = [str(messages)]
    return flat
