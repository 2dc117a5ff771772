#!/usr/bin/env python3
"""linea's benchmarks, side by side with peers in one run, reported as ratios.

    tools/bench/run.py [--linea out/release/linea] [--repeat 3] [--all | SECTION...] [--only NAME]

Sections (default: kernels):
  kernels  each kernel's `run` export (the .wat files here, and kernels/*.c built with emcc at
           bench time) in linea, node (TurboFan: --no-liftoff), node's baseline compiler
           (--liftoff --no-wasm-tier-up), and, when installed, wasm3, WAMR's iwasm and wabt's
           wasm-interp (--with-wasm-interp: it is slow); best of --repeat, interleaved; every
           peer's result must equal linea's. Ratio > 1: linea takes longer.
  calls    ns per call JS->wasm and wasm->JS in linea and node, and the floors any embedder
           pays (linea --bench-natives): JS calling an empty native function (for JS->wasm) and
           native code calling a JS function (for wasm->JS), with linea's excess over each.
  compile  WebAssembly.validate, new Module and compile in MB/s on a large module built with
           emcc at bench time; linea's validate and new Module on one core (taskset -c 0) against
           every core (wall and CPU per operation, and the wall ratio); and the memory
           instantiation costs (peak RSS over a bare run, as a multiple of the .wasm size).
  startup  `linea -e 0` against `node -e 0`: wall and CPU (user + system) time, best of 10,
           interleaved.
  gc       10^7 short-lived structs of 4 fields in a wasm loop (gc_structs.py), linea and node 20
           with --experimental-wasm-gc (V8 11.3 takes the same program in the GC proposal's
           pre-final encoding): in-engine time and peak RSS.
  coremark CoreMark (EEMBC) built with emcc at bench time from a checkout of
           github.com/eembc/coremark named by --coremark-src (no npm or Debian package ships
           it) and linea's port (coremark/, with a clock import), run by the kernels' peers;
           iterations/s and linea's speed over each peer's (> 1: linea is faster).

Nothing here asserts: tools/bench/README.md records results with their date and machine.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
NODE_TURBOFAN = ["node", "--no-liftoff"]
NODE_LIFTOFF = ["node", "--liftoff", "--no-wasm-tier-up"]


def run(command, **kwargs):
    return subprocess.run(command, capture_output=True, text=True, check=True, **kwargs).stdout


def js_time(command):
    """bench.js prints "<result> <ms>", the time measured inside the engine."""
    result, ms = run(command).split()[:2]
    return result, float(ms)


def process_time(command, parse):
    """Process time of a CLI runner; its result is parsed from stdout and stderr together (wasm3
    prints "Result: N" to stderr)."""
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return parse(done.stdout + done.stderr), (time.perf_counter() - start) * 1000


def last_integer(text):
    """The last integer a CLI runner printed ("0x2a:i32" -> 42, "0x..:i64" as 64 bits), signed as
    JS shows it."""
    found = re.findall(r"(-?0x[0-9a-fA-F]+|-?\d+)(?::(i32|i64))?", text)
    if not found:
        return text.strip()
    number, kind = found[-1]
    bits = 64 if kind == "i64" else 32
    value = int(number, 0) & ((1 << bits) - 1)
    return str(value - (1 << bits) if value >= 1 << (bits - 1) else value)


def wasm3_result(text):
    """wasm3 prints "Result: N": i32 and i64 as signed decimals, f32/f64 with printf's %f (six
    decimals, so 9577.000000 for JS's 9577). The value as printed; same_result compares it."""
    found = re.findall(r"Result: (\S+)", text)
    return found[-1] if found else text.strip()


def same_result(linea, other):
    """Whether a peer's printed result is linea's: the same text, or, for a float the peer printed
    with %f, the same number to the six decimals %f keeps."""
    if linea == other:
        return True
    if not re.fullmatch(r"-?\d+\.\d{6}", other):
        return False
    try:
        return abs(float(linea) - float(other)) <= 5e-7
    except ValueError:
        return False


# A kernel whose source says "bench: simd" is built twice: NAME.scalar without and NAME.simd with
# -msimd128, both -O3 (clang vectorizes there), so vector code is compared with its own scalar
# build. Compiled by clang, linked -O0: the link step's binaryen/JS optimizers add nothing to a
# STANDALONE_WASM kernel (and take minutes on large modules).
SIMD_BUILDS = {".scalar": ["-O3"], ".simd": ["-O3", "-msimd128"]}


def emcc_build(source, flags, wasm, tmp):
    obj = os.path.join(tmp, os.path.basename(wasm) + ".o")
    run(["emcc", *flags, "-c", source, "-o", obj])
    run(["emcc", "-O0", *flags[1:], "-sSTANDALONE_WASM", "--no-entry", "-Wl,--export=run", obj,
         "-o", wasm])


def build_kernels(tmp, only):
    """name -> .wasm path: the .wat files here and, with emcc, kernels/*.c."""
    wasm = {}
    for name in sorted(os.listdir(HERE)):
        stem, ext = os.path.splitext(name)
        if ext == ".wat" and stem != "calls" and (not only or stem in only):
            wasm[stem] = os.path.join(tmp, stem + ".wasm")
            run(["wat2wasm", "--enable-all", os.path.join(HERE, name), "-o", wasm[stem]])
    kernels = os.path.join(HERE, "kernels")
    if not shutil.which("emcc"):
        print("(emcc not found: the C kernels are skipped)")
        return wasm
    for name in sorted(os.listdir(kernels)):
        stem, ext = os.path.splitext(name)
        if ext != ".c":
            continue
        source = os.path.join(kernels, name)
        with open(source, encoding="utf-8") as f:
            builds = SIMD_BUILDS if "bench: simd" in f.read() else {"": ["-O2"]}
        for suffix, flags in builds.items():
            if only and stem not in only and stem + suffix not in only:
                continue
            wasm[stem + suffix] = os.path.join(tmp, stem + suffix + ".wasm")
            emcc_build(source, flags, wasm[stem + suffix], tmp)
    return wasm


def wasm_interp_result(out):
    """wasm-interp --run-all-exports prints "run() => i32:4294967295" among other exports'
    lines; integers print unsigned, JS shows them signed."""
    line = next(line for line in out.splitlines() if line.startswith("run("))
    kind, _, value = line.split("=> ")[-1].partition(":")
    bits = {"i32": 32, "i64": 64}.get(kind)
    if bits and int(value) >= 2 ** (bits - 1):
        value = str(int(value) - 2**bits)
    return value


def kernel_peers(args):
    bench_js = os.path.join(HERE, "bench.js")
    peers = {
        "linea": lambda w: js_time([args.linea, bench_js, w]),
        "node": lambda w: js_time(NODE_TURBOFAN + [bench_js, w]),
        "liftoff": lambda w: js_time(NODE_LIFTOFF + [bench_js, w]),
    }
    if shutil.which("wasm3"):
        peers["wasm3"] = lambda w: process_time(["wasm3", "--func", "run", w], wasm3_result)
    if shutil.which("iwasm"):
        peers["iwasm"] = lambda w: process_time(["iwasm", "--function", "run", w], last_integer)
    if args.with_wasm_interp and shutil.which("wasm-interp"):
        peers["wasm-interp"] = lambda w: process_time(["wasm-interp", w, "--run-all-exports"],
                                                      wasm_interp_result)
    return peers


def geomean(values):
    product = 1.0
    for v in values:
        product *= v
    return product ** (1 / len(values)) if values else float("nan")


def best_of(peers, wasm, repeat):
    """Each peer's best time (ms, None if it failed) and result on `wasm`, runs interleaved so
    that load changes hit every peer alike."""
    best = {p: None for p in peers}
    results = {}
    for _ in range(repeat):
        for peer, measure in peers.items():
            if peer in results and best[peer] is None:
                continue  # It failed on this kernel (wasm3 has no SIMD): not timed again.
            try:
                result, ms = measure(wasm)
            except subprocess.CalledProcessError:
                if peer == "linea":
                    raise
                results[peer] = None
                continue
            results[peer] = result
            best[peer] = ms if best[peer] is None else min(best[peer], ms)
    return best, results


def section_kernels(args, tmp):
    wasm = build_kernels(tmp, args.only)
    peers = kernel_peers(args)
    others = [p for p in peers if p != "linea"]
    sys.stdout.flush()
    print(f"{'kernel':<11}" + "".join(f"{p:>12}" for p in peers) +
          "".join(f"{'/' + p:>10}" for p in others))
    ratios = {p: [] for p in others}
    for name, path in wasm.items():
        best, results = best_of(peers, path, args.repeat)
        line = f"{name:<11}" + "".join(
            f"{best[p]:>10.1f}ms" if best[p] is not None else f"{'fails':>12}" for p in peers)
        for p in others:
            if best[p] is None:
                line += f"{'-':>10}"
                continue
            ratios[p].append(best["linea"] / best[p])
            line += f"{best['linea'] / best[p]:>9.2f}x"
        differ = {p: r for p, r in results.items()
                  if r is not None and not same_result(results["linea"], r)}
        if differ:
            line += f"  RESULTS DIFFER from linea's {results['linea']}: {differ}"
        print(line, flush=True)
    print(f"{'geomean':<11}" + " " * 12 * len(peers) +
          "".join(f"{geomean(ratios[p]):>9.2f}x" for p in others))


def calls_of(command, calls_wasm):
    return dict(line.split() for line in run(command + [os.path.join(HERE, "calls.js"),
                                                        calls_wasm]).splitlines())


def section_calls(args, tmp):
    calls_wasm = os.path.join(tmp, "calls.wasm")
    run(["wat2wasm", os.path.join(HERE, "calls.wat"), "-o", calls_wasm])
    linea = calls_of([args.linea, "--bench-natives"], calls_wasm)
    node = calls_of(["node"], calls_wasm)
    floors = {"js-to-wasm": "empty-native", "wasm-to-js": "native-to-js"}
    print(f"{'boundary':<12}{'linea':>10}{'node':>10}{'/node':>9}{'over floor':>12}")
    for name, floor_name in floors.items():
        ours, theirs = float(linea[name]), float(node[name])
        floor = float(linea.get(floor_name, "nan"))
        print(f"{name:<12}{ours:>8.1f}ns{theirs:>8.1f}ns{ours / theirs:>8.1f}x"
              f"{ours - floor:>10.1f}ns  (floor: {floor_name})")
    print(f"{'empty-native':<12}{float(linea['empty-native']):>8.1f}ns   "
          "(linea: JS calls an empty FunctionTemplate callback)")
    print(f"{'native-to-js':<12}{float(linea['native-to-js']):>8.1f}ns   "
          "(linea: C++ calls a JS function with v8::Function::Call)")


FUNCTIONS = 8000  # About 2 MB of code.


def large_module(tmp):
    """A module of a few MB built with emcc from generated C (many mid-sized functions)."""
    source = os.path.join(tmp, "large.c")
    with open(source, "w") as f:
        f.write("#include <stdint.h>\n")
        for i in range(FUNCTIONS):
            f.write(f"""
__attribute__((noinline)) uint32_t f{i}(uint32_t* p, uint32_t n, uint32_t k) {{
  uint32_t acc = k ^ {i}u;
  for (uint32_t j = 0; j < n; j++) {{
    switch ((p[j] + {i}u) & 7u) {{
      case 0: acc += p[j] * {i * 3 + 1}u; break;
      case 1: acc ^= p[j] >> {i % 13 + 1}; break;
      case 2: acc = (acc << 3) | (acc >> 29); break;
      case 3: p[j] = acc - {i}u; break;
      case 4: acc -= (uint32_t)((uint64_t)p[j] * {i + 7}u >> 7); break;
      default: acc += (uint32_t)((double)p[j] * 0.{i % 97 + 1});
    }}
  }}
  return acc;
}}""")
        f.write("\n__attribute__((used)) uint32_t run(uint32_t* p, uint32_t n) {\n  uint32_t s = 0;\n")
        for i in range(FUNCTIONS):
            f.write(f"  s += f{i}(p, n, s);\n")
        f.write("  return s;\n}\n")
    # Compiled -O2 by clang, linked -O0: binaryen's whole-module -O2 on this many functions takes
    # minutes and gigabytes, and the code is LLVM-optimized already.
    obj = os.path.join(tmp, "large.o")
    wasm = os.path.join(tmp, "large.wasm")
    run(["emcc", "-O2", "-c", source, "-o", obj])
    run(["emcc", "-O0", "-sSTANDALONE_WASM", "--no-entry", "-Wl,--export=run", obj, "-o", wasm])
    return wasm


def peak_rss_kb(command):
    out = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, capture_output=True, text=True,
                         check=True).stderr.strip().splitlines()[-1]
    return int(out)


def output_and_cpu_ms(command):
    """The stdout of `command` and its CPU (user + system) milliseconds, all threads."""
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    out = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    if status != 0:
        raise subprocess.CalledProcessError(status, command)
    return out, (usage.ru_utime + usage.ru_stime) * 1000


def compile_cores(args, wasm, size, count=10):
    """validate and new Module (lazy) on one core (`taskset -c 0`: linea then starts no compile
    thread) and unpinned on every core: best wall ms of `count` operations per run, and CPU ms
    per operation (a run's CPU time less a count-0 run's, over count), best of --repeat runs,
    interleaved."""
    if not shutil.which("taskset") or (os.cpu_count() or 1) < 2:
        print("(one core vs two: needs taskset and two cores; skipped)")
        return
    script = os.path.join(HERE, "compile_cores.js")
    setups = {"one core": ["taskset", "-c", "0"], f"{os.cpu_count()} cores": []}
    best = {}
    for _ in range(args.repeat):
        for mode in ("validate", "module"):
            for setup, prefix in setups.items():
                out, cpu = output_and_cpu_ms(prefix + [args.linea, script, wasm, mode, str(count)])
                _, idle_cpu = output_and_cpu_ms(prefix + [args.linea, script, wasm, mode, "0"])
                wall, cpu = float(out), max(0.0, (cpu - idle_cpu) / count)
                old_wall, old_cpu = best.get((mode, setup), (float("inf"), float("inf")))
                best[(mode, setup)] = (min(old_wall, wall), min(old_cpu, cpu))
    print(f"one core vs {os.cpu_count()} (linea, best of {args.repeat} runs of {count}, "
          f"interleaved; wall is what the two cores gain)")
    print(f"{'':<22}{'wall':>9}{'MB/s':>7}{'CPU':>10}")
    for mode in ("validate", "module"):
        walls = []
        for setup in setups:
            wall, cpu = best[(mode, setup)]
            walls.append(wall)
            print(f"{mode + ', ' + setup:<22}{wall:>6.2f} ms{size / 1e3 / wall:>7.0f}"
                  f"{cpu:>7.2f} ms")
        print(f"{mode}: {os.cpu_count()} cores / one core, wall: {walls[1] / walls[0]:.2f}x "
              f"(< 1: faster with more cores)")


def section_compile(args, tmp):
    if not shutil.which("emcc"):
        print("(emcc not found: the compile section is skipped)")
        return
    wasm = large_module(tmp)
    size = os.path.getsize(wasm)
    compile_js = os.path.join(HERE, "compile.js")

    def speeds(command):
        return dict(line.split() for line in run(command + [compile_js, wasm]).splitlines())

    # Both compile lazily by default (a function's code is made on its first call); the eager
    # rows compile every function up front (node: Liftoff).
    linea, node = speeds([args.linea]), speeds(["node"])
    linea_eager = speeds([args.linea, "--no-lazy-compile"])
    node_eager = speeds(["node", "--no-wasm-lazy-compilation"])
    print(f"module: {size / 1e6:.2f} MB")
    print(f"{'compile':<15}{'linea':>12}{'node':>12}{'/node':>9}")
    rows = [(name, linea[name], node[name]) for name in ("validate", "module", "compile")]
    rows += [(name + " (eager)", linea_eager[name], node_eager[name])
             for name in ("module", "compile")]
    for name, ours, theirs in rows:
        print(f"{name:<15}{ours:>8} MB/s{theirs:>8} MB/s{float(ours) / float(theirs):>8.2f}x")
    compile_cores(args, wasm, size)
    instantiate = ("const b = readbuffer(scriptArgs[0]); "
                   "const i = new WebAssembly.Instance(new WebAssembly.Module(b), {});")
    bare = peak_rss_kb([args.linea, "-e", "0"])
    for what, flags, script in (
            ("after instantiation", [], instantiate),
            ("after calling every function once", [], instantiate + " i.exports.run(0, 0);"),
            ("after instantiation, --no-lazy-compile", ["--no-lazy-compile"], instantiate)):
        loaded = peak_rss_kb([args.linea] + flags + ["-e", script, wasm])
        print(f"memory {what}: {(loaded - bare) * 1024 / size:.1f}x the .wasm size "
              f"({loaded - bare} KiB over a bare run's {bare} KiB)")


def startup_times(command):
    """Wall and CPU (user + system) milliseconds of one run of `command`, its output discarded."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = (time.perf_counter() - start) * 1000
    if status != 0:
        raise subprocess.CalledProcessError(status, command)
    return wall, (usage.ru_utime + usage.ru_stime) * 1000


def section_startup(args, tmp):
    """`linea -e 0` against `node -e 0`, best of 10 runs each, interleaved: wall time and CPU
    time (user + system, which the load of other processes disturbs less)."""
    commands = {"linea": [args.linea, "-e", "0"], "node": ["node", "-e", "0"]}
    best = {name: [float("inf"), float("inf")] for name in commands}
    for _ in range(10):
        for name, command in commands.items():
            wall, cpu = startup_times(command)
            best[name] = [min(best[name][0], wall), min(best[name][1], cpu)]
    for i, what in enumerate(["wall", "cpu"]):
        ours, theirs = best["linea"][i], best["node"][i]
        print(f"startup (-e 0, {what}): linea {ours:.1f} ms, node {theirs:.1f} ms, "
              f"{ours / theirs:.2f}x")


def timed_with_peak_rss(command):
    """bench.js's result and in-engine ms, and the process's peak RSS in MB."""
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise subprocess.CalledProcessError(proc.returncode, command)
    result, ms = out.split()[:2]
    return result, float(ms), usage.ru_maxrss / 1024


def section_gc(args, tmp):
    """10^7 structs of 4 fields allocated in a wasm loop (gc_structs.py): linea runs the final
    3.0 encoding, node 20 (V8 11.3, --experimental-wasm-gc) the same program in its pre-final
    encoding; time inside the engine and the process's peak RSS, best of --repeat."""
    sys.path.insert(0, HERE)
    import gc_structs  # pylint: disable=import-outside-toplevel

    final = gc_structs.write("final", os.path.join(tmp, "structs.wasm"))
    pre_final = gc_structs.write("v8-11.3", os.path.join(tmp, "structs-v8-11.3.wasm"))
    bench_js = os.path.join(HERE, "bench.js")
    gc_flag = ["--experimental-wasm-gc"]
    peers = {
        "linea": [args.linea, bench_js, final],
        "node": NODE_TURBOFAN + gc_flag + [bench_js, pre_final],
        "liftoff": NODE_LIFTOFF + gc_flag + [bench_js, pre_final],
    }
    best = {p: (None, None) for p in peers}
    for _ in range(args.repeat):  # Interleaved, as the kernels.
        for peer, command in peers.items():
            result, ms, rss = timed_with_peak_rss(command)
            if result != gc_structs.EXPECTED:
                print(f"{peer}: wrong result {result}, expected {gc_structs.EXPECTED}")
            time_best, rss_best = best[peer]
            best[peer] = (ms if time_best is None else min(time_best, ms),
                          rss if rss_best is None else min(rss_best, rss))
    print(f"{'structs':<11}" + "".join(f"{p:>12}" for p in peers) +
          "".join(f"{'/' + p:>10}" for p in peers if p != "linea"))
    line = f"{'time':<11}" + "".join(f"{best[p][0]:>10.1f}ms" for p in peers)
    line += "".join(f"{best['linea'][0] / best[p][0]:>9.2f}x" for p in peers if p != "linea")
    print(line)
    print(f"{'peak RSS':<11}" + "".join(f"{best[p][1]:>10.1f}MB" for p in peers))


COREMARK_SOURCES = ["core_list_join.c", "core_main.c", "core_matrix.c", "core_state.c",
                    "core_util.c"]


def build_coremark(source_dir, iterations, tmp):
    """coremark.wasm from CoreMark's portable sources and linea's port (exports `run`)."""
    port = os.path.join(HERE, "coremark")
    flags = ["-O2", f"-DITERATIONS={iterations}", "-I" + port, "-I" + source_dir]
    objects = []
    for name in COREMARK_SOURCES + [os.path.join(port, "core_portme.c")]:
        obj = os.path.join(tmp, "coremark." + os.path.basename(name) + ".o")
        # CoreMark's main becomes coremark_main, which the port's `run` calls.
        run(["emcc", *flags, "-Dmain=coremark_main", "-c", os.path.join(source_dir, name), "-o",
             obj])
        objects.append(obj)
    wasm = os.path.join(tmp, "coremark.wasm")
    run(["emcc", "-O0", "-sSTANDALONE_WASM", "-sERROR_ON_UNDEFINED_SYMBOLS=0", "--no-entry",
         "-Wl,--export=run", *objects, "-o", wasm])
    return wasm


def section_coremark(args, tmp):
    source_dir = args.coremark_src or os.environ.get("COREMARK_SRC")
    if not source_dir or not all(os.path.exists(os.path.join(source_dir, name))
                                 for name in COREMARK_SOURCES + ["coremark.h"]):
        print("coremark: NOT RUN: no CoreMark source. No npm or Debian package ships it; pass "
              "--coremark-src DIR (or COREMARK_SRC), a checkout of github.com/eembc/coremark.")
        return
    if not shutil.which("emcc"):
        print("(emcc not found: coremark is skipped)")
        return
    wasm = build_coremark(os.path.abspath(source_dir), args.coremark_iterations, tmp)
    peers = kernel_peers(args)
    best, results = best_of(peers, wasm, args.repeat)
    print(f"{args.coremark_iterations} iterations (the final CRC is each engine's result)")
    print(f"{'engine':<10}{'time':>12}{'iter/s':>12}{'linea/x':>10}")
    for peer in peers:
        if best[peer] is None:
            print(f"{peer:<10}{'fails':>12}")
            continue
        rate = args.coremark_iterations / (best[peer] / 1000)
        speedup = best[peer] / best["linea"]
        note = "" if results[peer] == results["linea"] else (
            f"  RESULT DIFFERS from linea's {results['linea']}: {results[peer]}")
        print(f"{peer:<10}{best[peer]:>10.1f}ms{rate:>12.0f}{speedup:>9.2f}x{note}")
    if results["linea"] == "-1":
        print("linea: a CoreMark CRC check FAILED")


SECTIONS = {"kernels": section_kernels, "calls": section_calls, "compile": section_compile,
            "startup": section_startup, "gc": section_gc,
            "coremark": section_coremark}


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--linea", default=os.path.join(ROOT, "out", "release", "linea"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--all", action="store_true")
    parser.add_argument("--with-wasm-interp", action="store_true")
    parser.add_argument("--only", action="append", help="a kernel's name (repeatable)")
    parser.add_argument("--coremark-src", help="a checkout of github.com/eembc/coremark")
    parser.add_argument("--coremark-iterations", type=int, default=2000)
    parser.add_argument("sections", nargs="*", help=", ".join(SECTIONS))
    args = parser.parse_args()
    sections = list(SECTIONS) if args.all else (args.sections or ["kernels"])
    unknown = [s for s in sections if s not in SECTIONS]
    if unknown:
        parser.error(f"unknown section {unknown[0]} (sections: {', '.join(SECTIONS)})")
    print(f"{time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores; "
          f"linea {args.linea}, node {run(['node', '--version']).strip()}")
    with tempfile.TemporaryDirectory() as tmp:
        for section in sections:
            print(f"\n== {section}")
            SECTIONS[section](args, tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
