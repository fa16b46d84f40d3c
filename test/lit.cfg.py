# -*- Python -*-
# lit configuration of the quant-opt test suite.

import os
import sys

import lit.formats
from lit.llvm import llvm_config
from lit.llvm.subst import ToolSubst

config.name = "QUANT-OPT"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir", ".c", ".test"]
config.excludes = ["CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py", "Inputs", "lib", "consumer"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.qnt_obj_root, "test")

config.substitutions.append(("%PATH%", config.environment["PATH"]))
config.substitutions.append(("%qnt_obj_root", config.qnt_obj_root))
config.substitutions.append(("%qnt_src_root", os.path.dirname(config.test_source_root)))
config.substitutions.append(("%llvm_prefix", os.path.dirname(config.llvm_tools_dir)))
config.substitutions.append(("%mlir_cmake_dir", config.mlir_cmake_dir))
config.substitutions.append(("%cxx_compiler", config.cxx_compiler))
llvm_config.with_system_environment(["HOME", "INCLUDE", "LIB", "TMP", "TEMP"])
llvm_config.use_default_substitutions()

# Shared libraries mlir-runner loads for printing and runtime helpers.
runner_libs = ",".join(
    os.path.join(config.mlir_lib_dir, lib)
    for lib in ["libmlir_c_runner_utils.so", "libmlir_runner_utils.so"]
)
# lit substitutes in order: the longer name that uses the libraries first.
config.substitutions.append(
    (
        "%mlir-runner-void",
        "mlir-runner -e main -entry-point-result=void -shared-libs=" + runner_libs,
    )
)
config.substitutions.append(("%mlir_runner_utils", runner_libs))

# Lowers reference (qnt-lower-to-arith) output on tensors all the way to the
# LLVM dialect, ready for mlir-runner.
config.substitutions.append(
    (
        "%qnt-reference-to-llvm",
        "-qnt-lower-to-arith -canonicalize "
        "-one-shot-bufferize=bufferize-function-boundaries "
        "-buffer-deallocation-pipeline -convert-linalg-to-loops "
        "-convert-scf-to-cf -expand-strided-metadata -lower-affine "
        "-convert-to-llvm -reconcile-unrealized-casts",
    )
)


tool_dirs = [config.qnt_tools_dir, config.llvm_tools_dir]
tools = ["mlir-runner", "mlir-opt", "mlir-translate", "llc", "FileCheck", "not", "count",
         "qnt-capi-test", "quant-run",
         "quant-translate"]

# `--param qnt_driver=plugin` runs every test through Debian's stock mlir-opt
# with the qnt dialect and passes loaded from QntPlugin.so instead of through
# quant-opt: what embedders get must behave exactly like the driver.
qnt_driver = lit_config.params.get("qnt_driver", "quant-opt")
if qnt_driver == "plugin":
    plugin = os.path.join(config.qnt_obj_root, "lib", "QntPlugin.so")
    config.name = "QUANT-OPT-PLUGIN"
    wrapper = os.path.join(config.test_source_root, "lib", "plugin_opt.py")
    tools.append(
        ToolSubst(
            "quant-opt",
            command=sys.executable,
            extra_args=[
                wrapper,
                os.path.join(config.llvm_tools_dir, "mlir-opt"),
                plugin,
            ],
        )
    )
elif qnt_driver == "quant-opt":
    config.available_features.add("quant-opt-driver")
    tools.append("quant-opt")
else:
    lit_config.fatal("qnt_driver must be 'quant-opt' or 'plugin', got " + qnt_driver)
llvm_config.add_tool_substitutions(tools, tool_dirs)

if getattr(config, "qnt_sanitizers", False):
    config.available_features.add("sanitizers")

# Python packages some tests build their inputs with (Debian's python3-onnx,
# python3-torch), for the Python that runs lit (%python).
import importlib.util

for module in ("onnx", "torch"):
    if importlib.util.find_spec(module) is not None:
        config.available_features.add(module)

if config.host_arch in ("x86_64", "AMD64"):
    config.available_features.add("x86")

# The running CPU's vector extensions, for tests that execute one target's
# micro-kernels (cpu-avx2, cpu-avx512vnni).
try:
    with open("/proc/cpuinfo") as cpuinfo:
        flags = next((line.split(":", 1)[1].split() for line in cpuinfo
                      if line.startswith("flags")), [])
except OSError:
    flags = []
if "avx2" in flags:
    config.available_features.add("cpu-avx2")
if {"avx512_vnni", "avx512bw", "avx512f"} <= set(flags):
    config.available_features.add("cpu-avx512vnni")

# Arm code runs under user-mode qemu, cross-linked by Debian's gcc.
import shutil

if shutil.which("qemu-aarch64") and shutil.which("aarch64-linux-gnu-gcc"):
    config.available_features.add("qemu-aarch64")
