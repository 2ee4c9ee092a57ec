"""The provider catalog page and its filters."""

import re

import pytest

from bpo.catalog_store import import_providers
from bpo.sourcing.iso_codes import COUNTRY_NAMES


def shown_ids(page: str) -> set[str]:
    return set(re.findall(r'<article class="provider" id="provider-([^"]+)"', page))


def test_lists_the_whole_catalog(client, catalog):
    page = client.get("/providers").get_data(as_text=True)
    assert shown_ids(page) == {p.id for p in catalog}
    for label in ("Service line", "Based in", "Certification", "Works on site in"):
        assert f">{label}</label>" in page


def matches(provider, name: str, value: str) -> bool:
    return {
        "service": value in provider.services,
        "country": provider.country == value,
        "certification": value in provider.certifications,
    }[name]


@pytest.mark.parametrize("name", ["service", "country", "certification"])
def test_each_filter_narrows_the_list(client, catalog, name):
    value = {"service": "payroll", "country": catalog[0].country, "certification": "HIPAA"}[name]
    page = client.get(f"/providers?{name}={value}").get_data(as_text=True)
    expected = {p.id for p in catalog if matches(p, name, value)}
    assert expected and shown_ids(page) == expected
    assert f"{len(expected)} of {len(catalog)} providers shown" in page


def test_filters_combine(client, catalog):
    page = client.get("/providers?service=customer_service&certification=PCI_DSS").get_data(
        as_text=True
    )
    expected = {
        p.id for p in catalog if "customer_service" in p.services and "PCI_DSS" in p.certifications
    }
    assert shown_ids(page) == expected


def test_the_chosen_filter_stays_selected(client):
    page = client.get("/providers?service=payroll").get_data(as_text=True)
    assert '<option value="payroll" selected>' in page


def test_unknown_filter_value_is_explained(client):
    response = client.get("/providers?service=astrology")
    assert response.status_code == 400
    assert "Choose one of the listed options." in response.get_data(as_text=True)


def test_empty_catalog(app, client):
    with app.app_context():
        import_providers([], replace=True)
    page = client.get("/providers").get_data(as_text=True)
    assert "0 of 0 providers shown" in page


def test_on_site_providers_show_how_and_where_they_work(client, catalog):
    page = client.get("/providers").get_data(as_text=True)
    on_site = next(
        p for p in catalog if p.work_modes == ("on_site",) and len(p.on_site_countries) > 1
    )
    article = re.search(
        rf'<article class="provider" id="provider-{on_site.id}".*?</article>', page, re.S
    )
    text = " ".join(article.group(0).split())
    assert "<dt>Works</dt><dd>On site, at your premises</dd>" in text
    names = ", ".join(COUNTRY_NAMES[code] for code in on_site.on_site_countries)
    assert f"<dt>Sends people to</dt><dd>{names}</dd>" in text
    remote = next(p for p in catalog if p.work_modes == ("remote",))
    article = re.search(
        rf'<article class="provider" id="provider-{remote.id}".*?</article>', page, re.S
    )
    text = " ".join(article.group(0).split())
    assert "<dt>Works</dt><dd>Remotely, from its own sites</dd>" in text
    assert "Sends people to" not in text


def test_on_site_filter_keeps_providers_that_send_people_there(client, catalog):
    page = client.get("/providers?on_site=DE").get_data(as_text=True)
    expected = {p.id for p in catalog if "DE" in p.on_site_countries}
    assert expected and shown_ids(page) == expected
    assert '<option value="DE" selected>Germany</option>' in page
    assert client.get("/providers?on_site=ZZ").status_code == 400
