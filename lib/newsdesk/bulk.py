"""Building many Python objects at once without the cycle collector running over and over.

Python's cycle collector runs whenever enough new container objects have been made since its
last pass, and a full pass walks every object still alive. Loading a corpus makes hundreds of
thousands of lists, dicts and Articles that all stay alive, so each pass is longer than the
last: at 10,000 articles a third of ``load_corpus`` went to passes that found nothing to free.
Nothing these loaders build holds a reference cycle, so the collector can wait until they
finish (it then runs as usual).

What a large corpus leaves behind costs on every later pass too: at 100,000 articles a full
pass walks about two million objects, seconds in which a widget does not answer.
:func:`keep_out_of_collector` moves everything alive into the collector's permanent
generation (``gc.freeze``) once a large corpus is loaded. Objects are still freed as soon as
nothing refers to them (reference counting); only a reference cycle among them would wait
for ``gc.unfreeze()``, and the corpus has none.
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


#: From this many articles a loaded corpus is moved out of the collector's way.
FREEZE_FROM = 2000


def keep_out_of_collector(n_articles: int) -> bool:
    """After loading ``n_articles``: freeze what is alive if the corpus is large; True if done."""
    if n_articles < FREEZE_FROM:
        return False
    gc.freeze()
    return True
