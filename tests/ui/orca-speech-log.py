#!/usr/bin/python3
# orca-speech-log.py LOG [ORCA-ARGUMENT...]
#
# Runs Orca (Debian's `orca` package, with the system's Python and its pyatspi) so that a test can read what
# it says: every utterance is appended to LOG as one "SPEECH OUTPUT: '…'" line, flushed at once (Orca's own
# --debug-file is buffered and 100 times larger). No speech synthesizer is started: the speech server is left
# out, and Orca logs what it would have said all the same. Other Orcas of the same user (a desktop's) do not
# stop this one: it runs on the private session and accessibility buses of the test run
# (tests/run-with-keyring.sh, tests/ui/run-with-atspi.sh) and on the test's own X server (DISPLAY).
import logging
import sys

if len(sys.argv) < 2:
    sys.exit("usage: orca-speech-log.py LOG [ORCA-ARGUMENT...]")

handler = logging.FileHandler(sys.argv[1])
handler.setFormatter(logging.Formatter("%(message)s"))
logging.getLogger("speech").addHandler(handler)  # the log Orca's speech module writes each utterance to

import orca.speech  # noqa: E402 (after the handler: Orca adds its own to the same logger)

orca.speech._initSpeechServer = lambda module_name, server_info: None  # silent: no speech-dispatcher

launcher = "/usr/bin/orca"
namespace = {"__name__": "orca_launcher", "__file__": launcher}
with open(launcher, encoding="utf-8") as source:
    exec(compile(source.read(), launcher, "exec"), namespace)
namespace["otherOrcas"] = lambda: []  # pgrep would find a desktop's Orca outside this test's buses
sys.argv = ["orca"] + sys.argv[2:]
sys.exit(namespace["main"]())
