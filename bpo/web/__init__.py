"""Web pages for business owners: the form, the report and the provider catalog."""

from flask import Blueprint

from bpo.web.display import FILTERS

bp = Blueprint("web", __name__)

for _name, _function in FILTERS.items():
    bp.add_app_template_filter(_function, _name)

# The route modules register themselves on `bp`; imported last because they need it.
from bpo.web import catalog_views, compare_views, views  # noqa: E402, F401
