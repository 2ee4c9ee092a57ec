"""Paged listings: the envelope, its links, and the `Link` and `X-Total-Count` headers."""

from flask import request, url_for

PAGE_HEADERS = {
    "Link": {
        "description": "RFC 8288 links: rel self, first, last, next, prev.",
        "schema": {"type": "string"},
    },
    "X-Total-Count": {"description": "Items in all pages.", "schema": {"type": "integer"}},
}


def _page_url(page: int, per_page: int, filters: dict) -> str:
    return url_for(
        request.endpoint,
        **(request.view_args or {}),
        **{name: value for name, value in filters.items() if value is not None},
        page=page,
        per_page=per_page,
        _external=True,
    )


def paged(items: list, total: int, page: int, per_page: int, filters: dict | None = None):
    """The listing body and headers; a page past the end is empty and links back to the last."""
    filters = filters or {}
    pages = max(1, -(-total // per_page))
    links = {
        "self": _page_url(page, per_page, filters),
        "first": _page_url(1, per_page, filters),
        "last": _page_url(pages, per_page, filters),
        "next": _page_url(page + 1, per_page, filters) if page < pages else None,
        "prev": _page_url(min(page - 1, pages), per_page, filters) if page > 1 else None,
    }
    body = {
        "items": items,
        "page": page,
        "per_page": per_page,
        "total": total,
        "pages": pages,
        "links": links,
    }
    link_header = ", ".join(f'<{url}>; rel="{rel}"' for rel, url in links.items() if url)
    return body, {"Link": link_header, "X-Total-Count": str(total)}
