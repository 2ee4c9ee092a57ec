"""Submit-to-report time for a 500-line CSV upload, printed in the run's summary (not asserted)."""

import csv
import io
import itertools
import re
import time

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

# Chores of a multi-site business; combined with sites they make 500 distinct lines.
CHORES = (
    ("Answer customer emails about orders", 60, 24),
    ("Take phone calls from customers", 80, 22),
    ("Enter supplier invoices", 20, 36),
    ("Reconcile bank statements", 10, 42),
    ("Run payroll", 8, 45),
    ("Screen job applicants", 12, 34),
    ("Post on social media", 15, 30),
    ("Reset staff passwords", 6, 40),
    ("Pack and ship orders", 120, 20),
    ("Reorder stock from suppliers", 16, 32),
    ("Chase unpaid customer invoices", 14, 35),
    ("Update the product catalogue online", 18, 28),
    ("Schedule delivery drivers", 25, 26),
    ("Book travel for staff", 4, 30),
    ("Decide opening hours and staffing", 6, 60),
    ("Negotiate rent with the landlord", 3, 70),
    ("Onboard new employees", 10, 34),
    ("Prepare monthly sales report", 8, 38),
    ("Handle warranty claims", 20, 26),
    ("Process refunds", 15, 24),
)
SITES = [f"site {number}" for number in range(1, 26)]


def five_hundred_tasks_csv() -> bytes:
    """A realistic 500-row task list with hours and costs."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["name", "hours_per_month", "hourly_cost"])
    for (chore, hours, cost), site in itertools.islice(itertools.product(CHORES, SITES), 500):
        writer.writerow([f"{chore} for {site}", hours, cost])
    return out.getvalue().encode()


def test_500_line_upload(page: Page, timings):
    page.goto("/")
    page.get_by_label("Or upload a CSV file").set_input_files(
        files=[{"name": "tasks.csv", "mimeType": "text/csv", "buffer": five_hundred_tasks_csv()}]
    )
    started = time.perf_counter()
    page.get_by_role("button", name="Analyse my tasks").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        re.compile("^Sourcing report"), timeout=60_000
    )
    expect(page.locator("table.tasks tbody tr")).to_have_count(500)
    timings("500-line CSV upload", time.perf_counter() - started)
