"""A realistic small-business example and the CSV template people can start from."""

import csv
import io

from openpyxl import Workbook

from bpo.exports import workbook_bytes
from bpo.web.task_input import CSV_COLUMNS

# A 14-person online home-goods shop: the mix of chores a small team really splits between them.
EXAMPLE_TASKS = """\
Answer customer emails and live chat about orders | 120 | 24
Handle returns and refund requests | 40 | 24
Enter supplier invoices and pay bills | 30 | 38
Reconcile bank and card statements each month | 12 | 42
Run payroll for 14 employees | 8 | 45
Post products on social media and reply to comments | 35 | 30
Write the weekly email newsletter | 10 | 35
Reset passwords and fix laptop problems | 15 | 40
Pack and ship online orders | 160 | 20
Reorder stock from suppliers | 20 | 32
Screen job applicants and schedule interviews | 10 | 34
Update product descriptions and photos on the website | 25 | 28
Decide which new product lines to launch | 12 | 70
Negotiate wholesale deals with large retail buyers | 16 | 60
Plan the annual budget and prices | 8 | 75"""

EXAMPLE_COMPANY = {
    "company_name": "Harbor & Pine Home Goods",
    "country": "US",
    "industry": "online home-goods shop",
    "offering": "kitchen and home goods sold online and shipped to customers",
    "default_hourly_cost": "32",
    "max_providers": "3",
}

TEMPLATE_ROWS = (
    {
        "name": "Answer customer emails",
        "description": "Order status, delivery questions and complaints",
        "hours_per_month": "120",
        "hourly_cost": "24",
        "transactions_per_month": "1800",
        "sensitivity": "internal",
        "strategic": "no",
        "languages": "en;es",
    },
    {
        "name": "Run payroll",
        "hours_per_month": "8",
        "hourly_cost": "45",
        "sensitivity": "confidential",
        "required_certifications": "SOC2",
    },
    {"name": "Decide which products to launch", "hours_per_month": "12", "strategic": "yes"},
)


def template_xlsx() -> bytes:
    """The CSV template's Excel sibling: the same columns and rows on one sheet."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Tasks"
    sheet.append(list(CSV_COLUMNS))
    for row in TEMPLATE_ROWS:
        sheet.append([_typed(row.get(column, "")) for column in CSV_COLUMNS])
    return workbook_bytes(book)


def _typed(text: str):
    """Numbers as numbers, so the sheet adds them up; everything else as text."""
    try:
        return float(text) if "." in text else int(text)
    except ValueError:
        return text


def template_csv() -> str:
    """The downloadable CSV template: every column, three filled-in rows."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(TEMPLATE_ROWS)
    return out.getvalue()
