"""Both themes pass WCAG AA: text 4.5:1 against what it is drawn on, controls (check box
and radio button edges, the status badges) 3:1, and disabled controls look disabled."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QCheckBox, QRadioButton, QStyleFactory

from kling_desktop.ui import theme
from kling_desktop.ui.history_delegate import BADGE_COLOURS

R = QPalette.ColorRole
DISABLED = QPalette.ColorGroup.Disabled


def luminance(c: QColor) -> float:
    def channel(v: int) -> float:
        v = v / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.fixture(params=["light", "dark"])
def palette(request, qapp) -> QPalette:
    if request.param == "dark":
        return theme.dark_palette()
    return theme.light_palette(QStyleFactory.create("Fusion").standardPalette())


TEXT_PAIRS = [
    (R.WindowText, R.Window),
    (R.Text, R.Base),
    (R.Text, R.AlternateBase),
    (R.ButtonText, R.Button),
    (R.HighlightedText, R.Highlight),  # selected rows, the demo banner, the notices
    (R.ToolTipText, R.ToolTipBase),
    (R.PlaceholderText, R.Base),
    (R.Link, R.Base),
    (R.Link, R.Window),
]


@pytest.mark.parametrize(("fg", "bg"), TEXT_PAIRS, ids=lambda r: r.name)
def test_text_reads_at_4_5_to_1(palette, fg, bg):
    ratio = contrast(palette.color(fg), palette.color(bg))
    assert ratio >= 4.5, f"{fg.name} on {bg.name}: {ratio:.2f}"


def test_messages_in_red_and_green_read_at_4_5_to_1(palette):
    for colour in (theme.error_red(palette), theme.success_green(palette)):
        for bg in (R.Window, R.Base):
            assert contrast(colour, palette.color(bg)) >= 4.5, colour.name()


def test_check_box_and_radio_edges_stand_out_at_3_to_1(palette):
    edge = theme.control_edge(palette)
    for bg in (R.Window, R.Base):
        assert contrast(edge, palette.color(bg)) >= 3, bg.name


def test_disabled_looks_disabled_but_can_still_be_read(palette):
    for fg, bg in ((R.Text, R.Base), (R.WindowText, R.Window), (R.ButtonText, R.Button)):
        enabled = contrast(palette.color(fg), palette.color(bg))
        disabled = contrast(palette.color(DISABLED, fg), palette.color(DISABLED, bg))
        assert disabled >= 3, f"disabled {fg.name}: {disabled:.2f}"
        assert enabled >= 1.5 * disabled, f"{fg.name}: {enabled:.2f} vs {disabled:.2f}"
    # A disabled slider's filled part is grey, not the enabled blue.
    assert palette.color(DISABLED, R.Highlight) != palette.color(R.Highlight)
    assert palette.color(DISABLED, R.Highlight).saturation() < 30


def test_status_badges_carry_white_text():
    for name, colour in BADGE_COLOURS.items():
        assert contrast(colour, QColor("white")) >= 4.5, name


def _edge_contrast(qtbot, kind, style) -> float:
    """The strongest contrast between the indicator's pixels and the window, drawn for
    real (the label's text is left out)."""
    widget = kind("")
    qtbot.addWidget(widget)
    widget.setStyle(style)
    widget.setPalette(theme.dark_palette())
    widget.resize(widget.sizeHint())
    image = widget.grab().toImage()
    window = theme.dark_palette().color(R.Window)
    return max(
        contrast(image.pixelColor(x, y), window)
        for x in range(image.width())
        for y in range(image.height())
    )


@pytest.mark.parametrize("kind", [QCheckBox, QRadioButton])
def test_the_indicator_is_drawn_with_its_edge_in_the_dark_theme(qtbot, qapp, kind):
    plain = _edge_contrast(qtbot, kind, QStyleFactory.create("Fusion"))
    ours = _edge_contrast(qtbot, kind, theme.visible_indicators(QStyleFactory.create("Fusion")))
    assert plain < 3 <= ours, (plain, ours)  # Fusion alone: nearly invisible


@pytest.mark.parametrize("dark", [False, True])
def test_the_chosen_shape_tile_stands_out(qtbot, qapp, dark):
    """The chosen Shape tile differs from the others at 3:1 somewhere along its edge."""
    from PySide6.QtWidgets import QStyleFactory

    from kling_desktop.ui.widgets import AspectPicker

    palette = (
        theme.dark_palette()
        if dark
        else theme.light_palette(QStyleFactory.create("Fusion").standardPalette())
    )
    picker = AspectPicker()
    qtbot.addWidget(picker)
    picker.setStyle(QStyleFactory.create("Fusion"))
    picker.setPalette(palette)
    picker.set_ratios(["16:9", "9:16"])
    picker.set_value("16:9")
    picker.resize(picker.sizeHint())
    picker.show()
    chosen, other = (picker.buttons[r].grab().toImage() for r in ("16:9", "9:16"))
    window = palette.color(R.Window)
    # Compare a band along the left edge, away from the icon and the text.
    best = max(
        contrast(chosen.pixelColor(x, y), window)
        for x in range(1, 4)
        for y in range(chosen.height() // 4, chosen.height() * 3 // 4)
    )
    plain = max(
        contrast(other.pixelColor(x, y), window)
        for x in range(1, 4)
        for y in range(other.height() // 4, other.height() * 3 // 4)
    )
    assert best >= 3 and best > plain * 1.5, (best, plain)
