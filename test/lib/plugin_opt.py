#!/usr/bin/env python3
"""Runs Debian's stock mlir-opt with QntPlugin.so loaded, as `quant-opt`.

Passes from a plugin are registered while the command line is parsed, too
late to become individual `-pass-name` flags: a stock mlir-opt reaches them
only through --pass-pipeline. This wrapper turns the pass flags of a
quant-opt command line, in order, into one `builtin.module(...)` pipeline
and passes every other option through.

Usage: plugin_opt.py <mlir-opt> <QntPlugin.so> [quant-opt arguments...]
"""
import os
import subprocess
import sys

# mlir-opt options that are not passes (the ones the test suite uses, and
# the common ones); everything else spelled -name or -name=value is a pass.
NON_PASS_FLAGS = {
    "split-input-file", "verify-diagnostics", "allow-unregistered-dialect",
    "o", "help", "show-dialects", "verify-each", "emit-bytecode",
    "no-implicit-module", "dump-pass-pipeline", "pass-pipeline",
    "load-dialect-plugin", "load-pass-plugin", "debug", "debug-only",
    "list-passes", "version", "disable-i2p-p2i-reconcile", "elide-resource-strings-if-requested",
}


def main():
    mlir_opt, plugin, *args = sys.argv[1:]
    passes, rest = [], []
    it = iter(args)
    for arg in it:
        if not arg.startswith("-") or arg == "-":
            rest.append(arg)
            continue
        name, eq, value = arg.lstrip("-").partition("=")
        if name in NON_PASS_FLAGS or name.startswith("mlir-"):
            rest.append(arg)
            if name == "o" and not eq:
                rest.append(next(it))
            continue
        passes.append(f"{name}{{{value}}}" if eq else name)
    cmd = [mlir_opt, "--load-dialect-plugin=" + plugin,
           "--load-pass-plugin=" + plugin] + rest
    if passes:
        cmd.append("--pass-pipeline=builtin.module(" + ",".join(passes) + ")")
    os.execv(mlir_opt, cmd)


if __name__ == "__main__":
    main()
