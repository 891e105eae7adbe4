#!/usr/bin/env python3
"""Scale-out check: `tandai tag --input jsonl --format jsonl` as a streaming filter under
Spark's RDD.pipe (pyspark in local mode) and under GNU parallel --pipe.

The texts of ../shared/eval/dev/*.jsonl (ids prefixed with the file name) are tagged three
ways -- one direct run, RDD.pipe over several partitions, and `parallel --pipe` -- and each
result must hold the same entities for every id as the direct run (and GNU parallel with -k
the same bytes). Exits 1 on a mismatch, 2 when something needed is missing.

usage: scripts/pyspark_check.py [--bin target/release/tandai] [--shared ../shared]
                                [--partitions 8] [--no-parallel]

Needs `pip install pyspark` and Java 17; GNU parallel is optional (skipped with a message).
SHARED and TANDAI in the environment set the defaults of --shared and --bin.
"""
import argparse
import glob
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def parse_args():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", default=os.environ.get("TANDAI", os.path.join(ROOT, "target/release/tandai")))
    ap.add_argument("--shared", default=os.environ.get("SHARED", os.path.join(ROOT, "..", "shared")))
    ap.add_argument("--partitions", type=int, default=8)
    ap.add_argument("--no-parallel", action="store_true", help="skip the GNU parallel part")
    return ap.parse_args()


def inputs(shared):
    """One JSONL line per gold document: {"id": "FILE:ID", "text": ...}."""
    files = sorted(glob.glob(os.path.join(shared, "eval", "dev", "*.jsonl")))
    lines = []
    for path in files:
        name = os.path.basename(path)[: -len(".jsonl")]
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                d = json.loads(line)
                doc = {"id": f"{name}:{d.get('id', n)}", "text": d["text"]}
                lines.append(json.dumps(doc, ensure_ascii=False))
    return files, lines


def by_id(output_lines, what):
    """id -> entities, failing on a line that is not JSON or an id seen twice."""
    out = {}
    for line in output_lines:
        if not line.strip():
            continue
        d = json.loads(line)
        if d["id"] in out:
            sys.exit(f"FAIL: {what}: id {d['id']!r} twice")
        out[d["id"]] = d["entities"]
    return out


def compare(want, got, what):
    bad = []
    missing = [k for k in want if k not in got]
    extra = [k for k in got if k not in want]
    if missing:
        bad.append(f"{len(missing)} ids missing, e.g. {missing[:3]}")
    if extra:
        bad.append(f"{len(extra)} ids not in the input, e.g. {extra[:3]}")
    differ = [k for k in want if k in got and got[k] != want[k]]
    if differ:
        k = differ[0]
        bad.append(f"{len(differ)} ids with other entities, e.g. {k!r}: {want[k]} vs {got[k]}")
    if bad:
        print(f"FAIL: {what}: " + "; ".join(bad))
        return False
    print(f"ok: {what}: {len(got)} documents, {sum(map(len, got.values()))} entities, same as the direct run")
    return True


def main():
    args = parse_args()
    binary = os.path.abspath(args.bin)
    if not os.access(binary, os.X_OK):
        print(f"no tandai binary at {binary} (cargo build --release)", file=sys.stderr)
        return 2
    if not os.path.isdir(os.path.join(args.shared, "eval", "dev")):
        print(f"no {args.shared}/eval/dev: nothing to check", file=sys.stderr)
        return 2
    files, lines = inputs(args.shared)
    data = ("\n".join(lines) + "\n").encode("utf-8")
    print(f"input: {len(lines)} documents, {len(data) / 1e6:.1f} MB from {len(files)} files of {args.shared}/eval/dev")
    cmd = [binary, "tag", "--input", "jsonl", "--format", "jsonl"]
    ok = True

    # 1. the direct run
    t = time.monotonic()
    direct = subprocess.run(cmd, input=data, capture_output=True, check=True).stdout
    print(f"direct run: {time.monotonic() - t:.1f} s")
    want = by_id(direct.decode("utf-8").splitlines(), "direct run")
    if len(want) != len(lines):
        print(f"FAIL: direct run tagged {len(want)} of {len(lines)} documents")
        ok = False

    # 2. Spark, local mode, RDD.pipe through the binary
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        print("pyspark is not installed (pip install pyspark)", file=sys.stderr)
        return 2
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    # local mode talks to itself only: keep Spark on the loopback interface
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    t = time.monotonic()
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("tandai-pipe-check")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.memory", "2g")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    started = time.monotonic() - t
    try:
        t = time.monotonic()
        rdd = spark.sparkContext.parallelize(lines, args.partitions)
        # checkCode: a non-zero exit of tandai in any partition fails the job
        piped = rdd.pipe(shlex.join(cmd), checkCode=True).collect()
        took = time.monotonic() - t
    finally:
        spark.stop()
    print(f"spark: session {started:.1f} s, RDD.pipe over {args.partitions} partitions {took:.1f} s")
    ok &= compare(want, by_id(piped, "RDD.pipe"), "RDD.pipe")

    # 3. GNU parallel --pipe: blocks of whole lines to parallel tandai processes
    if args.no_parallel:
        print("GNU parallel: skipped (--no-parallel)")
    elif shutil.which("parallel") is None:
        print("GNU parallel: not installed, skipped (apt-get install -y parallel)")
    else:
        t = time.monotonic()
        with tempfile.TemporaryDirectory() as home:
            # a fresh HOME keeps parallel's citation notice and state out of the user's files
            env = dict(os.environ, HOME=home)
            par = subprocess.run(
                ["parallel", "--will-cite", "--pipe", "-k", "-j", "2", "--block", "256k"] + cmd,
                input=data, capture_output=True, check=True, env=env,
            ).stdout
        print(f"GNU parallel --pipe -k -j 2 --block 256k: {time.monotonic() - t:.1f} s")
        ok &= compare(want, by_id(par.decode("utf-8").splitlines(), "parallel --pipe"), "parallel --pipe")
        if par != direct:
            print("FAIL: parallel --pipe -k output is not byte-identical to the direct run")
            ok = False
        else:
            print("ok: parallel --pipe -k output is byte-identical to the direct run")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
