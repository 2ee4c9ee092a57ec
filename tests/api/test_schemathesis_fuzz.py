"""schemathesis against /api/v1/openapi.json through WSGI: no 5xx, no answer off its own schema.

`make test` runs the examples and fuzzing phases, bounded. BPO_FUZZ_COVERAGE=1 adds
schemathesis's coverage phase (every boundary value: about 2,600 more cases, two minutes).
"""

import os
import time

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig

from bpo import create_app
from bpo.auth import hash_key
from bpo.extensions import db
from bpo.models import ApiKey

# 13 operations x this many examples keeps the whole run well under a minute on 2 cores.
EXAMPLES_PER_OPERATION = 25
# Counted in this process's CPU seconds, so other busy processes on the machine cannot fail it.
CPU_BUDGET_SECONDS = 60
RUN = {"cases": 0, "started": None, "cpu": None}
# A fixed admin key, so schemathesis sends it as the spec's bearerAuth (and can drop it to
# check that calls without it are refused).
FUZZ_KEY = "bpo_fuzzing-key-for-tests-only"
CONFIG = SchemathesisConfig.from_dict(
    {
        "auth": {"openapi": {"bearerAuth": {"bearer": FUZZ_KEY}}},
        "phases": {"coverage": {"enabled": os.environ.get("BPO_FUZZ_COVERAGE") == "1"}},
        "operations": [
            {
                # Provider ids must be unique within a request's shortlist: a 422 that JSON
                # Schema cannot express, so a generated shortlist may repeat an id.
                "include-method": "POST",
                "include-path": "/api/v1/analyses",
                "checks": {
                    "positive_data_acceptance": {
                        "expected-statuses": ["2xx", "401", "403", "404", "409", "422", "429"]
                    }
                },
            }
        ],
    }
)

# The spec does not depend on data or model, so an app built at import serves it to schemathesis;
# each case is then sent to `fuzz_app`, which has a trained model and a migrated database.
# (schemathesis.pytest.from_fixture does not work with pytest 9: it reads a removed attribute.)
SPEC_APP = create_app(
    {"TESTING": True, "SECRET_KEY": "s" * 40, "SQLALCHEMY_DATABASE_URI": "sqlite://", "MODEL": None}
)
schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", SPEC_APP, config=CONFIG)


@pytest.fixture
def fuzz_app(make_app):
    """A closed API (an admin key exists), the sample catalog, no practical rate limit."""
    app = make_app(RATELIMIT_DEFAULT="1000000 per minute", SOLVER_TIME_LIMIT=1.0)
    with app.app_context():
        db.session.add(ApiKey(name="fuzzer", key_hash=hash_key(FUZZ_KEY), is_admin=True))
        db.session.commit()
    return app


@schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_api_answers_within_its_schema(case, fuzz_app):
    RUN["started"] = RUN["started"] or time.perf_counter()
    RUN["cpu"] = RUN["cpu"] or time.process_time()
    RUN["cases"] += 1
    # The WSGI client does not decompress, so ask for the plain bytes a decoding client sees.
    case.call_and_validate(app=fuzz_app, headers={"Accept-Encoding": "identity"})


def test_fuzzing_ran_within_its_budget():
    """Runs after the fuzz test (file order): it ran cases, and within the time budget."""
    if RUN["started"] is None:
        pytest.skip("the fuzz test was not selected")
    elapsed = time.perf_counter() - RUN["started"]
    cpu = time.process_time() - RUN["cpu"]
    print(f"\nschemathesis: {RUN['cases']} cases in {elapsed:.1f}s ({cpu:.1f}s CPU)")
    assert RUN["cases"] > 0
    if os.environ.get("BPO_FUZZ_COVERAGE") != "1":
        assert cpu < CPU_BUDGET_SECONDS
