"""Send a finished PDF to a CUPS print queue from memory. Plain Python, no Qt.

Qt's own CUPS print engine has libcups write the whole job to a temporary file (in /tmp) before it is sent,
so a patient's summary would sit on disk, however briefly. Here the PDF bytes go to ``lp`` on its standard
input, which streams them to the CUPS server: the app writes no file. What CUPS itself keeps afterwards is a
setting of the machine (``PreserveJobFiles``, ``PreserveJobHistory``; ``decisionaid kiosk-check`` and
docs/kiosk.md).

The job title never holds patient text: it is always ``JOB_TITLE``.
"""
from __future__ import annotations

import re
import shutil
import subprocess

JOB_TITLE = "Decision aid summary"
LP_COMMAND = "lp"          # tests point this at a stand-in; the CUPS server is libcups's (CUPS_SERVER, client.conf)
TIMEOUT_S = 120


class PrintError(Exception):
    """The job could not be handed to the print system; the message is one plain sentence for staff."""


def lp_available() -> bool:
    return shutil.which(LP_COMMAND) is not None


def lp_arguments(queue: str, title: str = JOB_TITLE, copies: int = 1, sides: str = "") -> list[str]:
    """The ``lp`` command line: the queue, the title, options; the document comes on standard input."""
    if not queue or queue.startswith("-"):
        raise PrintError("No printer is set.")
    args = [LP_COMMAND, "-d", queue, "-t", title, "-o", "document-format=application/pdf"]
    if copies > 1:
        args += ["-n", str(int(copies))]
    if sides:
        args += ["-o", f"sides={sides}"]
    return args


def send_pdf(data: bytes, queue: str, title: str = JOB_TITLE, copies: int = 1, sides: str = "") -> str:
    """Hand ``data`` (a PDF) to the CUPS queue ``queue``; returns the job id ("queue-12"), or "" when lp did
    not say. PrintError (plain words, no patient text) when it cannot."""
    if not data.startswith(b"%PDF"):
        raise PrintError("The summary could not be made for printing.")
    args = lp_arguments(queue, title, copies, sides)
    try:
        done = subprocess.run(args, input=data, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              timeout=TIMEOUT_S, close_fds=True)
    except FileNotFoundError:
        raise PrintError("Printing needs the CUPS 'lp' command (Debian package cups-client).") from None
    except subprocess.TimeoutExpired:
        raise PrintError("The printer did not answer.") from None
    except OSError as exc:
        raise PrintError(f"Printing could not start ({exc.strerror or exc}).") from None
    if done.returncode != 0:
        why = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise PrintError(f"The printer '{queue}' did not take the job" + (f": {why[-1][:200]}" if why else "."))
    m = re.search(r"request id is (\S+)", done.stdout.decode("utf-8", "replace"))
    return m.group(1) if m else ""
