"""The start page: the form, the example, submitting tasks and seeing errors."""

import io
import re

import pytest

from bpo.extensions import db
from bpo.model_store import set_model
from bpo.models import AnalysisRecord
from bpo.web.task_input import CSV_COLUMNS


def stored_count(app) -> int:
    with app.app_context():
        return db.session.query(AnalysisRecord).count()


def test_start_page_explains_and_labels_every_field(client):
    page = client.get("/").get_data(as_text=True)
    assert "<h1" in page and "outsource" in page
    assert 'name="csrf_token"' in page
    # Every visible form control has a <label for=...>.
    controls = re.findall(
        r'<(?:input|textarea|select)\b(?![^>]*type="hidden")[^>]*\bid="([^"]+)"', page
    )
    assert {"tasks", "tasks_file", "company_name", "default_hourly_cost"} <= set(controls)
    for control in controls:
        assert f'for="{control}"' in page, control
    assert 'href="/?example=1"' in page
    assert 'href="/tasks-template.csv"' in page


def test_the_company_profile_comes_first_with_examples(client):
    page = client.get("/").get_data(as_text=True)
    positions = [page.index(f'id="{name}"') for name in ("country", "industry", "offering")]
    assert max(positions) < page.index('id="tasks"')
    assert '<option value="">Not given</option>' in page
    assert '<option value="US">United States</option>' in page
    assert '<option value="DE">Germany</option>' in page
    assert "dental practice" in page and "checkups, cleanings and fillings for families" in page
    # The browser remembers exactly these fields (form.js); the script is a file, not inline.
    remembered = re.findall(r'<(?:input|select)\b[^>]*\bid="([^"]+)"[^>]*\bdata-remember', page)
    assert remembered == ["company_name", "country", "industry", "offering"]
    assert re.search(r"<script(?![^>]*\bsrc=)", page) is None


def test_the_management_cost_is_empty_and_explains_the_default(client):
    page = client.get("/").get_data(as_text=True)
    field = re.search(r'<input[^>]*id="vendor_management_cost"[^>]*>', page).group(0)
    assert 'value=""' in field
    hint = re.search(r'id="vendor_management_cost-hint">(.*?)</p>', page, re.S).group(1)
    assert "Leave empty for the default" in hint
    assert "7% of what each provider charges plus $100 a month" in hint


def test_the_profile_is_stored_and_shown_on_the_report(app, client):
    data = {
        "tasks": "Cleanings and checkups by the hygienists | 120 | 45\nRun payroll | 6 | 40",
        "country": "US",
        "industry": "dental practice",
        "offering": "checkups, cleanings and fillings for families",
    }
    response = client.post("/analyses", data=data)
    assert response.status_code == 303
    with app.app_context():
        company = db.session.query(AnalysisRecord).one().request["company"]
    assert (company["country"], company["industry"]) == ("US", "dental practice")
    report = client.get(response.headers["Location"]).get_data(as_text=True)
    profile = re.search(r'<dl class="profile"[^>]*>(.*?)</dl>', report, re.S).group(1)
    assert "<dd>United States</dd>" in profile
    assert "<dd>dental practice</dd>" in profile
    assert "<dd>checkups, cleanings and fillings for families</dd>" in profile


def test_every_csv_column_is_documented(client):
    page = client.get("/").get_data(as_text=True)
    for column in CSV_COLUMNS:
        assert f"<code>{column}</code>" in page


def test_example_link_fills_the_form(client):
    page = client.get("/?example=1").get_data(as_text=True)
    assert "Answer customer emails and live chat about orders | 120 | 24" in page
    assert 'value="Harbor &amp; Pine Home Goods"' in page


def test_template_download_is_a_csv_the_form_accepts(client):
    response = client.get("/tasks-template.csv")
    assert response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    header = response.get_data(as_text=True).splitlines()[0]
    assert header.split(",") == list(CSV_COLUMNS)
    upload = (io.BytesIO(response.get_data()), "tasks-template.csv")
    assert client.post("/analyses", data={"tasks_file": upload}).status_code == 303


def test_valid_tasks_redirect_to_the_stored_report(app, client):
    response = client.post("/analyses", data={"tasks": "Do the books | 30 | 40\nRun payroll | 8"})
    assert response.status_code == 303
    assert re.fullmatch(r"/analyses/[\w-]{20,}", response.headers["Location"])
    assert stored_count(app) == 1


def test_csv_upload_is_analysed(client):
    data = "name,hours_per_month,hourly_cost,strategic\nDo the books,30,40,no\nSet prices,5,,yes\n"
    response = client.post(
        "/analyses",
        data={"tasks_file": (io.BytesIO(data.encode()), "tasks.csv")},
        content_type="multipart/form-data",
    )
    assert response.status_code == 303
    report = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Do the books" in report and "Set prices" in report
    assert "marked strategic" in report


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"tasks": "Do the books\nRun payroll | many"}, "tasks", "Line 2: hours per month"),
        ({"tasks": "Books\n\n\nA | 1 | 2 | 3"}, "tasks", "Line 4: expected at most 3 columns"),
        ({"tasks": ""}, "tasks", "List at least one task"),
        ({"tasks": "Books\n" * 5001}, "tasks", "5,001 tasks is more than"),
        ({"tasks": "Books", "default_hourly_cost": "-5"}, "default_hourly_cost", "Must be"),
        ({"tasks": "Books", "country": "XX"}, "country", "“XX” is not a country we know"),
        ({"tasks": "Books", "industry": "x" * 301}, "industry", "Longer than maximum"),
        (
            {"tasks_file": (io.BytesIO(b"PK\x03\x04\x00"), "tasks.xlsx")},
            "tasks_file",
            "is not a readable Excel workbook",
        ),
        (
            {"tasks_file": (io.BytesIO(b"name,hours_per_month\nA,1\nB,x\n"), "t.csv")},
            "tasks_file",
            "Row 3: hours per month",
        ),
    ],
)
def test_bad_input_shows_errors_by_the_field_and_stores_nothing(app, client, data, field, message):
    response = client.post("/analyses", data=data, content_type="multipart/form-data")
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    errors = re.search(rf'<ul class="field-errors" id="{field}-error">(.*?)</ul>', page, re.S)
    assert errors and message in errors.group(1)
    assert 'id="error-summary"' in page
    assert f'aria-describedby="{field}-hint {field}-error"' in page
    assert stored_count(app) == 0


def test_errors_keep_what_was_typed(client):
    typed = "Do the books | 30\nRun payroll | lots"
    data = {"tasks": typed, "company_name": "Crumb & Co", "sensitive_data": "GDPR"}
    page = client.post("/analyses", data=data).get_data(as_text=True)
    assert ">Do the books | 30\nRun payroll | lots</textarea>" in page
    assert 'value="Crumb &amp; Co"' in page
    assert re.search(r'value="GDPR"\s+checked', page)


def test_user_text_is_escaped(client):
    page = client.post("/analyses", data={"tasks": "<script>alert(1)</script> | x"}).get_data(
        as_text=True
    )
    assert "<script>alert(1)" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_without_a_model_the_form_says_so(app, client):
    set_model(app, None)
    response = client.post("/analyses", data={"tasks": "Run payroll"})
    assert response.status_code == 503
    assert "not ready" in response.get_data(as_text=True)
    assert stored_count(app) == 0
