"""Bounded load and fault run: mixed API traffic at concurrency 4, 16 and 64, with faults.

Starts the server the README's way (`python -m bpo.serve`: gunicorn with gunicorn.conf.py) on a
free loopback port in production mode (BPO_ENV=production, keys required, a random SECRET_KEY),
on a throwaway PostgreSQL when `initdb` is installed (else a scratch SQLite file), with the rate
limit counted in a throwaway redis-server when one is installed (else one worker process, which
production allows to count alone). The API key comes from `flask --app wsgi apikeys create`.

Each level runs for a fixed time (default 10 s) with that many client threads, each sending a
mix of requests over a keep-alive connection: classify, create an analysis, read one back, list,
send feedback, and /healthz. Faults, a third of the way into a level:
  - concurrency 16: SIGKILL one gunicorn worker (the master starts another);
  - concurrency 64: stop PostgreSQL, wait, start it again (only with PostgreSQL).
Then every analysis that was answered 201 is read back by id: a 201 that does not read back is a
lost write. Prints requests, a status histogram and p50/p99 latency per level, the faults, and
the lost writes; exits 1 if any write was lost or the server died.

Loopback only, bounded in time, and everything it started is stopped at the end.
Run from the repository root:  make loadtest   (or .venv/bin/python bench/load/loadtest.py)
"""

import argparse
import http.client
import json
import os
import random
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
FLASK = str(Path(PYTHON).with_name("flask"))
LEVELS = (4, 16, 64)
# Request mix: (name, weight).
MIX = (
    ("healthz", 15),
    ("classify", 25),
    ("create", 15),
    ("get", 20),
    ("list", 15),
    ("feedback", 10),
)
TASK_LINES = (
    "Reconcile the bank statements every month",
    "Answer customer emails about late deliveries",
    "Run payroll for forty staff twice a month",
    "Chase unpaid invoices by phone",
    "Book travel and hotels for the sales team",
    "Enter supplier invoices into the accounting system",
    "Screen job applications for warehouse roles",
    "Keep the product catalogue on the web shop up to date",
    "Design the new brand and packaging",
    "Fix laptops and reset passwords for staff",
)
FUNCTIONS = ("finance_accounting", "customer_service", "hr", "admin", "it", "payroll")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


# --- throwaway services -------------------------------------------------------------------


def _initdb() -> str | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    return str(found[-1]) if found else shutil.which("initdb")


def _as_postgres(args: list[str]) -> list[str]:
    """initdb and the server refuse root; run them as the postgres user then."""
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


class Postgres:
    """A throwaway PostgreSQL on a loopback port, like tests/test_postgres.py starts."""

    def __init__(self, initdb: str):
        self.bin = Path(initdb).parent
        self.data = Path(tempfile.mkdtemp(prefix="bpo-load-pg-"))
        if os.geteuid() == 0:
            shutil.chown(self.data, "postgres", "postgres")
        self.port = free_port()
        subprocess.run(
            _as_postgres([initdb, "-D", str(self.data), "-U", "postgres", "--auth=trust"]),
            check=True,
            capture_output=True,
        )
        self.start()
        for _ in range(50):
            done = subprocess.run(
                [str(self.bin / "psql"), "-h", "127.0.0.1", "-p", str(self.port), "-U"]
                + ["postgres", "-c", "CREATE DATABASE bpo"],
                capture_output=True,
            )
            if done.returncode == 0:
                break
            time.sleep(0.1)
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/bpo"

    def _ctl(self, *args: str) -> None:
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.data}"
        command = [str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.data / "log")]
        subprocess.run(
            _as_postgres([*command, "-o", options, *args]),
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=60,
        )

    def start(self) -> None:
        self._ctl("-w", "start")

    def stop(self, mode: str = "fast") -> None:
        self._ctl("-m", mode, "-w", "stop")

    def remove(self) -> None:
        try:
            self.stop("immediate")
        except subprocess.CalledProcessError:
            pass
        shutil.rmtree(self.data, ignore_errors=True)


class Redis:
    """A throwaway redis-server on a unix socket, like tests/test_rate_limit_shared.py starts."""

    def __init__(self, binary: str):
        self.dir = Path(tempfile.mkdtemp(prefix="bpo-load-redis-"))
        self.sock = self.dir / "redis.sock"
        self.process = subprocess.Popen(
            [binary, "--port", "0", "--unixsocket", str(self.sock), "--save", ""]
            + ["--appendonly", "no", "--daemonize", "no", "--dir", str(self.dir)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(100):
            if self.sock.exists():
                break
            time.sleep(0.05)
        self.url = f"redis+unix://{self.sock}"

    def remove(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)
        shutil.rmtree(self.dir, ignore_errors=True)


# --- the server -----------------------------------------------------------------------------


class Server:
    """`python -m bpo.serve` in production mode, and the gunicorn workers under it."""

    def __init__(self, env: dict, log: Path):
        self.env, self.log = env, log
        self.port = int(env["PORT"])
        with log.open("w") as handle:
            self.process = subprocess.Popen(
                [PYTHON, "-m", "bpo.serve"],
                cwd=ROOT,
                env=env,
                stdout=handle,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def wait_ready(self, limit: float = 300.0) -> None:
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"server exited with {self.process.returncode}; see {self.log}")
            try:
                connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
                connection.request("GET", "/readyz")
                if connection.getresponse().status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.5)
        raise SystemExit(f"server not ready within {limit:g}s; see {self.log}")

    def workers(self) -> list[int]:
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        try:
            return [int(pid) for pid in children.read_text().split()]
        except OSError:
            return []

    def alive(self) -> bool:
        return self.process.poll() is None

    def stop(self) -> None:
        if self.alive():
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=40)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)


# --- traffic --------------------------------------------------------------------------------


class Results:
    """What the clients saw: per level, statuses and latencies; overall, the created ids."""

    def __init__(self):
        self.lock = threading.Lock()
        self.created: list[str] = []
        self.statuses: Counter = Counter()
        self.by_kind: Counter = Counter()
        self.latencies: list[float] = []
        # Answers other than 200/201: (kind, status) -> count, and one detail of each.
        self.failures: Counter = Counter()
        self.failure_detail: dict = {}
        # (seconds since the level started, status) of every answer, to see recovery.
        self.timeline: list[tuple[float, object]] = []
        self.level_started = time.monotonic()
        self.fault_ended: float | None = None

    def record(self, kind, status, seconds, created=None, detail="") -> None:
        with self.lock:
            self.statuses[status] += 1
            self.by_kind[kind] += 1
            self.latencies.append(seconds)
            self.timeline.append((time.monotonic() - self.level_started, status))
            if status not in (200, 201):
                self.failures[kind, status] += 1
                self.failure_detail.setdefault((kind, status), detail[:160])
            if created:
                self.created.append(created)

    def some_created(self, rng: random.Random) -> str | None:
        with self.lock:
            return rng.choice(self.created) if self.created else None

    def reset_level(self) -> None:
        with self.lock:
            self.statuses, self.by_kind, self.latencies = Counter(), Counter(), []
            self.failures, self.failure_detail, self.timeline = Counter(), {}, []
            self.level_started = time.monotonic()
            self.fault_ended = None

    def statuses_between(self, start: float, end: float) -> Counter:
        with self.lock:
            return Counter(status for at, status in self.timeline if start <= at < end)


def _analysis_body(rng: random.Random) -> dict:
    lines = rng.sample(TASK_LINES, rng.randint(2, 6))
    return {
        "company": {"name": "Load test Ltd", "country": "US"},
        "tasks": [
            {"name": line, "hours_per_month": rng.choice((10, 20, 40, 80))} for line in lines
        ],
    }


def _request(kind: str, rng: random.Random, results: Results):
    """(method, path, body) for one request of this kind."""
    if kind == "healthz":
        return "GET", "/healthz", None
    if kind == "classify":
        return "POST", "/api/v1/classify", {"tasks": rng.sample(TASK_LINES, rng.randint(1, 3))}
    if kind == "list":
        return "GET", f"/api/v1/analyses?per_page={rng.choice((10, 50, 100))}", None
    if kind == "create" or (existing := results.some_created(rng)) is None:
        return "POST", "/api/v1/analyses", _analysis_body(rng)
    if kind == "get":
        return "GET", f"/api/v1/analyses/{existing}", None
    correction = {"task_index": 0, "function": rng.choice(FUNCTIONS)}
    return "POST", f"/api/v1/analyses/{existing}/feedback", {"corrections": [correction]}


def client(port: int, key: str, until: float, seed: int, results: Results) -> None:
    """One client thread: a keep-alive connection, reopened after any error, until `until`."""
    rng = random.Random(seed)
    kinds, weights = zip(*MIX, strict=True)
    headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}
    connection = None
    while time.monotonic() < until:
        kind = rng.choices(kinds, weights)[0]
        method, path, body = _request(kind, rng, results)
        started = time.perf_counter()
        try:
            if connection is None:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            payload = json.dumps(body) if body is not None else None
            connection.request(method, path, body=payload, headers=headers)
            response = connection.getresponse()
            data = response.read()
            created = None
            if response.status == 201 and path == "/api/v1/analyses":
                created = json.loads(data)["id"]
            detail = ""
            if response.status >= 300:
                detail = data.decode("utf-8", "replace")
            results.record(kind, response.status, time.perf_counter() - started, created, detail)
            if response.getheader("Connection", "").lower() == "close":
                connection.close()
                connection = None
        except (OSError, http.client.HTTPException) as error:
            failed = time.perf_counter() - started
            results.record(kind, type(error).__name__, failed, detail=str(error))
            if connection is not None:
                connection.close()
            connection = None
            time.sleep(0.05)
    if connection is not None:
        connection.close()


def run_level(port, key, concurrency, seconds, results, fault=None) -> list[str]:
    """`concurrency` clients for `seconds`; the fault (if any) runs a third of the way in."""
    results.reset_level()
    until = time.monotonic() + seconds
    threads = [
        threading.Thread(target=client, args=(port, key, until, concurrency * 1000 + n, results))
        for n in range(concurrency)
    ]
    for thread in threads:
        thread.start()
    events = []
    if fault is not None:
        time.sleep(seconds / 3)
        events = fault()
        results.fault_ended = time.monotonic() - results.level_started
    for thread in threads:
        thread.join(timeout=seconds + 120)
    return events


def kill_a_worker(server: Server) -> list[str]:
    workers = server.workers()
    if not workers:
        return ["no worker found to kill"]
    victim = workers[0]
    os.kill(victim, signal.SIGKILL)
    return [f"SIGKILL worker {victim} (of {len(workers)})"]


def restart_postgres(postgres: Postgres, down: float = 3.0) -> list[str]:
    started = time.monotonic()
    postgres.stop("fast")
    stopped = time.monotonic() - started
    time.sleep(down)
    postgres.start()
    return [f"PostgreSQL stopped ({stopped:.1f}s), down {down:g}s, started again"]


def read_back(port: int, key: str, ids: list[str]) -> tuple[int, Counter]:
    """GET every created analysis by id: (lost, statuses). Retries a failed read a few times."""
    statuses: Counter = Counter()
    lost = 0
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    for analysis_id in ids:
        status = None
        for _ in range(5):
            try:
                connection.request(
                    "GET",
                    f"/api/v1/analyses/{analysis_id}",
                    headers={"Authorization": f"Bearer {key}"},
                )
                response = connection.getresponse()
                response.read()
                status = response.status
                if status in (200, 404):
                    break
            except (OSError, http.client.HTTPException):
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            time.sleep(0.5)
        statuses[status] += 1
        lost += status != 200
    connection.close()
    return lost, statuses


# --- main -----------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0, help="per concurrency level")
    parser.add_argument(
        "--levels", default=",".join(map(str, LEVELS)), help="client counts, comma-separated"
    )
    parser.add_argument(
        "--database",
        choices=("auto", "sqlite", "postgres"),
        default="auto",
        help="auto: PostgreSQL when initdb is installed",
    )
    parser.add_argument(
        "--model-dir",
        type=Path,
        default=ROOT / "instance" / "model",
        help="the model to serve (trained there once if missing, as `make run` does)",
    )
    args = parser.parse_args()
    levels = [int(level) for level in args.levels.split(",")]
    scratch = Path(tempfile.mkdtemp(prefix="bpo-load-"))
    postgres = redis = server = None
    failed = any_500 = False
    try:
        initdb = _initdb()
        if args.database == "postgres" and not initdb:
            raise SystemExit("PostgreSQL is not installed (apt-get install postgresql)")
        if args.database != "sqlite" and initdb:
            postgres = Postgres(initdb)
            database = postgres.url
        else:
            database = f"sqlite:///{scratch / 'load.sqlite3'}"
        redis_binary = shutil.which("redis-server")
        if redis_binary:
            redis = Redis(redis_binary)
        port = free_port()
        env = {
            **os.environ,
            "BPO_ENV": "production",
            "SECRET_KEY": secrets.token_hex(32),
            "BPO_API_OPEN": "0",
            "HOST": "127.0.0.1",
            "PORT": str(port),
            "DATABASE_URL": database,
            "BPO_MODEL_DIR": str(args.model_dir),
            "BPO_LOG_LEVEL": "WARNING",
            # Throughput is measured here, not the limit: one key sends everything.
            "BPO_RATE_LIMIT": "1000000 per minute",
            "BPO_RATE_LIMIT_STORAGE": redis.url if redis else "memory://",
            "WEB_CONCURRENCY": os.environ.get("WEB_CONCURRENCY", "2") if redis else "1",
            "BPO_MAX_ANALYSES_PER_KEY": "0",
        }
        print(
            f"server: python -m bpo.serve, production, {env['WEB_CONCURRENCY']} worker(s), "
            f"database {'PostgreSQL' if postgres else 'SQLite'}, rate limit store "
            f"{'redis' if redis else 'memory'}; {args.seconds:g} s per level",
            flush=True,
        )
        server = Server(env, scratch / "server.log")
        server.wait_ready()
        created = subprocess.run(
            [FLASK, "--app", "wsgi", "apikeys", "create", "--name", "loadtest"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        key = created.stdout.strip().splitlines()[0].strip()

        results = Results()
        any_500 = False
        print(f"{'clients':>7} {'requests':>8} {'req/s':>7} {'p50 ms':>8} {'p99 ms':>8}  statuses")
        faults = []
        for concurrency in levels:
            fault = None
            if concurrency == 16 or (len(levels) == 1 and not postgres):
                fault = lambda: kill_a_worker(server)  # noqa: E731
            elif concurrency == 64 and postgres:
                fault = lambda: restart_postgres(postgres)  # noqa: E731
            events = run_level(port, key, concurrency, args.seconds, results, fault)
            faults += [f"concurrency {concurrency}: {event}" for event in events]
            total = sum(results.statuses.values())
            histogram = ", ".join(
                f"{status}: {count}"
                for status, count in sorted(results.statuses.items(), key=lambda s: str(s[0]))
            )
            print(
                f"{concurrency:>7} {total:>8} {total / args.seconds:>7.1f} "
                f"{percentile(results.latencies, 0.5) * 1000:>8.0f} "
                f"{percentile(results.latencies, 0.99) * 1000:>8.0f}  {histogram}",
                flush=True,
            )
            for (kind, status), count in sorted(results.failures.items(), key=str):
                detail = results.failure_detail[kind, status]
                print(f"{'':>7} {kind} {status} x{count}: {detail}")
            if results.fault_ended is not None:
                after = results.statuses_between(results.fault_ended + 1.0, args.seconds + 60)
                recovered = ", ".join(f"{k}: {n}" for k, n in sorted(after.items(), key=str))
                print(f"{'':>7} from 1 s after the fault ended: {recovered}")
            any_500 = any_500 or any(status == 500 for status in results.statuses)
        for fault_line in faults:
            print(f"fault: {fault_line}")
        server_alive = server.alive()
        lost, read_statuses = read_back(port, key, results.created)
        readback = ", ".join(f"{s}: {n}" for s, n in read_statuses.items())
        print(f"created (201): {len(results.created)}; read back: {readback or 'none'}")
        print(f"lost writes: {lost}")
        if not server_alive:
            print("the server died")
        failed = lost > 0 or not server_alive
        return 1 if failed else 0
    except BaseException:
        failed = True
        raise
    finally:
        if (failed or any_500) and server is not None:
            kept = Path(tempfile.mkdtemp(prefix="bpo-load-log-")) / "server.log"
            shutil.copy(server.log, kept)
            print(f"server log kept in {kept}")
        if server is not None:
            server.stop()
        if redis is not None:
            redis.remove()
        if postgres is not None:
            postgres.remove()
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
