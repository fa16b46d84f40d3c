# -*- Python -*-
# Runs the GoogleTest unit tests as part of the lit suite.

import os

import lit.formats

config.name = "QUANT-OPT-Unit"
config.suffixes = []
# add_llvm_executable puts QntUnitTests next to quant-opt in bin/.
config.test_exec_root = os.path.join(config.qnt_obj_root, "bin")
config.test_source_root = config.test_exec_root
config.test_format = lit.formats.GoogleTest(".", "Tests")
