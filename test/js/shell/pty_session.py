"""A linea REPL driven through a pseudo-terminal, for the REPL's .test files.

Waits for output rather than sleeping, with generous timeouts (the machine may be loaded).
"""
import os
import pty
import select
import time

LINEA = os.environ.get("LINEA") or os.path.join(os.path.dirname(__file__), "../../../out/release/linea")
TIMEOUT = 30  # seconds to wait for any expected output


class Session:
    def __init__(self, home, term="dumb", args=(), env=None):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.environ["HOME"] = home
            os.environ["TERM"] = term
            os.environ.pop("NO_COLOR", None)
            os.environ.update(env or {})
            os.execv(LINEA, [LINEA] + list(args))
        self.output = ""
        self.wait_for("> ")

    def read(self, timeout):
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return False
        try:
            data = os.read(self.fd, 65536)
        except OSError:
            return False
        if not data:
            return False
        self.output += data.decode("utf-8", "replace").replace("\r\n", "\n")
        return True

    def wait_for(self, text, timeout=TIMEOUT):
        """Reads until `text` appears after what was consumed so far; returns the output up to it."""
        end = time.time() + timeout
        while text not in self.output:
            if time.time() > end or not self.read(max(0.0, end - time.time())):
                if text in self.output:
                    break
                raise TimeoutError(f"waiting for {text!r}; got {self.output!r}")
        index = self.output.index(text) + len(text)
        consumed, self.output = self.output[:index], self.output[index:]
        return consumed

    def send(self, text):
        os.write(self.fd, text.encode())

    def enter(self, line):
        """Sends a line and returns the output up to the next prompt."""
        self.send(line + "\r")
        return self.wait_for("\n> " if not line.startswith(".exit") else "\n")

    def close(self):
        """Waits for the REPL to exit (after a Ctrl-D or .exit) and returns its exit code."""
        end = time.time() + TIMEOUT
        while time.time() < end:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return os.waitstatus_to_exitcode(status)
            self.read(0.1)
        os.kill(self.pid, 9)
        os.waitpid(self.pid, 0)
        return None
