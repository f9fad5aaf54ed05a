"""make bench: speed and memory of the decision aid, as ratios to a bare PySide6 window measured in the same
run. Writes benchmarks/results.json and prints a table. Not part of the test suite."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PY = sys.executable
TARGETS = {
    "startup_wall_ratio": 2.0, "startup_memory_ratio": 1.6, "step_later_ms": 16.0,
    "first_chart_preloaded_ms": 300.0, "first_chart_cold_ms": 800.0, "export_warm_ms": 150.0,
    # the first chart step until its charts are drawn: every chart laid out and the part of each on screen
    # painted (the bands below the screen follow, one per event-loop turn: "whole" in results.json)
    "first_chart_preloaded_drawn_ms": 300.0, "first_chart_cold_drawn_ms": 1000.0,
    "export_first_ms": 1000.0, "summary_at_limits_ms": 5000.0, "soak_rss_growth_mb": 10.0, "bundle_startup_ratio": 1.2,
    "summary_cli_s": 1.0, "summary_peak_mb": 250.0, "summary_pdf_kb": 600.0, "summary_text_scaling": 5.0,
}
BUNDLE = ROOT / "dist" / "decisionaid"          # make dist


def run_timed(cmd: list[str], **extra_env: str) -> tuple[float, float]:
    """(wall seconds, peak resident MB) of one child process."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **extra_env)
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"benchmark command failed: {' '.join(cmd)}")
    return wall, usage.ru_maxrss / 1024


def startup(repeats: int) -> dict:
    bare, app = [], []
    run_timed([PY, str(HERE / "bare_window.py")])           # warm the file cache for both
    run_timed([PY, "-m", "decisionaid", "--smoke"])
    uncached = []
    for _ in range(repeats):                                 # interleaved
        bare.append(run_timed([PY, str(HERE / "bare_window.py")]))
        app.append(run_timed([PY, "-m", "decisionaid", "--smoke"]))
        with tempfile.TemporaryDirectory() as empty:         # first launch after an install or a pack update
            uncached.append(run_timed([PY, "-m", "decisionaid", "--smoke"], XDG_CACHE_HOME=empty))
    bw, bm = statistics.median(x[0] for x in bare), statistics.median(x[1] for x in bare)
    aw, am = statistics.median(x[0] for x in app), statistics.median(x[1] for x in app)
    # each app run is compared with the bare run just before it: the machine's speed drifts between runs
    # (a shared virtual machine), and neighbours drift together
    pairs = sorted(a[0] / b[0] for b, a in zip(bare, app))
    first_pairs = sorted(u[0] / b[0] for b, u in zip(bare, uncached))
    return {"bare_wall_s": bw, "bare_peak_mb": bm, "app_wall_s": aw, "app_peak_mb": am,
            "wall_ratio": statistics.median(pairs), "wall_ratio_of_medians": aw / bw,
            "wall_ratio_range": [pairs[0], pairs[-1]], "memory_ratio": am / bm, "repeats": repeats,
            "no_pack_cache_wall_s": statistics.median(x[0] for x in uncached),
            "no_pack_cache_wall_ratio": statistics.median(first_pairs),
            "no_pack_cache_memory_ratio": statistics.median(x[1] for x in uncached) / bm}


def bundle(repeats: int) -> dict | None:
    """The PyInstaller bundle's start-up (--smoke) against the source run's, and its installed size; None: no
    bundle (make dist builds it)."""
    exe = BUNDLE / "decisionaid"
    if not exe.is_file():
        return None
    source_cmd, bundle_cmd = [PY, "-m", "decisionaid", "--smoke"], [str(exe), "--smoke"]
    run_timed(source_cmd)                                    # warm the file cache for both
    run_timed(bundle_cmd)
    source, frozen = [], []
    for _ in range(repeats):                                 # interleaved, compared pair by pair
        source.append(run_timed(source_cmd))
        frozen.append(run_timed(bundle_cmd))
    pairs = sorted(f[0] / s[0] for s, f in zip(source, frozen))
    size = sum(f.stat().st_size for f in BUNDLE.rglob("*") if f.is_file() and not f.is_symlink())
    debs = sorted((ROOT / "dist").glob("decisionaid_*.deb"))
    return {"source_wall_s": statistics.median(x[0] for x in source),
            "bundle_wall_s": statistics.median(x[0] for x in frozen),
            "source_peak_mb": statistics.median(x[1] for x in source),
            "bundle_peak_mb": statistics.median(x[1] for x in frozen),
            "wall_ratio": statistics.median(pairs), "wall_ratio_range": [pairs[0], pairs[-1]], "repeats": repeats,
            "installed_mb": size / 2 ** 20, "deb": debs[-1].name if debs else None,
            "deb_mb": debs[-1].stat().st_size / 2 ** 20 if debs else None}


def print_bundle(b: dict | None) -> None:
    if b is None:
        print(f"Bundle: none at {BUNDLE.relative_to(ROOT)} (make dist builds it), so not measured")
        return
    print(f"Bundle --smoke: {b['bundle_wall_s'] * 1000:.0f} ms, {b['bundle_peak_mb']:.0f} MB; source --smoke "
          f"{b['source_wall_s'] * 1000:.0f} ms, {b['source_peak_mb']:.0f} MB (medians of {b['repeats']}); ratio per "
          f"pair {b['wall_ratio_range'][0]:.2f} to {b['wall_ratio_range'][1]:.2f}; installed size "
          f"{b['installed_mb']:.0f} MB" + (f", {b['deb']} {b['deb_mb']:.0f} MB" if b["deb"] else ""))


def summary(repeats: int) -> dict:
    """``decisionaid summary`` of the example session in a fresh process (wall time, peak memory, PDF size), the
    large-print copy's peak memory, and how export time grows with a long own question (400,000 characters
    against 100,000: 4 means linear)."""
    import tempfile
    out = Path(tempfile.mkdtemp()) / "s.pdf"
    base = [PY, "-m", "decisionaid", "summary", "--session", str(ROOT / "docs" / "examples" / "session.json"),
            "--out", str(out)]
    runs = [run_timed(base) for _ in range(repeats)]
    size_kb = out.stat().st_size / 1024
    large = [run_timed(base + ["--large-print"]) for _ in range(max(1, repeats // 2))]
    long_text = inprocess("export-long")
    return {"cli_wall_s": statistics.median(r[0] for r in runs), "cli_peak_mb": statistics.median(r[1] for r in runs),
            "cli_wall_range_s": [min(r[0] for r in runs), max(r[0] for r in runs)],
            "large_peak_mb": statistics.median(r[1] for r in large), "patient_pdf_kb": size_kb, **long_text}


def summary_checks(sm: dict) -> list:
    return [
        ("decisionaid summary, example session (wall)", sm["cli_wall_s"], TARGETS["summary_cli_s"], "s"),
        ("decisionaid summary, peak memory", sm["cli_peak_mb"], TARGETS["summary_peak_mb"], "MB"),
        ("decisionaid summary --large-print, peak memory", sm["large_peak_mb"], TARGETS["summary_peak_mb"], "MB"),
        ("Patient copy of the example session", sm["patient_pdf_kb"], TARGETS["summary_pdf_kb"], "KB"),
        ("Export time, own question 400k vs 100k characters", sm["scaling"], TARGETS["summary_text_scaling"], "x"),
        ("Export, every free-text field at its limit (record copy)", sm["at_limits_ms"], TARGETS["summary_at_limits_ms"],
         "ms"),
    ]


def print_checks(checks) -> None:
    print(f"{'measure':58} {'result':>14} {'target':>10}  met")
    for c in checks:
        val = c["value"] if isinstance(c["value"], str) else f"{c['value']:.2f} {c['unit']}"
        tgt = c["target"] if isinstance(c["target"], str) else f"{c['target']:g} {c['unit']}"
        print(f"{c['what']:58} {val:>14} {tgt:>10}  {'yes' if c['met'] else 'NO'}")


def inprocess(*args: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([PY, str(HERE / "inprocess.py"), *args], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=3600)
    for line in out.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[7:])
    raise SystemExit(f"measurement {args} failed:\n{out.stderr[-3000:]}")


def median_of(runs: list[dict], key: str) -> float:
    return statistics.median(r[key] for r in runs)


def only(parts: list[str], repeats: int) -> int:
    """A few measures, for a shared machine: each run of the in-process ones listed with its spread."""
    res: dict = {"date": dt.datetime.now().isoformat(timespec="seconds"), "parts": parts}
    if "startup" in parts:
        su = res["startup"] = startup(repeats)
        print(f"start-up: wall ratio {su['wall_ratio']:.2f} (pairs {su['wall_ratio_range'][0]:.2f} to "
              f"{su['wall_ratio_range'][1]:.2f}), no pack cache {su['no_pack_cache_wall_ratio']:.2f}, memory "
              f"{su['memory_ratio']:.2f}; bare {su['bare_wall_s'] * 1000:.0f} ms, app {su['app_wall_s'] * 1000:.0f} ms")
    if "steps" in parts:
        runs = {"cold": [inprocess("steps") for _ in range(repeats)],
                "preloaded": [inprocess("steps-preloaded") for _ in range(repeats)]}
        res["steps"] = {}
        for kind, rs in runs.items():
            keys = ("first_chart_step_ms", "first_chart_drawn_ms", "first_chart_whole_ms")
            res["steps"][kind] = {k: sorted(r[k] for r in rs) for k in keys}
            later = [max(r["later_median_ms"].values()) for r in rs]
            res["steps"][kind]["later_worst_step_ms"] = sorted(later)
            for k in keys + ("later_worst_step_ms",):
                v = res["steps"][kind][k]
                print(f"{kind:9} {k:24} median {statistics.median(v):7.1f}  runs " + ", ".join(f"{x:.0f}" for x in v))
    (HERE / "results-only.json").write_text(json.dumps(res, indent=2) + "\n")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeats", type=int, default=11)
    ap.add_argument("--soak", type=int, default=300, help="walkthroughs in the soak (0 to skip)")
    ap.add_argument("--exports", type=int, default=50)
    ap.add_argument("--bundle-only", action="store_true", help="measure only the bundle against the source run")
    ap.add_argument("--summary-only", action="store_true", help="measure only the take-home summary")
    ap.add_argument("--only", default="", help="comma-separated parts to measure (startup, steps); prints them "
                    "and writes benchmarks/results-only.json instead of results.json")
    args = ap.parse_args()
    if args.only:
        return only(args.only.split(","), args.repeats)
    if args.summary_only:
        sm = summary(5)
        exports = [inprocess("export") for _ in range(3)]
        checks = summary_checks(sm) + [
            ("Summary PDF export, first in a bare process", median_of(exports, "first_ms"),
             TARGETS["export_first_ms"], "ms"),
            ("Summary PDF export, warm", median_of(exports, "warm_median_ms"), TARGETS["export_warm_ms"], "ms")]
        print_checks([{"what": w, "value": v, "target": t, "unit": u, "met": v <= t} for w, v, t, u in checks])
        print(f"Own question of 100,000 characters: {sm['ms_100k']:.0f} ms; 400,000: {sm['ms_400k']:.0f} ms; "
              f"decisionaid summary {sm['cli_wall_range_s'][0]:.2f} to {sm['cli_wall_range_s'][1]:.2f} s")
        return 0
    if args.bundle_only:
        b = bundle(args.repeats)
        print_bundle(b)
        if b is not None:
            print(f"Bundle start-up vs source start-up: {b['wall_ratio']:.2f} x (target "
                  f"{TARGETS['bundle_startup_ratio']:g} x): {'met' if b['wall_ratio'] <= TARGETS['bundle_startup_ratio'] else 'NOT met'}")
        return 0

    res: dict = {"date": dt.datetime.now().isoformat(timespec="seconds"),
                 "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
                            f"{platform.platform()}"}
    res["startup"] = startup(args.repeats)
    res["bundle"] = bundle(args.repeats)
    cold = [inprocess("steps") for _ in range(3)]
    warm = [inprocess("steps-preloaded") for _ in range(3)]
    later = {k: statistics.median(c["later_median_ms"][k] for c in cold + warm) for k in cold[0]["later_median_ms"]}
    res["steps"] = {
        "first_visit_ms": {k: statistics.median(c["first_ms"][k] for c in cold) for k in cold[0]["first_ms"]},
        "later_visit_median_ms": later,
        "later_visit_worst_step_ms": max(later.values()),
        "first_chart_step": cold[0]["first_chart_step"],
        "first_chart_cold_ms": median_of(cold, "first_chart_step_ms"),
        "first_chart_preloaded_ms": median_of(warm, "first_chart_step_ms"),
        "first_chart_cold_drawn_ms": median_of(cold, "first_chart_drawn_ms"),
        "first_chart_preloaded_drawn_ms": median_of(warm, "first_chart_drawn_ms"),
    }
    res["steps"]["first_chart_cold_whole_ms"] = median_of(cold, "first_chart_whole_ms")
    res["steps"]["first_chart_preloaded_whole_ms"] = median_of(warm, "first_chart_whole_ms")
    exports = [inprocess("export") for _ in range(3)]
    app_exports = [inprocess("export-app") for _ in range(3)]
    res["export"] = {"first_ms": median_of(exports, "first_ms"), "warm_ms": median_of(exports, "warm_median_ms"),
                     "changed_ms": median_of(exports, "changed_median_ms"),
                     "app_first_ms": median_of(app_exports, "first_ms"),
                     "app_prepared_after_ms": median_of(app_exports, "prepared_after_ms")}
    sizes = [inprocess("text-size") for _ in range(3)]
    res["text_size"] = {"to_200_ms": median_of(sizes, "to_200_median_ms"),
                        "to_125_ms": median_of(sizes, "to_125_median_ms")}
    res["summary"] = summary(5)
    if args.soak:
        res["soak"] = inprocess("soak", str(args.soak), str(args.exports))

    checks = [
        ("Start-up wall time vs bare window", res["startup"]["wall_ratio"], TARGETS["startup_wall_ratio"], "x"),
        ("Start-up peak memory vs bare window", res["startup"]["memory_ratio"], TARGETS["startup_memory_ratio"], "x"),
        ("Start-up wall time, first launch (no pack cache yet)", res["startup"]["no_pack_cache_wall_ratio"],
         TARGETS["startup_wall_ratio"], "x"),
        ("Step change, later visits (worst step median)", res["steps"]["later_visit_worst_step_ms"],
         TARGETS["step_later_ms"], "ms"),
        ("First chart step, matplotlib preloaded", res["steps"]["first_chart_preloaded_ms"],
         TARGETS["first_chart_preloaded_ms"], "ms"),
        ("First chart step, not preloaded", res["steps"]["first_chart_cold_ms"], TARGETS["first_chart_cold_ms"], "ms"),
        ("First chart step's charts drawn (on screen), preloaded", res["steps"]["first_chart_preloaded_drawn_ms"],
         TARGETS["first_chart_preloaded_drawn_ms"], "ms"),
        ("First chart step's charts drawn (on screen), not preloaded", res["steps"]["first_chart_cold_drawn_ms"],
         TARGETS["first_chart_cold_drawn_ms"], "ms"),
        ("Summary PDF export, warm", res["export"]["warm_ms"], TARGETS["export_warm_ms"], "ms"),
        ("Summary PDF export, warm, after one answer changed", res["export"]["changed_ms"],
         TARGETS["export_warm_ms"], "ms"),
        ("Summary PDF export, first in the app", res["export"]["app_first_ms"], TARGETS["export_warm_ms"], "ms"),
        ("Summary PDF export, first in a bare process", res["export"]["first_ms"], TARGETS["export_first_ms"], "ms"),
        ("Text size 125 % to 200 %, kiosk, every step built (median)", res["text_size"]["to_200_ms"],
         TARGETS.get("text_size_ms", 200), "ms"),
    ] + summary_checks(res["summary"])
    if res["bundle"] is not None:
        checks.append(("Bundle start-up (--smoke) vs source start-up", res["bundle"]["wall_ratio"],
                       TARGETS["bundle_startup_ratio"], "x"))
    if args.soak:
        s = res["soak"]
        checks.append(("Soak: RSS growth after the first 20 walkthroughs (trend)", s["rss_growth_mb"],
                       TARGETS["soak_rss_growth_mb"], "MB"))
    res["checks"] = [{"what": w, "value": v, "target": t, "unit": u, "met": v <= t} for w, v, t, u in checks]
    if args.soak:
        s = res["soak"]
        leak_ok = (not s["exceptions"] and s["top_level_widgets_end"] <= s["top_level_widgets_after_20"]
                   and s["figures_end"] <= s["figures_after_20"])
        res["checks"].append({"what": "Soak: no exception, no leaked top-level widgets or Figures",
                              "value": f"{len(s['exceptions'])} exceptions, widgets {s['top_level_widgets_after_20']}"
                                       f"->{s['top_level_widgets_end']}, figures {s['figures_after_20']}"
                                       f"->{s['figures_end']}", "target": "none", "unit": "", "met": leak_ok})
    (HERE / "results.json").write_text(json.dumps(res, indent=2) + "\n")

    print(f"Machine: {res['machine']}")
    su = res["startup"]
    print(f"Bare window: {su['bare_wall_s'] * 1000:.0f} ms, {su['bare_peak_mb']:.0f} MB; "
          f"app --smoke: {su['app_wall_s'] * 1000:.0f} ms, {su['app_peak_mb']:.0f} MB (medians of {su['repeats']}); "
          f"wall ratio per pair {su['wall_ratio_range'][0]:.2f} to {su['wall_ratio_range'][1]:.2f}")
    print_bundle(res["bundle"])
    print_checks(res["checks"])
    print("First visits, cold (ms): " + ", ".join(f"{k} {v:.0f}" for k, v in res["steps"]["first_visit_ms"].items()))
    print(f"First chart step until its charts are drawn: {res['steps']['first_chart_preloaded_drawn_ms']:.0f} ms "
          f"preloaded, {res['steps']['first_chart_cold_drawn_ms']:.0f} ms cold")
    if args.soak:
        s = res["soak"]
        print(f"Soak RSS: {s['rss_min_mb']:.0f} to {s['rss_max_mb']:.0f} MB over walkthroughs 21-{s['walkthroughs']}; "
              f"end minus walkthrough 20: {s['rss_growth_end_points_mb']:+.1f} MB")
    print(f"In the app, the steps are built and matplotlib imported {res['export']['app_prepared_after_ms']:.0f} ms "
          f"after the first paint")
    return 0


if __name__ == "__main__":
    sys.exit(main())
