"""A claim or a temporary file belongs to a live process only while that process really runs."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from pipeline.inbox.processes import pid_alive


def test_a_running_process_is_alive_and_this_one_too():
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        assert pid_alive(child.pid)
        assert pid_alive(os.getpid())
    finally:
        child.kill()
        child.wait()


def test_an_exited_child_not_yet_reaped_counts_as_dead():
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    for _ in range(200):  # wait for the exit without reaping it (os.waitid with WNOWAIT leaves the zombie)
        if os.waitid(os.P_PID, child.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None:
            break
        time.sleep(0.05)
    assert not pid_alive(child.pid)
    child.wait()
    assert not pid_alive(child.pid)
