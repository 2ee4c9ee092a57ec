"""The provider catalog page with its filters."""

from flask import render_template, request

from bpo.catalog_store import filter_providers, load_catalog
from bpo.sourcing.vocabulary import CERTIFICATIONS, FUNCTIONS
from bpo.web import bp

FILTERS = ("service", "country", "certification")


@bp.get("/providers")
def providers():
    """Every provider in the catalog, narrowed by service line, country and certification."""
    catalog = load_catalog()
    options = {
        "service": [f for f in FUNCTIONS if any(f in p.services for p in catalog)],
        "country": sorted({p.country for p in catalog}),
        "certification": list(CERTIFICATIONS),
    }
    chosen = {name: request.args.get(name, "").strip() for name in FILTERS}
    errors = {
        name: "Choose one of the listed options."
        for name, value in chosen.items()
        if value and value not in options[name]
    }
    shown = [] if errors else filter_providers(catalog, **{k: v or None for k, v in chosen.items()})
    page = render_template(
        "providers.html",
        providers=shown,
        total=len(catalog),
        options=options,
        chosen=chosen,
        errors=errors,
    )
    return page, 400 if errors else 200
