#!/usr/bin/env python3
"""Runs make_code_cache (see shell/make_code_cache.cc) as a build step.

Usage: make_code_cache.py MAKE_CODE_CACHE OUTPUT.cc
In sanitizer builds the leak checker is off: the program's isolate and V8 are torn down, but
what V8 keeps for the process (ICU, the platform's threads) is not, and is no leak of ours.
"""
import os
import subprocess
import sys


def main(argv):
    program, output = argv[1], argv[2]
    env = dict(os.environ)
    # Last, so that it overrides a detect_leaks=1 inherited from the environment.
    env['ASAN_OPTIONS'] = env.get('ASAN_OPTIONS', '') + ':detect_leaks=0'
    return subprocess.run([os.path.abspath(program), output], env=env).returncode


if __name__ == '__main__':
    sys.exit(main(sys.argv))
