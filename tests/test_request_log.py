"""One log line per request with method, path, status and duration."""

import logging
import re


def test_each_request_logs_one_line(client, caplog):
    with caplog.at_level(logging.INFO, logger="bpo.request"):
        client.get("/healthz")
    lines = [r.getMessage() for r in caplog.records if r.name == "bpo.request"]
    assert len(lines) == 1
    assert re.match(r"^GET /healthz 200 \d+\.\dms request_id=\w+", lines[0])
