"""Comparing two plans on the web (issue 11): copy with other settings, see both side by side."""

import re

from tests.web.test_web_report import view_of


def test_the_report_offers_to_compare_another_plan(client, analysis_id):
    page = client.get(f"/analyses/{analysis_id}").get_data(as_text=True)
    assert f'action="/analyses/{analysis_id}/copy"' in page
    assert '<label for="plan-cap">Most providers</label>' in page


def test_a_copy_with_one_provider_is_compared_side_by_side(app, client, analysis_id):
    response = client.post(
        f"/analyses/{analysis_id}/copy",
        data={"max_providers": "1", "vendor_management_cost": "", "regions_shown": "1"},
    )
    assert response.status_code == 303
    location = response.headers["Location"]
    assert location.startswith(f"/analyses/{analysis_id}/compare/")
    other_id = location.rsplit("/", 1)[1]
    assert view_of(app, other_id)["company"]["max_providers"] == 1
    assert view_of(app, other_id)["totals"]["providers_used"] <= 1
    page = client.get(location).get_data(as_text=True)
    assert "Two plans compared for Harbor &amp; Pine Home Goods" in page
    assert "max providers 3 → 1" in page
    for heading in ("Totals", "Providers", "Tasks decided differently"):
        assert f">{heading}</h2>" in page
    assert "not used" in page
    assert re.search(r"<td class=\"num\">(\+|−)\$[\d,]+</td>", page)
    assert 'class="badge badge-outsource"' in page


def test_bad_settings_and_unknown_analyses_are_refused(client, analysis_id):
    bad = client.post(f"/analyses/{analysis_id}/copy", data={"max_providers": "0"})
    assert bad.status_code == 400
    assert "Check the settings of the other plan: max providers" in bad.get_data(as_text=True)
    assert client.get(f"/analyses/{analysis_id}/compare/nope").status_code == 404
    assert client.post("/analyses/nope/copy", data={}).status_code == 404
