"""The provider catalog: validation, JSON and CSV round trips, and rejected-row reports."""

import json

import pytest

from bpo.sourcing import (
    ProviderSchema,
    dump_catalog_csv,
    dump_catalog_json,
    load_sample_providers,
    parse_catalog_csv,
    parse_catalog_json,
    read_catalog,
    write_catalog,
)
from bpo.sourcing.catalog import SAMPLE_PATH, CatalogError

GOOD = {
    "id": "kalamansi-bay-contact",
    "name": "Kalamansi Bay Contact Works",
    "country": "PH",
    "delivery_regions": ["asia_pacific"],
    "services": {"customer_service": 11.0, "admin": 8.0},
    "languages": ["en", "tl"],
    "certifications": ["ISO27001", "PCI_DSS"],
    "capacity_hours_per_month": 4000.0,
    "min_monthly_spend": 1500.0,
    "coverage": "24x7",
    "rating": 4.3,
    "description": "Fictional sample provider.",
}


def test_a_good_entry_loads_as_a_provider():
    provider = ProviderSchema().load(GOOD)
    assert provider.id == "kalamansi-bay-contact"
    assert provider.services == {"customer_service": 11.0, "admin": 8.0}
    assert provider.languages == ("en", "tl")


def test_optional_fields_have_defaults():
    minimal = {k: GOOD[k] for k in ("id", "name", "country", "services", "languages")}
    provider = ProviderSchema().load({**minimal, "capacity_hours_per_month": 10})
    assert (provider.min_monthly_spend, provider.coverage, provider.rating) == (
        0.0,
        "business_hours",
        0.0,
    )


@pytest.mark.parametrize(
    ("field", "value", "error_key"),
    [
        ("id", "Not A Slug", "id"),
        ("id", "double--hyphen", "id"),
        ("country", "XX", "country"),
        ("country", "ph", "country"),
        ("services", {"astrology": 10}, "services.astrology.key"),
        ("services", {"admin": 0}, "services.admin.value"),
        ("services", {}, "services"),
        ("languages", ["eng"], "languages.0"),
        ("languages", [], "languages"),
        ("certifications", ["ISO9001"], "certifications.0"),
        ("delivery_regions", ["mars"], "delivery_regions.0"),
        ("capacity_hours_per_month", 0, "capacity_hours_per_month"),
        ("min_monthly_spend", -1, "min_monthly_spend"),
        ("rating", 5.5, "rating"),
        ("coverage", "weekends", "coverage"),
        ("work_modes", ["hybrid"], "work_modes.0"),
        ("work_modes", [], "work_modes"),
        ("on_site_countries", ["XX"], "on_site_countries.0"),
        ("on_site_countries", ["DE"], "on_site_countries"),  # listed by a remote-only provider
    ],
)
def test_every_field_is_validated(field, value, error_key):
    report = parse_catalog_json(json.dumps([{**GOOD, field: value}]))
    assert not report.ok
    assert report.providers == ()
    assert error_key in report.rejected[0].errors


def test_on_site_work_needs_its_countries():
    report = parse_catalog_json(json.dumps([{**GOOD, "work_modes": ["on_site", "remote"]}]))
    assert report.rejected[0].errors == {
        "on_site_countries": [
            "List the countries it sends people to: its work modes include on_site."
        ]
    }
    hybrid = {**GOOD, "work_modes": ["on_site", "remote", "on_site"], "on_site_countries": ["DE"]}
    loaded = parse_catalog_json(json.dumps([hybrid])).providers[0]
    assert (loaded.work_modes, loaded.on_site_countries) == (("on_site", "remote"), ("DE",))


def test_sample_catalog_is_valid_fictional_and_varied():
    providers = load_sample_providers()
    document = json.loads(SAMPLE_PATH.read_text(encoding="utf-8"))
    assert "FICTIONAL" in document["note"].upper()
    assert len(providers) >= 30
    assert len({p.country for p in providers}) >= 8
    assert all(p.description.startswith("Fictional sample provider") for p in providers)
    assert len({p.min_monthly_spend for p in providers}) > 3
    assert len({tuple(p.certifications) for p in providers}) > 3


def test_sample_catalog_has_on_site_providers_of_four_kinds_in_five_countries():
    providers = load_sample_providers()
    on_site = [p for p in providers if "on_site" in p.work_modes]
    assert 10 <= len(on_site) <= 14
    assert {"US", "GB", "DE", "AU", "CA"} <= {c for p in on_site for c in p.on_site_countries}
    # Facility services (admin), 3PLs (logistics), field IT (it), staffing (several lines).
    lines = {tuple(sorted(p.services)) for p in on_site}
    assert {("admin",), ("logistics",), ("it",)} <= lines
    assert ("admin", "customer_service", "logistics") in lines
    # The BPO centres deliver remotely from their own sites.
    assert sum(p.work_modes == ("remote",) for p in providers) == len(providers) - len(on_site)


def test_json_round_trip():
    providers = load_sample_providers()
    report = parse_catalog_json(dump_catalog_json(providers, note="fictional"))
    assert report.ok
    assert list(report.providers) == providers


def test_csv_round_trip():
    providers = load_sample_providers()
    text = dump_catalog_csv(providers)
    assert text.splitlines()[0].startswith("id,name,country,delivery_regions,services")
    assert text.splitlines()[0].endswith(",work_modes,on_site_countries")
    assert "customer_service:11.0;sales:12.0;admin:8.0" in text
    assert ",on_site;remote,DE;AT\n" in text
    report = parse_catalog_csv(text)
    assert report.ok, report.to_dict()
    assert list(report.providers) == providers


def test_files_round_trip_by_suffix(tmp_path):
    providers = load_sample_providers()[:3]
    for name in ("catalog.json", "catalog.csv"):
        write_catalog(tmp_path / name, providers, note="fictional")
        assert list(read_catalog(tmp_path / name).providers) == providers


CSV_HEADER = (
    "id,name,country,delivery_regions,services,languages,certifications,"
    "capacity_hours_per_month,min_monthly_spend,coverage,rating,description\n"
)


def test_csv_rejected_rows_are_reported_by_spreadsheet_row_and_field():
    text = CSV_HEADER + (
        "good-one,Good One,PH,asia_pacific,admin:8;payroll:12,en;tl,SOC2,1000,0,24x7,4,ok\n"
        "bad-country,Bad,XX,,admin:8,en,,1000,,,,\n"
        "bad-services,Bad,PH,,admin=8;payroll:-1,en,,1000,,,,\n"
        "good-one,Again,PH,,admin:8,en,,1000,,,,\n"
        "no-capacity,Bad,PH,,admin:8,xx,,,,,,\n"
    )
    report = parse_catalog_csv(text)
    assert not report.ok
    assert [p.id for p in report.providers] == ["good-one"]
    rejected = {row.row: row.errors for row in report.rejected}
    assert set(rejected) == {3, 4, 5, 6}
    assert "country" in rejected[3]
    assert rejected[4]["services"] == ["Expected function:rate, got 'admin=8'."]
    assert rejected[5] == {"id": ["Duplicate id 'good-one'."]}
    assert {"capacity_hours_per_month", "languages.0"} <= set(rejected[6])
    with pytest.raises(CatalogError) as refused:
        report.raise_if_rejected()
    assert refused.value.report is report
    assert report.to_dict()["accepted"] == 1


def test_csv_without_the_work_mode_columns_reads_as_remote():
    text = CSV_HEADER + "good-one,Good One,PH,,admin:8,en,,1000,,,,\n"
    provider = parse_catalog_csv(text).providers[0]
    assert (provider.work_modes, provider.on_site_countries) == (("remote",), ())


def test_csv_work_modes_are_lists_and_their_errors_name_row_and_field():
    header = CSV_HEADER.rstrip("\n") + ",work_modes,on_site_countries\n"
    text = header + (
        "on-site,On Site,DE,europe,admin:30,de;en,,1000,,,,,on_site; remote,DE;AT\n"
        "blank-modes,Blank,PH,,admin:8,en,,1000,,,,,,\n"
        "bad-mode,Bad,DE,,admin:30,de,,1000,,,,,flying,DE\n"
        "no-country,Bad,DE,,admin:30,de,,1000,,,,,on_site,\n"
        "bad-country,Bad,DE,,admin:30,de,,1000,,,,,on_site,DE;XX\n"
    )
    report = parse_catalog_csv(text)
    on_site, blank = report.providers
    assert (on_site.work_modes, on_site.on_site_countries) == (("on_site", "remote"), ("DE", "AT"))
    assert blank.work_modes == ("remote",)
    rejected = {row.row: row.errors for row in report.rejected}
    assert set(rejected[4]) == {"work_modes.0"}
    assert set(rejected[5]) == {"on_site_countries"}
    assert set(rejected[6]) == {"on_site_countries.1"}


def test_csv_with_wrong_columns_is_refused_whole():
    report = parse_catalog_csv("id,name,colour\nx,y,z\n")
    assert report.providers == ()
    assert report.rejected[0].row == 1
    assert any("services" in m for m in report.rejected[0].errors["_file"])
    assert any("colour" in m for m in report.rejected[0].errors["_file"])


@pytest.mark.parametrize("text", ["not json", '{"providers": 3}', "42"])
def test_unreadable_json_is_refused_whole(text):
    report = parse_catalog_json(text)
    assert not report.ok and report.rejected[0].row == 0


def test_json_rows_are_numbered_from_one():
    report = parse_catalog_json(json.dumps({"providers": [GOOD, "oops", {**GOOD, "id": "x"}]}))
    assert [row.row for row in report.rejected] == [2, 3]
    assert report.rejected[0].errors == {"_row": ["Expected an object."]}
