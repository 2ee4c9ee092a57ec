"""Reading task lists from the text box and from CSV files, with line and row numbers."""

import signal

import pytest

from bpo.schemas.requests import MAX_ANALYSIS_TASKS
from bpo.web.task_input import clean_number, parse_task_csv, parse_task_lines


@pytest.mark.parametrize(
    ("line", "task"),
    [
        ("Run payroll", {"name": "Run payroll"}),
        ("Run payroll | 8", {"name": "Run payroll", "hours_per_month": "8"}),
        (
            "Run payroll | 8 | 45",
            {"name": "Run payroll", "hours_per_month": "8", "hourly_cost": "45"},
        ),
        ("Run payroll |  | 45", {"name": "Run payroll", "hourly_cost": "45"}),
        (
            "  Run payroll|8h|$45/hr  ",
            {"name": "Run payroll", "hours_per_month": "8", "hourly_cost": "45"},
        ),
        (
            "Pack orders | 1,200 | 20",
            {"name": "Pack orders", "hours_per_month": "1200", "hourly_cost": "20"},
        ),
    ],
)
def test_text_box_columns(line, task):
    found = parse_task_lines(line)
    assert found.problems == []
    assert found.tasks == [task]


def test_blank_lines_are_skipped_but_keep_the_numbering():
    found = parse_task_lines("Do the books\n\n  \nRun payroll\r\nAnswer emails")
    assert [t["name"] for t in found.tasks] == ["Do the books", "Run payroll", "Answer emails"]
    assert found.positions == [1, 4, 5]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Books\nPayroll | 1 | 2 | 3", "Line 2: expected at most 3 columns"),
        ("Books\n\n | 8 | 45", "Line 3: the task name before the first '|' is empty."),
        ("", "List at least one task"),
        (" \n\n\t", "List at least one task"),
    ],
)
def test_text_box_problems_name_the_line(text, message):
    found = parse_task_lines(text)
    assert any(problem.startswith(message) for _pos, problem in found.problems)


def test_too_many_lines():
    found = parse_task_lines("Answer emails\n" * (MAX_ANALYSIS_TASKS + 1))
    assert found.tasks == []
    assert "5,001 tasks is more than one analysis takes (5,000)" in found.problems[0][1]


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("45", "45"),
        ("$45", "45"),
        ("$ 1,200.50", "1200.50"),
        ("12 hours", "12"),
        ("12h", "12"),
        ("$40 per hour", "40"),
        ("30 / month", "30"),
        ("12,5", "12,5"),
        ("abc", "abc"),
    ],
)
def test_clean_number(raw, clean):
    assert clean_number(raw) == clean


def test_a_heading_gives_its_section_to_the_tasks_under_it():
    found = parse_task_lines(
        "Answer emails\nMonth-end close:\n- reconcile the bank | 6 | 40\n\nsend reminders\n"
        "## Front desk\ngreet patients"
    )
    assert found.problems == []
    assert found.tasks == [
        {"name": "Answer emails"},
        {
            "name": "- reconcile the bank",
            "hours_per_month": "6",
            "hourly_cost": "40",
            "section": "Month-end close",
        },
        {"name": "send reminders", "section": "Month-end close"},
        {"name": "greet patients", "section": "Front desk"},
    ]
    assert found.positions == [1, 3, 5, 7]
    assert found.notices == [
        "Read as headings, not tasks: “Month-end close”, “Front desk”. Each task under a "
        "heading is classified with it."
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Nothing under it before the next heading or the end: it may be a task, so it stays one.
        ("Do the books\nPayroll:", ["Do the books", "Payroll:"]),
        ("Payroll:\nHR:\nhire a cleaner", ["Payroll:", "hire a cleaner"]),
        # A line with numbers after a bar is a task, whatever it ends with.
        ("Payroll: | 8\nDo the books", ["Payroll:", "Do the books"]),
    ],
)
def test_a_heading_with_no_task_under_it_is_kept_as_a_task(text, names):
    found = parse_task_lines(text)
    assert [task["name"] for task in found.tasks] == names


def test_headings_do_not_count_against_the_task_limit():
    found = parse_task_lines("Front desk:\n" + "Answer emails\n" * MAX_ANALYSIS_TASKS)
    assert found.problems == []
    assert len(found.tasks) == MAX_ANALYSIS_TASKS


def test_csv_department_column_reads_as_the_section():
    found = parse_task_csv(b"Task,Department\nsend reminders,Accounts receivable\n", "t.csv")
    assert found.problems == []
    assert found.tasks == [{"name": "send reminders", "section": "Accounts receivable"}]


@pytest.mark.parametrize(
    "line",
    [
        "Run payroll | 8" + " " * 20_000 + "x | 45",
        "Run payroll | 8" + " " * 20_000 + "per | 45",
        "Run payroll | 8 | 45" + " " * 20_000 + "x",
        " " * 20_000 + "Run payroll" + " " * 20_000,
    ],
)
def test_long_runs_of_spaces_are_read_at_once(line):
    # Patterns with unbounded spaces around optional parts once took minutes on such a line (a
    # 2 MB form would have held a worker for hours); 10 s is a wide margin over milliseconds.
    def too_slow(*_):
        raise TimeoutError("reading one line took over 10 s")

    previous = signal.signal(signal.SIGALRM, too_slow)
    signal.alarm(10)
    try:
        found = parse_task_lines(line + "\nDo the books")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert len(found.tasks) + len(found.problems) >= 1


def test_csv_with_header_reads_every_column():
    data = (
        b"Name,Hours per month,hourly_cost,transactions_per_month,sensitivity,strategic,"
        b"required_certifications,languages,office,process,function,description\n"
        b'Answer emails,120,24,1800,Internal,no,"PCI DSS; iso 27001",EN;es,front,support,'
        b'customer service,"Orders, returns"\n'
        b"\n"
        b"Decide prices,4,,,,yes,,,,,,\n"
    )
    found = parse_task_csv(data, "tasks.csv")
    assert found.problems == []
    assert found.positions == [2, 4]
    assert found.tasks[0] == {
        "name": "Answer emails",
        "hours_per_month": "120",
        "hourly_cost": "24",
        "transactions_per_month": "1800",
        "sensitivity": "internal",
        "strategic": "no",
        "required_certifications": ["PCI_DSS", "ISO27001"],
        "languages": ["en", "es"],
        "office": "front",
        "process": "support",
        "function": "customer_service",
        "description": "Orders, returns",
    }
    assert found.tasks[1] == {"name": "Decide prices", "hours_per_month": "4", "strategic": "yes"}


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("\ufeffname;hours_per_month\nCafé orders;10\n", "utf-8"),
        ("name;hours_per_month\nCafé orders;10\n", "cp1252"),
        ("name\thours_per_month\nCafé orders\t10\n", "utf-8"),
    ],
)
def test_csv_from_spreadsheet_programs(data, encoding):
    found = parse_task_csv(data.encode(encoding), "Tasks.CSV")
    assert found.problems == []
    assert found.tasks == [{"name": "Café orders", "hours_per_month": "10"}]


@pytest.mark.parametrize(
    ("data", "filename", "message"),
    [
        (b"PK\x03\x04\x14\x00\x00\x00", "tasks.xlsx", "“tasks.xlsx” is not a CSV file"),
        (b"\x00\x01binary", "tasks.csv", "“tasks.csv” is not a CSV file"),
        (b"", "tasks.csv", "The file is empty"),
        (b"name,hours_per_month\n", "tasks.csv", "The file has a header row but no tasks"),
        (b"hours,cost\n3,4\n", "tasks.csv", "Row 1: the header row needs a 'name' column"),
        (
            b"name,name\nBooks,Books\n",
            "tasks.csv",
            "Row 1: column(s) 'name' appear more than once.",
        ),
        (b"name,hours_per_month\nBooks,3\nPayroll,2,extra\n", "t.csv", "Row 3: 3 cells but the"),
        (b"name,hours_per_month\nBooks,3\n,4\n", "t.csv", "Row 3: the name cell is empty."),
    ],
)
def test_csv_problems(data, filename, message):
    found = parse_task_csv(data, filename)
    assert any(problem.startswith(message) for _pos, problem in found.problems), found.problems


def test_csv_with_too_many_rows():
    data = ("name\n" + "Answer emails\n" * (MAX_ANALYSIS_TASKS + 1)).encode()
    found = parse_task_csv(data, "big.csv")
    assert found.tasks == []
    assert "more than one analysis takes" in found.problems[0][1]


def test_csv_location_column_reads_as_people_write_it():
    data = b"name,location\nClean the office,On site\nDo the books,remote\n"
    found = parse_task_csv(data, "t.csv")
    assert [task["location"] for task in found.tasks] == ["on_site", "remote"]
