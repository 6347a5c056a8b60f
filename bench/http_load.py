"""Ceiling and API: gunicorn as the Procfile runs it, wrk in its own process, on a bench-seeded database.

    apt-get install -y wrk        # Debian's wrk 4.1; the script says so if it is missing
    DATABASE_URL=sqlite:///$PWD/var/bench/s1.sqlite3 .venv/bin/python bench/http_load.py

One run measures, against the same server and in this order:
1. ceiling: /healthz, then the eligibility API, each as fast as `--connections` connections go for `--seconds`;
   the target is eligibility throughput >= 50% of /healthz throughput in the same run;
2. fixed rate: the eligibility API paced at `--rate` requests per second for `--rate-seconds` (wrk's per-connection
   `delay()` in a small Lua script, since wrk2 is not packaged); the target is p99 < 50 ms.
Every result is printed with wrk's own CPU use (from its rusage) and the gunicorn processes' CPU use over the same
interval, because on this 2-core machine the load generator takes CPU from the server. Eligibility requests go to
random bench people with their own department and home region. All traffic goes to 127.0.0.1; every wrk run is
bounded by its duration and a timeout. Not a test: results go to docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TICKS = os.sysconf("SC_CLK_TCK")

LUA_COMMON = r"""
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH {"requests": %d, "socket_errors": %d, "non_2xx": %d, "seconds": %.3f, '
    .. '"p50": %.3f, "p90": %.3f, "p95": %.3f, "p99": %.3f, "max": %.3f}\n',
    summary.requests, e.connect + e.read + e.write + e.timeout, e.status, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
"""


def lua_eligibility(people: list[list[str]], key: str, delay_ms: float | None) -> str:
    rows = ",\n".join(f'{{"{e}","{d}","{r}"}}' for e, d, r in people)
    script = f"""
local people = {{
{rows}
}}
local headers = {{["Authorization"] = "Api-Key {key}"}}
math.randomseed(os.time())
request = function()
  local p = people[math.random(#people)]
  return wrk.format("GET", "/api/v1/eligibility/?employee_id=" .. p[1] .. "&department=" .. p[2]
    .. "&region=" .. p[3], headers)
end
"""
    if delay_ms is not None:
        script += f"delay = function() return {delay_ms:.1f} end\n"
    return script + LUA_COMMON


def lua_plain(path: str, delay_ms: float | None = None, headers: dict | None = None) -> str:
    pairs = ", ".join(f'["{k}"] = "{v}"' for k, v in (headers or {}).items())
    script = f'request = function() return wrk.format("GET", "{path}", {{{pairs}}}) end\n'
    if delay_ms is not None:
        script += f"delay = function() return {delay_ms:.1f} end\n"
    return script + LUA_COMMON


def process_ticks(pids: list[int]) -> int:
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except FileNotFoundError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total


def children_of(pid: int) -> list[int]:
    found = [pid]
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (FileNotFoundError, ProcessLookupError, IndexError):
                continue
            if ppid == pid:
                found.append(int(entry.name))
    return found


def run_wrk(url: str, script: str, *, connections: int, seconds: int, server_pids: list[int]) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as handle:
        handle.write(script)
    cmd = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", "-s", handle.name, url]
    server_before = process_ticks(server_pids)
    began = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        out, err = proc.communicate(timeout=seconds + 30)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
    wall = time.monotonic() - began
    os.unlink(handle.name)
    line = next((x for x in out.splitlines() if x.startswith("BENCH ")), None)
    if line is None:
        raise RuntimeError(f"wrk printed no result: {out}\n{err}")
    result = json.loads(line[6:])
    result["rps"] = result["requests"] / result["seconds"]
    result["server_cpu"] = (process_ticks(server_pids) - server_before) / TICKS / wall
    return result


def wrk_measured(url: str, script: str, **kwargs) -> dict:
    """run_wrk with wrk's own CPU (user + system of the finished child) over its wall time."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.monotonic()
    result = run_wrk(url, script, **kwargs)
    wall = time.monotonic() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    result["wrk_cpu"] = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) / wall
    return result


def manage(env: dict, source: Path, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=source,
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return done.stdout


def serve(env: dict, source: Path, port: int, workers: int) -> tuple[subprocess.Popen, str]:
    """gunicorn as the Procfile starts it, in its own session (stopped with killpg); waits for /healthz."""
    log = tempfile.NamedTemporaryFile("w", suffix=".log", delete=False)  # noqa: SIM115 (kept for inspection)
    command = [str(Path(sys.executable).parent / "gunicorn"), "lms.wsgi", "--bind", f"127.0.0.1:{port}"]
    command += ["--workers", str(workers), "--timeout", "60", "--access-logfile", "-"]
    gunicorn = subprocess.Popen(
        command, cwd=source, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2).read()  # noqa: S310 (loopback)
            break
        except OSError:
            if time.monotonic() > deadline or gunicorn.poll() is not None:
                os.killpg(gunicorn.pid, signal.SIGKILL)
                raise RuntimeError(f"gunicorn did not start; see {log.name}") from None
            time.sleep(0.5)
    time.sleep(2)  # every worker booted
    return gunicorn, log.name


def stop(gunicorn: subprocess.Popen) -> None:
    """Stop what `serve` started: gracefully, then by force after 30 s."""
    os.killpg(gunicorn.pid, signal.SIGTERM)
    try:
        gunicorn.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(gunicorn.pid, signal.SIGKILL)


def prime(base: str, people: list[list[str]], key: str) -> None:
    """One eligibility call per bench person, one at a time: afterwards every person's facts are in the cache."""
    started = time.monotonic()
    for employee_id, department, region in people:
        url = f"{base}/api/v1/eligibility/?employee_id={employee_id}&department={department}&region={region}"
        request = urllib.request.Request(url, headers={"Authorization": f"Api-Key {key}"})
        urllib.request.urlopen(request, timeout=30).read()  # noqa: S310 (loopback)
    print(f"primed {len(people)} people in {time.monotonic() - started:.1f} s", flush=True)


PEOPLE_CODE = """
import json
from org.models import User
rows = User.objects.filter(username__startswith="bench").order_by("pk").values_list(
    "employee_id", "department__code", "home_region__code")[:1000]
print(json.dumps([list(r) for r in rows]))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--source", type=Path, default=ROOT, help="Project checkout to serve (default: this one).")
    parser.add_argument("--workers", type=int, default=int(os.environ.get("WEB_CONCURRENCY", 3)))
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--connections", type=int, default=12)
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--rate", type=float, default=200)
    parser.add_argument("--rate-connections", type=int, default=40)
    parser.add_argument("--rate-seconds", type=int, default=30)
    parser.add_argument("--label", default="")
    parser.add_argument(
        "--prime",
        action="store_true",
        help="Ask once about every person before measuring, so the runs see the gate's cache warm.",
    )
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        print("wrk is not installed: apt-get install -y wrk (Debian package 'wrk').", file=sys.stderr)
        return 2
    if "DATABASE_URL" not in os.environ:
        print("Set DATABASE_URL to a database seeded with `manage.py bench_seed`.", file=sys.stderr)
        return 2
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.dev",
        "DEBUG": "false",
        # the throttle still runs on every call (its cache read and write are part of the cost), but does not refuse
        "API_RATE_LIMIT": "1000000/minute",
    }
    source = args.source.resolve()
    key = manage(env, source, "create_api_key", f"bench {time.strftime('%Y%m%d-%H%M%S')}").strip()
    people = json.loads(manage(env, source, "shell", "-c", PEOPLE_CODE).strip().splitlines()[-1])
    if not people:
        print("No bench people: run `manage.py bench_seed --scale 1` on this database first.", file=sys.stderr)
        return 2
    base = f"http://127.0.0.1:{args.port}"
    gunicorn, log = serve(env, source, args.port, args.workers)
    try:
        pids = children_of(gunicorn.pid)
        eligibility = lua_eligibility(people, key, None)
        healthz = lua_plain("/healthz")
        for script in (healthz, eligibility):  # warm every worker: imports, connections, caches
            run_wrk(base, script, connections=args.connections, seconds=3, server_pids=pids)
        if args.prime:
            prime(base, people, key)
        results = {}
        common = {"connections": args.connections, "seconds": args.seconds, "server_pids": pids}
        results["ceiling /healthz"] = wrk_measured(base, healthz, **common)
        results["ceiling eligibility"] = wrk_measured(base, eligibility, **common)
        delay = args.rate_connections * 1000 / args.rate
        paced = {"connections": args.rate_connections, "seconds": args.rate_seconds, "server_pids": pids}
        results[f"{args.rate:g}/s eligibility"] = wrk_measured(base, lua_eligibility(people, key, delay), **paced)
    finally:
        stop(gunicorn)
    print(f"\n{args.label} workers={args.workers} log={log}")
    print("| run | requests | errors | req/s | p50 | p95 | p99 | max | wrk CPU | gunicorn CPU |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name, r in results.items():
        print(
            f"| {name} | {r['requests']:,} | {r['socket_errors'] + r['non_2xx']} | {r['rps']:.0f} | {r['p50']:.1f} ms "
            f"| {r['p95']:.1f} ms | {r['p99']:.1f} ms | {r['max']:.0f} ms | {100 * r['wrk_cpu']:.0f}% "
            f"| {100 * r['server_cpu']:.0f}% |"
        )
    ratio = results["ceiling eligibility"]["rps"] / results["ceiling /healthz"]["rps"]
    p99 = results[f"{args.rate:g}/s eligibility"]["p99"]
    print(
        f"\neligibility / healthz throughput: {100 * ratio:.0f}% "
        f"(target >= 50%: {'met' if ratio >= 0.5 else 'NOT met'})"
    )
    print(f"p99 at {args.rate:g}/s: {p99:.1f} ms (target < 50 ms: {'met' if p99 < 50 else 'NOT met'})")
    print("JSON " + json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
