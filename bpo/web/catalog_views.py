"""The provider catalog page with its filters."""

from flask import render_template, request

from bpo.catalog_store import filter_providers, load_catalog
from bpo.sourcing.iso_codes import COUNTRY_NAMES
from bpo.sourcing.vocabulary import CERTIFICATIONS, FUNCTIONS
from bpo.web import bp

FILTERS = ("service", "country", "certification", "on_site")
# Filters the catalog store applies; `on_site` (sends people to a country) is applied here.
STORE_FILTERS = ("service", "country", "certification")


def _by_name(codes: set[str]) -> list[str]:
    return sorted(codes, key=lambda code: COUNTRY_NAMES.get(code, code))


@bp.get("/providers")
def providers():
    """Every provider in the catalog, narrowed by service line, country, certification and
    where it works on site."""
    catalog = load_catalog()
    options = {
        "service": [f for f in FUNCTIONS if any(f in p.services for p in catalog)],
        "country": _by_name({p.country for p in catalog}),
        "certification": list(CERTIFICATIONS),
        "on_site": _by_name({c for p in catalog for c in p.on_site_countries}),
    }
    chosen = {name: request.args.get(name, "").strip() for name in FILTERS}
    errors = {
        name: "Choose one of the listed options."
        for name, value in chosen.items()
        if value and value not in options[name]
    }
    shown = []
    if not errors:
        shown = filter_providers(catalog, **{k: chosen[k] or None for k in STORE_FILTERS})
        if chosen["on_site"]:
            shown = [p for p in shown if chosen["on_site"] in p.on_site_countries]
    page = render_template(
        "providers.html",
        providers=shown,
        total=len(catalog),
        options=options,
        chosen=chosen,
        errors=errors,
    )
    return page, 400 if errors else 200
