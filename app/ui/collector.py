"""Python's cyclic garbage collector runs on the GUI thread only.

Left to itself, the collector runs on whichever thread happens to allocate when a threshold is crossed. When
that is a thread-pool job (Today's lists, a report's counts) and the garbage holds Qt objects (a closed
dialog's wrappers), their C++ side is destroyed off the GUI thread while the GUI thread builds widgets, and
the process dies with signal 11. So automatic collection is turned off, and a timer on the GUI thread
collects what the thresholds ask for, at the same generations Python would.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_EVERY_MS = 500


class GuiThreadCollector(QObject):
    """Collects on the GUI thread, every CHECK_EVERY_MS, the generations whose thresholds are crossed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Back to Python's own collection (after a last collection here)."""
        self._timer.stop()
        gc.collect()
        gc.enable()

    def check(self) -> int:
        """Collect what is due; the generation collected, or -1 when nothing was."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        generation = -1
        for level in range(3):
            if counts[level] > thresholds[level]:
                generation = level
        if generation >= 0:
            gc.collect(generation)
        return generation


def install(parent: QObject) -> GuiThreadCollector:
    """Start collecting on the GUI thread (call it there, once the QApplication exists)."""
    collector = GuiThreadCollector(parent)
    collector.start()
    return collector
