"""Build newsdesk; compile the analysis hot path with Cython when a C compiler is there.

Everything else about the package is in pyproject.toml. The compiled modules are the same
Python source run without the interpreter's per-bytecode work (see lib/newsdesk/speedups.py);
they are optional: with no compiler (a Windows laptop, say), or ``NEWSDESK_PURE_PYTHON=1`` at
install time, the install goes on and newsdesk runs its Python source, with the same answers.
Each module that compiled has its source's SHA-1 recorded in ``_built_sources.py``, so an
edited source is imported instead of its out-of-date build.
"""

from __future__ import annotations

import os
import runpy
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent
PACKAGE_DIR = HERE / "lib" / "newsdesk"
RECORD = "_built_sources.py"
#: module -> SHA-1 of its source when cythonize read it (see _extensions)
TRANSLATED: dict[str, str] = {}
SPEEDUPS = runpy.run_path(str(PACKAGE_DIR / "speedups.py"))


def _extensions() -> list:
    if os.environ.get(SPEEDUPS["PURE_ENV"]) == "1":
        return []
    try:
        from Cython.Build import cythonize
    except ImportError:  # Cython is in pyproject's build requirements; without it, pure Python
        print("newsdesk: Cython is not installed; using the Python source only", file=sys.stderr)
        return []
    sources = [f"lib/newsdesk/{name}.py" for name in SPEEDUPS["COMPILED"]]
    # each source's hash as Cython reads it: a file edited during the (minutes-long) build must
    # not be recorded as compiled, or its stale .so would be imported for the new source
    for name in SPEEDUPS["COMPILED"]:
        TRANSLATED[name] = SPEEDUPS["source_digest"](PACKAGE_DIR / f"{name}.py")
    return cythonize(sources, build_dir="build/cython", language_level=3, nthreads=os.cpu_count() or 1, quiet=True,
                     # binding: compiled functions keep their signatures (the pipeline inspects them)
                     compiler_directives={"binding": True, "embedsignature": True})


class OptionalBuildExt(build_ext):
    """build_ext that skips (with a message) a module that does not compile, and records the
    source hash of each one that does."""

    def finalize_options(self) -> None:
        super().finalize_options()
        if not self.parallel:  # one C file per core: about half the wait on two cores
            self.parallel = os.cpu_count() or 1

    def run(self) -> None:
        self.built: dict[str, str] = {}
        for ext in self.extensions:  # no debug symbols: a quicker build, the same code
            if os.name == "posix":
                ext.extra_compile_args = [*ext.extra_compile_args, "-g0"]
        try:
            super().run()
        except Exception as exc:  # no compiler at all: pure Python
            print(f"newsdesk: not compiling the speedups ({exc}); using the Python source", file=sys.stderr)
        self._write_record()

    def build_extension(self, ext) -> None:
        short = ext.name.rpartition(".")[2]
        try:
            super().build_extension(ext)
        except Exception as exc:
            print(f"newsdesk: {ext.name} did not compile ({exc}); its Python source will be used", file=sys.stderr)
            return
        now = SPEEDUPS["source_digest"](PACKAGE_DIR / f"{short}.py")
        if TRANSLATED.get(short, now) != now:
            print(f"newsdesk: {short}.py changed during the build; its Python source will be used", file=sys.stderr)
            return
        self.built[short] = now

    def _write_record(self) -> None:
        text = "# Written by setup.py: SHA-1 of each module's source when it was compiled.\nSOURCES = {\n"
        text += "".join(f"    {name!r}: {digest!r},\n" for name, digest in sorted(self.built.items())) + "}\n"
        # the source tree (editable installs import from it) and the build folder (wheels)
        targets = {PACKAGE_DIR / RECORD, Path(self.build_lib) / "newsdesk" / RECORD}
        for target in targets:
            if target.parent.is_dir():
                target.write_text(text, encoding="utf-8")


setup(
    ext_modules=_extensions(),
    cmdclass={"build_ext": OptionalBuildExt},
)
