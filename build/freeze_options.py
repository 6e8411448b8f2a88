"""What the frozen builds leave out: shared by kling_desktop.spec and bench/bundle.py, so
the bare-window baseline is built with exactly the app's options."""

# Qt modules the app never imports (each pulls large libraries and plugins).
QT_UNUSED = [
    "Qt3DAnimation",
    "Qt3DCore",
    "Qt3DExtras",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DRender",
    "QtAxContainer",
    "QtBluetooth",
    "QtCharts",
    "QtConcurrent",
    "QtDataVisualization",
    "QtDBus",
    "QtDesigner",
    "QtGraphs",
    "QtGraphsWidgets",
    "QtHelp",
    "QtHttpServer",
    "QtLocation",
    "QtNfc",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtPdf",
    "QtPdfWidgets",
    "QtPositioning",
    "QtPrintSupport",
    "QtQml",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtRemoteObjects",
    "QtScxml",
    "QtSensors",
    "QtSerialBus",
    "QtSerialPort",
    "QtSpatialAudio",
    "QtSql",
    "QtStateMachine",
    "QtSvg",
    "QtSvgWidgets",
    "QtTest",
    "QtTextToSpeech",
    "QtUiTools",
    "QtWebChannel",
    "QtWebEngineCore",
    "QtWebEngineQuick",
    "QtWebEngineWidgets",
    "QtWebSockets",
    "QtWebView",
    "QtXml",
]
EXCLUDES = [f"PySide6.{m}" for m in QT_UNUSED] + [
    "tkinter",
    "_tkinter",
    "PyQt5",
    "PyQt6",
    "PySide2",
    "pytest",
    "_pytest",
    "pytestqt",
    "IPython",
    "numpy",
    "setuptools",
    "pip",
    "pydoc",
    "lib2to3",
    # Nothing in the app starts processes; bundled, PyInstaller's runtime hook for it
    # imports multiprocessing (and socket, pickle...) at every start, before any app code.
    "multiprocessing",
    # httpx's own command line (httpx._main) pulls in click, rich and pygments when they are
    # installed (a developer's machine has them through import-linter): the app never runs
    # it, and httpx falls back to a stub without it.
    "httpx._main",
    "click",
    "rich",
    "pygments",
]

# Qt plugins (and the libraries only they need) the app has no use for: a PDF image
# reader and the on-screen keyboard, which would pull in QtPdf and QtVirtualKeyboard.
DROP_BINARIES = ("qpdf", "qt6pdf", "virtualkeyboard")  # matched in lower case, any OS


# On Linux, PulseAudio's client library (QtMultimedia loads it) is the system's: the .deb
# depends on libpulse0 and every desktop has it. Bundling it would also bundle its audio
# codecs (FLAC, Vorbis, Opus, MP3), which only the sound server uses.
SYSTEM_AUDIO = (
    "libpulse",
    "libsndfile",
    "libflac",
    "libvorbis",
    "libopus",
    "libmpg123",
    "libmp3lame",
    "libogg",
    "libasyncns",
)


def keep_binary(entry) -> bool:
    import sys

    name = str(entry[0]).replace("\\", "/").rsplit("/", 1)[-1].lower()
    if sys.platform.startswith("linux") and name.startswith(SYSTEM_AUDIO):
        return False
    return not any(part in name for part in DROP_BINARIES)
