"""Start and stop JupyterLab and Voilà on loopback for the real-browser tests.

Each server binds to 127.0.0.1 on a free port, requires a random token, keeps its config,
runtime files, Lab settings and workspaces in a throw-away folder (so a developer's own Jupyter
set-up neither leaks in nor gets changed) and writes its log to a file that the tests show
when something goes wrong. ``stop()`` terminates, then kills.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

#: The venv's bin folder (jupyter and voila live next to the running python).
VENV_BIN = Path(sys.executable).parent

#: Lab settings that keep the page quiet and complete: no news or update pop-ups (no network),
#: and every cell kept in the DOM (no windowing) so the tests can see all outputs.
LAB_SETTINGS: dict[str, dict[str, object]] = {
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "fetchNews": "false",
        "checkForUpdates": False,
        "doNotDisturbMode": True,
    },
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    "@jupyterlab/apputils-extension/themes.jupyterlab-settings": {"theme": "JupyterLab Light"},
}


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Server:
    """A running Jupyter-family server: where it listens, its token, its log and its process."""

    name: str
    port: int
    token: str
    log_path: Path
    proc: subprocess.Popen[bytes]
    _log_handle: object = field(default=None, repr=False)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        """``path`` on this server with the token appended."""
        sep = "&" if "?" in path else "?"
        return f"{self.base}/{path.lstrip('/')}{sep}token={self.token}"

    def log_tail(self, n_chars: int = 4000) -> str:
        """The end of the server log, for failure messages."""
        try:
            return self.log_path.read_text(errors="replace")[-n_chars:]
        except OSError:
            return "(no log)"

    def stop(self, grace: float = 10.0) -> None:
        """Terminate the server (and its kernels), then kill it if it does not exit in time."""
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=grace)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=grace)
        if self._log_handle is not None:
            self._log_handle.close()  # type: ignore[attr-defined]


def jupyter_env(work: Path, data_dir: Path | None = None) -> dict[str, str]:
    """An environment isolated from the user's Jupyter config, with Lab settings pre-seeded."""
    env = dict(os.environ)
    for var, sub in (
        ("JUPYTER_CONFIG_DIR", "config"),
        ("JUPYTER_RUNTIME_DIR", "runtime"),
        ("JUPYTERLAB_SETTINGS_DIR", "lab-settings"),
        ("JUPYTERLAB_WORKSPACES_DIR", "lab-workspaces"),
        ("IPYTHONDIR", "ipython"),
    ):
        path = work / sub
        path.mkdir(parents=True, exist_ok=True)
        env[var] = str(path)
    for name, values in LAB_SETTINGS.items():
        plugin, _, file_name = name.rpartition("/")
        target = work / "lab-settings" / plugin / file_name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(values))
    env["PATH"] = f"{VENV_BIN}{os.pathsep}{env.get('PATH', '')}"
    env["JUPYTER_PLATFORM_DIRS"] = "1"
    env["PYDEVD_DISABLE_FILE_VALIDATION"] = "1"
    if data_dir is not None:
        env["NEWSDESK_DATA"] = str(data_dir)
    return env


def _wait_ready(server: Server, probe_path: str, timeout: float) -> None:
    """Poll ``probe_path`` until it answers 200; fail with the log if the server dies or hangs."""
    deadline = time.monotonic() + timeout
    last_error = ""
    while time.monotonic() < deadline:
        if server.proc.poll() is not None:
            raise RuntimeError(
                f"{server.name} exited with code {server.proc.returncode} before it was ready.\n"
                f"--- log ---\n{server.log_tail()}"
            )
        try:
            with urllib.request.urlopen(server.url(probe_path), timeout=5) as resp:
                if resp.status == 200:
                    return
                last_error = f"HTTP {resp.status}"
        except (urllib.error.URLError, OSError) as exc:
            last_error = str(exc)
        time.sleep(0.3)
    server.stop()
    raise RuntimeError(
        f"{server.name} was not ready after {timeout:.0f}s ({last_error}).\n"
        f"--- log ---\n{server.log_tail()}"
    )


def _root_flag() -> list[str]:
    """Jupyter refuses to run as root (CI containers) without ``--allow-root``."""
    return ["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []


def _launch(name: str, cmd: list[str], cwd: Path, env: dict[str, str], log_dir: Path,
            port: int, token: str) -> Server:
    log_dir.mkdir(parents=True, exist_ok=True)
    log_path = log_dir / f"{name}.log"
    handle = open(log_path, "wb")  # noqa: SIM115 - closed in Server.stop()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=handle, stderr=subprocess.STDOUT,
                            stdin=subprocess.DEVNULL)
    return Server(name=name, port=port, token=token, log_path=log_path, proc=proc,
                  _log_handle=handle)


def start_lab(root: Path, work: Path, data_dir: Path | None = None,
              timeout: float = 90.0, log_dir: Path | None = None) -> Server:
    """JupyterLab serving ``root`` on 127.0.0.1 with a random token (jupyter_server 2.x names)."""
    port, token = free_port(), secrets.token_hex(16)
    cmd = [
        str(VENV_BIN / "jupyter"), "lab", "--no-browser",
        "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}", "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root}",
        "--LabApp.news_url=None",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        "--ServerApp.terminals_enabled=False",
        *_root_flag(),
    ]
    server = _launch("jupyterlab", cmd, root, jupyter_env(work / "lab", data_dir),
                     log_dir or work / "logs", port, token)
    _wait_ready(server, "api/status", timeout)
    return server


def start_voila(root: Path, work: Path, data_dir: Path | None = None,
                timeout: float = 90.0, log_dir: Path | None = None) -> Server:
    """Voilà (default template, tracebacks shown) serving ``root`` on 127.0.0.1 with a token."""
    port, token = free_port(), secrets.token_hex(16)
    cmd = [
        str(VENV_BIN / "voila"), str(root), "--no-browser",
        "--Voila.ip=127.0.0.1", f"--port={port}", "--Voila.port_retries=0",
        f"--token={token}", "--show_tracebacks=True",
    ]
    server = _launch("voila", cmd, root, jupyter_env(work / "voila", data_dir),
                     log_dir or work / "logs", port, token)
    _wait_ready(server, "", timeout)
    return server


def shutdown_kernels(server: Server) -> None:
    """Stop every kernel the server runs, so one notebook's kernel does not slow the next."""
    try:
        with urllib.request.urlopen(server.url("api/sessions"), timeout=10) as resp:
            sessions = json.load(resp)
        for s in sessions:
            req = urllib.request.Request(server.url(f"api/sessions/{s['id']}"), method="DELETE")
            urllib.request.urlopen(req, timeout=10).close()
    except OSError:
        pass
