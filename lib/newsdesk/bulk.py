"""Building many Python objects at once without the cycle collector running over and over.

Python's cycle collector runs whenever enough new container objects have been made since its
last pass, and a full pass walks every object still alive. Loading a corpus makes hundreds of
thousands of lists, dicts and Articles that all stay alive, so each pass is longer than the
last: at 10,000 articles a third of ``load_corpus`` went to passes that found nothing to free.
Nothing these loaders build holds a reference cycle, so the collector can wait until they
finish (it then runs as usual).
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cycle collector inside the block; restore it afterwards (left off if it was off)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
