"""IVC Desk's override of PyInstaller's PySide6.QtGui hook: the stock collection minus the Qt plugins a
desktop office program never loads (a hook in the spec's hookspath takes precedence over the stock one).

Filtering here, before PyInstaller follows each plugin's library dependencies, also keeps out what only those
plugins need: the GTK theme's cairo/pango/GLib stack, eglfs's KMS/EGL libraries, the VNC and TUIO plugins'
QtNetwork and OpenSSL.
"""

from pathlib import PurePath

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

# Plugin folders left out whole: embedded-device input and eglfs device integrations.
_DROP_FOLDERS = {"generic", "egldeviceintegrations"}
# Single plugins left out (file names without "lib" and the extension), Linux and Windows spellings.
_DROP_PLUGINS = {
    "qeglfs",  # full-screen embedded platforms
    "qlinuxfb",
    "qminimalegl",
    "qvkkhrdisplay",
    "qvnc",  # remote framebuffer server; links QtNetwork
    "qdirect2d",  # Windows' alternative platform plugin; qwindows is the one used
    "qgtk3",  # GTK platform theme: Qt's own theme and dialogs are used instead
}


def _wanted(dest_dir: str, source: str) -> bool:
    parts = PurePath(dest_dir.replace("\\", "/")).parts
    if "plugins" not in parts:
        return True
    folder = "/".join(parts[parts.index("plugins") + 1 :])
    if folder.split("/")[0] in _DROP_FOLDERS:
        return False
    stem = PurePath(source).name.split(".")[0]
    stem = stem[3:] if stem.startswith("libq") else stem
    return stem not in _DROP_PLUGINS


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(source, dest) for source, dest in binaries if _wanted(dest, source)]
