"""The start form read into an analysis request, and errors placed by their fields."""

import io

import pytest
from werkzeug.datastructures import FileStorage, MultiDict

from bpo.web.analysis_form import MAX_MESSAGES, blank_form, example_form, read_form


def read(files=None, **fields):
    form = MultiDict()
    for name, value in fields.items():
        for item in value if isinstance(value, list) else [value]:
            form.add(name, item)
    return read_form(form, MultiDict(files or {}))


def upload(text: str, filename: str = "tasks.csv") -> dict:
    return {"tasks_file": FileStorage(io.BytesIO(text.encode()), filename)}


def test_the_example_is_a_valid_request():
    form = read(**{k: v for k, v in example_form().values.items() if isinstance(v, str)})
    assert form.errors == {}
    assert len(form.submission["tasks"]) == 15
    assert form.submission["company"]["name"] == "Harbor & Pine Home Goods"
    assert form.submission["company"]["max_providers"] == 3


def test_empty_company_numbers_use_the_defaults():
    form = read(tasks="Run payroll", default_hourly_cost="", vendor_management_cost="")
    assert form.submission["company"]["default_hourly_cost"] == 35.0
    # None: the engine's default rule, which grows with the work handed over, not a flat 500.
    assert form.submission["company"]["vendor_management_cost"] is None
    assert form.submission["company"]["max_providers"] is None


def test_the_blank_form_leaves_the_management_cost_to_the_default_rule():
    assert blank_form().values["vendor_management_cost"] == ""
    assert example_form().values["vendor_management_cost"] == ""


def test_a_flat_management_cost_is_still_taken():
    form = read(tasks="Run payroll", vendor_management_cost="$250")
    assert form.submission["company"]["vendor_management_cost"] == 250.0


def test_the_company_profile_is_read_and_trimmed():
    form = read(
        tasks="Cleanings and checkups",
        country="us",
        industry="  dental practice ",
        offering="checkups, cleanings and fillings for families",
    )
    assert form.errors == {}
    company = form.submission["company"]
    assert company["country"] == "US"
    assert company["industry"] == "dental practice"
    assert company["offering"] == "checkups, cleanings and fillings for families"


def test_the_profile_is_optional():
    company = read(tasks="Run payroll", country="", industry="", offering="").submission["company"]
    assert (company["country"], company["industry"], company["offering"]) == (None, "", "")


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"country": "XX"}, "country", "“XX” is not a country we know"),
        ({"country": "Germany"}, "country", "choose yours from the list"),
        ({"industry": "d" * 301}, "industry", "Longer than maximum length 300"),
        ({"offering": "o" * 301}, "offering", "Longer than maximum length 300"),
    ],
)
def test_profile_errors_go_next_to_their_fields(fields, field, message):
    form = read(tasks="Run payroll", **fields)
    assert form.submission is None
    assert message in " ".join(form.errors[field])
    assert set(form.errors) == {field}


def test_task_errors_carry_line_numbers_in_line_order():
    text = "Do the books | 30\nRun payroll | lots\n\nA | 1 | 2 | 3\nPack orders | -4 | 20"
    form = read(tasks=text)
    assert form.submission is None
    assert form.errors["tasks"] == [
        "Line 2: hours per month “lots”: Not a valid number.",
        "Line 4: expected at most 3 columns (task | hours per month | hourly cost), found 4.",
        "Line 5: hours per month “-4”: Must be greater than or equal to 0 and less than or "
        "equal to 100000.",
    ]
    assert form.values["tasks"] == text


def test_csv_errors_carry_row_numbers():
    form = read(files=upload("name,hours_per_month,sensitivity\nBooks,3,secret\nPayroll,x,\n"))
    assert form.errors["tasks_file"] == [
        "Row 2: sensitivity “secret”: Must be one of: public, internal, confidential, regulated.",
        "Row 3: hours per month “x”: Not a valid number.",
    ]


def test_a_chosen_file_wins_over_the_text_box():
    form = read(tasks="Ignored task", files=upload("name\nFrom the file\n"))
    assert [t["name"] for t in form.submission["tasks"]] == ["From the file"]


def test_company_errors_go_next_to_their_fields():
    form = read(tasks="Run payroll", default_hourly_cost="0", max_providers="0")
    assert "default_hourly_cost" in form.errors and "max_providers" in form.errors
    assert "tasks" not in form.errors


def test_sensitive_data_boxes_add_certifications_to_every_task():
    form = read(
        files=upload("name,required_certifications\nBooks,SOC2\nEmails,\n"),
        sensitive_data=["HIPAA", "GDPR"],
    )
    assert [t["required_certifications"] for t in form.submission["tasks"]] == [
        ["SOC2", "HIPAA", "GDPR"],
        ["HIPAA", "GDPR"],
    ]


def test_unknown_sensitive_data_or_region_is_refused():
    form = read(tasks="Books", sensitive_data="FOO", preferred_regions="mars")
    assert form.submission is None
    assert form.errors["sensitive_data"] == ["Choose from the listed options."]
    assert "preferred_regions" in form.errors


def test_many_errors_are_summed_up():
    form = read(tasks="\n".join(f"Task {i} | x" for i in range(50)))
    assert len(form.errors["tasks"]) == MAX_MESSAGES + 1
    assert form.errors["tasks"][-1] == "…and 30 more like these."
