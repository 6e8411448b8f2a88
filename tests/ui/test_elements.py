"""The Elements library, as a user meets it (demo connection, the sandbox as Kling): make an
element from photos, see it being made then ready with its picture, rename it (the app's
own name), delete it; the library opens offline with what was seen last."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from kling_desktop.api.elements import is_preset
from kling_desktop.sandbox.media import render_image
from kling_desktop.ui.elements_dialog import ElementsDialog, NewElementDialog


def test_make_rename_and_delete_an_element(qtbot, make_window, tmp_path, monkeypatch):
    win = make_window(demo=True)
    win.show()
    dialog = ElementsDialog(win.context, win.context.active_profile, win)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.refresh_button.isEnabled(), timeout=10_000)
    assert dialog.list.count() == 0 and "No elements of yours yet" in dialog.status.text()

    photo = tmp_path / "mia.png"
    photo.write_bytes(render_image("a woman in a red coat", "1:1", 0, 1))

    def fill(new: NewElementDialog) -> QDialog.DialogCode:
        assert not new.create.isEnabled() and new.problem.text() == "Give it a name."
        new.name.setText("Mia")
        new.description.setText("a woman in a red coat")
        assert "photo" in new.problem.text()
        new.photos.load(photo)
        qtbot.waitUntil(lambda: new.create.isEnabled(), timeout=5000)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewElementDialog, "exec", fill)
    dialog.new_element()
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: "ready" in dialog.list.item(0).text(), timeout=20_000)
    item = dialog.list.item(0)
    assert item.text() == "Mia — ready" and not item.icon().isNull()
    # The line under the list says so too, not still "Kling is making it".
    assert dialog.status.text() == "“Mia” is ready: write @Mia in a prompt to use it."
    ready = win.context.elements.ready(win.context.active_profile)
    (element,) = [e for e in ready if not is_preset(e.task_id)]
    assert element.element_id and element.description == "a woman in a red coat"
    # Kling's own elements are listed apart, ready to name in a prompt.
    presets = [dialog.presets.item(i).text() for i in range(dialog.presets.count())]
    assert presets == ["@Astronaut", "@Golden retriever", "@Robot"]

    # A second with the same name is refused before anything is sent.
    taken = NewElementDialog({"Mia"}, dialog)
    qtbot.addWidget(taken)
    taken.name.setText("mia")
    assert taken.why_not() == "Another element is already called “mia”."

    dialog.list.setCurrentRow(0)
    monkeypatch.setattr(
        "kling_desktop.ui.elements_dialog.QInputDialog.getText", lambda *a, **k: ("Aunt Mia", True)
    )
    dialog.rename_current()
    assert dialog.list.item(0).text() == "Aunt Mia — ready"
    assert win.context.elements.ready(win.context.active_profile)[0].kling_name == "Mia"

    # Offline, the library shows what was seen last, picture included.
    again = ElementsDialog(win.context, win.context.active_profile, win)
    qtbot.addWidget(again)
    assert again.list.count() == 1 and not again.list.item(0).icon().isNull()
    qtbot.waitUntil(lambda: again.refresh_button.isEnabled(), timeout=10_000)
    assert again.list.item(0).text() == "Aunt Mia — ready"  # Kling's list keeps our name

    asked = []
    monkeypatch.setattr("kling_desktop.ui.ask.ask", lambda *a, **k: asked.append(a[2]) or True)
    dialog.list.setCurrentRow(0)
    dialog.delete_current()
    qtbot.waitUntil(lambda: dialog.list.count() == 0, timeout=10_000)
    assert "Delete the element “Aunt Mia”" in asked[0]
    assert "was deleted" in dialog.status.text()
    # Kling's list says so too.
    win.context.elements.refresh(win.context.active_profile)
    left = win.context.elements.all(win.context.active_profile)
    assert [e for e in left if not is_preset(e.task_id)] == []


def test_the_connection_menu_opens_the_library(qtbot, make_window):
    win = make_window(demo=True)
    win.show()
    win.connections.fill_menu()
    action = next(a for a in win.connection_menu.actions() if a.text() == "Elements…")
    action.trigger()
    assert win.elements_dialog.isVisible()
    qtbot.waitUntil(lambda: win.elements_dialog.refresh_button.isEnabled(), timeout=10_000)
    win.elements_dialog.close()


def test_an_element_inserted_in_a_prompt_goes_to_kling(qtbot, make_window, tmp_path):
    from kling_desktop.media.images import prepare

    win = make_window(demo=True)
    win.show()
    context, profile = win.context, win.context.active_profile
    photo = tmp_path / "bo.png"
    photo.write_bytes(render_image("a small brown dog", "1:1", 0, 1))
    task = context.elements.create(profile, "Bo", "a small brown dog", [prepare(photo, "photo")])
    qtbot.waitUntil(lambda: context.elements.check(profile, task) == "ready", timeout=20_000)

    form = win.show_form("text2video")
    form.set_model("kling-3.0")
    field = form.fields["elements"]
    assert field.widget.isEnabled()  # 3.0 takes elements (by the legacy route)
    field._fill()
    assert [a.text() for a in field.menu.actions()][:1] == ["@Bo"]
    form.prompt.setText("a beach at dawn,")
    form.prompt.edit.moveCursor(form.prompt.edit.textCursor().MoveOperation.End)
    field.insert_name("Bo")
    assert form.prompt.text() == "a beach at dawn, @Bo "
    assert field.used.text() == "Uses @Bo"
    form.set_model("kling-2.6")
    assert not field.widget.isEnabled()  # 2.6 does not take them: greyed, with the reason
    form.set_model("kling-3.0")
    form.revalidate()
    assert form.generate_button.isEnabled(), form.why.text()
    ended = []
    context.engine.job_finished.connect(lambda update: ended.append(update))
    form.generate()
    qtbot.waitUntil(lambda: bool(ended), timeout=20_000)
    job = ended[0].job
    assert job.status.value == "succeeded" and job.standard == "legacy"
    (element,) = context.elements.ready(profile)
    assert job.request["elements"] == [{"element_id": element.element_id, "name": "Bo"}]
    (sent,) = [t for t in context.sandbox().tasks() if t.kind == "text2video"]
    assert sent.body["element_list"] == [{"element_id": int(element.element_id)}]
    assert sent.body["prompt"] == "a beach at dawn, <<<element_1>>> "
    qtbot.waitUntil(lambda: "@Bo" in win.details.toPlainText(), timeout=5000)


def _ready_element(qtbot, context, tmp_path, name: str, words: str):
    from kling_desktop.media.images import prepare

    profile = context.active_profile
    photo = tmp_path / f"{name}.png"
    photo.write_bytes(render_image(words, "1:1", 0, 1))
    task = context.elements.create(profile, name, words, [prepare(photo, "photo")])
    qtbot.waitUntil(lambda: context.elements.check(profile, task) == "ready", timeout=20_000)
    (element,) = [e for e in context.elements.ready(profile) if e.name == name]
    return element


def _write_with_element(win, operation: str, text: str, name: str):
    """The form of `operation`, its prompt `text` and then @name inserted at the end."""
    form = win.show_form(operation)
    field = form.fields["elements"]
    assert field.widget.isEnabled()
    form.prompt.setText(text)
    form.prompt.edit.moveCursor(form.prompt.edit.textCursor().MoveOperation.End)
    field.insert_name(name)
    return form, field


def _generate(qtbot, win, form):
    form.revalidate()
    assert form.generate_button.isEnabled(), form.why.text()
    ended = []
    win.context.engine.job_finished.connect(lambda update: ended.append(update))
    form.generate()
    qtbot.waitUntil(lambda: bool(ended), timeout=20_000)
    return ended[0].job


def test_elements_in_omni_video_and_omni_image(qtbot, make_window, tmp_path):
    win = make_window(demo=True)
    win.show()
    context = win.context
    element = _ready_element(qtbot, context, tmp_path, "Bo", "a small brown dog")

    # Omni video: the new standard, the element as a content item the prompt names.
    form, field = _write_with_element(win, "omni_video", "on a skateboard:", "Bo")
    assert field.used.text() == "Uses @Bo"
    job = _generate(qtbot, win, form)
    assert job.status.value == "succeeded" and job.standard == "new"
    (sent,) = [t for t in context.sandbox().tasks() if t.kind == "omni_video"]
    contents = sent.body["contents"]
    assert contents[0] == {"type": "prompt", "text": "on a skateboard: @element_1 "}
    assert contents[-1] == {"type": "element", "element_id": element.element_id, "id": "element_1"}

    # Omni image: the legacy standard, like the Kling 3.0 videos.
    form, field = _write_with_element(win, "omni_image", "a birthday card with ", "Bo")
    job = _generate(qtbot, win, form)
    assert job.status.value == "succeeded" and job.standard == "legacy"
    (sent,) = [t for t in context.sandbox().tasks() if t.kind == "omni_image"]
    assert sent.body["element_list"] == [{"element_id": int(element.element_id)}]
    assert sent.body["prompt"] == "a birthday card with <<<element_1>>> "
    qtbot.waitUntil(lambda: "@Bo" in win.details.toPlainText(), timeout=5000)


def test_an_element_kling_cannot_make_is_said_under_the_list(
    qtbot, make_window, tmp_path, monkeypatch
):
    from kling_desktop.sandbox import Fault

    win = make_window(demo=True)
    win.context.sandbox().faults.script("submit", Fault.task_fails("No face found in the photos"))
    dialog = ElementsDialog(win.context, win.context.active_profile, win)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.refresh_button.isEnabled(), timeout=10_000)
    photo = tmp_path / "tree.png"
    photo.write_bytes(render_image("a tree", "1:1", 0, 1))

    def fill(new: NewElementDialog) -> QDialog.DialogCode:
        new.name.setText("Tree")
        new.description.setText("an old oak")
        new.photos.load(photo)
        qtbot.waitUntil(lambda: new.create.isEnabled(), timeout=5000)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewElementDialog, "exec", fill)
    dialog.new_element()
    qtbot.waitUntil(
        lambda: dialog.list.count() == 1 and "could not be made" in dialog.list.item(0).text(),
        timeout=20_000,
    )
    assert dialog.status.text().startswith("Kling could not make “Tree”: ")
    assert "No face found" in dialog.status.text()


def test_an_element_from_a_video_of_yours_with_a_voice(qtbot, make_window, monkeypatch):
    from kling_desktop.jobs import JobSpec
    from kling_desktop.operations import Request
    from kling_desktop.ui.elements_dialog import ElementsDialog, NewElementDialog

    win = make_window(demo=True)
    done = []
    win.context.engine.job_finished.connect(done.append)
    win.context.engine.enqueue(JobSpec(Request("text2video", prompt="a man waves"), "Demo"))
    qtbot.waitUntil(lambda: bool(done), timeout=15_000)
    win.context.voices.refresh(win.context.active_profile)
    dialog = ElementsDialog(win.context, win.context.active_profile, win)
    qtbot.addWidget(dialog)

    def fill(new: NewElementDialog) -> QDialog.DialogCode:
        new.name.setText("Sam")
        new.description.setText("a man who waves")
        new.source.setCurrentIndex(1)  # a video of a person
        assert new.photos.isHidden() and not new.video.isHidden()
        assert new.why_not() == ""  # the demo's 5-second video
        new.voice.setCurrentIndex(new.voice.findText("Calm man"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewElementDialog, "exec", fill)
    dialog.new_element()
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=10_000)
    body = win.context.sandbox().tasks()[-1].body
    assert body["reference_type"] == "video_refer"
    assert body["element_video_list"]["refer_videos"][0]["video_url"].endswith(".mp4")
    assert body["element_voice_id"] == "829824295735410758"

    long = NewElementDialog(set(), dialog, videos=[("a long one", "https://x/v.mp4", 12.0)])
    qtbot.addWidget(long)
    long.name.setText("Long")
    long.description.setText("too long")
    long.source.setCurrentIndex(1)
    assert long.why_not() == (
        "This video is 12 seconds long; Kling makes elements from 3 to 8 seconds of video."
    )
