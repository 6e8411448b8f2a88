"""The new operations in the window, as a person meets them: speech makes a sound in the
history that a photo can say ("Make a photo say this…") or a face in a video ("Make a face
say this…", after "Find the faces" shows Kling's faces, the first chosen); the effect list
is searched by typing; the Voices window lists Kling's voices and the user's, makes and
deletes one, and shows the last list when Kling cannot be reached."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from kling_desktop.media.images import prepare
from kling_desktop.operations import Request
from kling_desktop.ui.form_fields import SoundField
from tests.conftest import png_bytes
from tests.ui.test_motion_control import finished_job, show


def test_speech_then_a_talking_photo_and_a_face_that_speaks(qtbot, make_window):
    win = make_window()
    spoken = finished_job(win, qtbot, Request("speech", prompt="Good evening, and welcome"))
    (sound,) = win.context.history.outputs(spoken)
    assert sound.media == "audio" and sound.file_present()
    picture = finished_job(win, qtbot, Request("image", prompt="a smiling host"))
    video = finished_job(win, qtbot, Request("text2video", prompt="a host in a studio"))
    actions = win.history_actions

    show(win, qtbot, spoken)
    say = actions.using("avatar", "sound_file")
    assert say.isEnabled() and say.text() == "Make a photo say this…"
    say.trigger()
    form = win.current_form()
    assert form is win.forms["avatar"]
    field = form.fields["sound_file"]
    assert isinstance(field, SoundField)
    qtbot.waitUntil(lambda: field.held is not None, timeout=5000)
    assert " · 3.0 s · " in field.facts.text()  # its length, read from the file
    show(win, qtbot, picture)
    actions.using("avatar", "image").trigger()
    qtbot.waitUntil(lambda: form.picker("image").prepared is not None, timeout=5000)
    form.revalidate()
    assert form.generate_button.isEnabled(), form.why.text()
    assert form.price_text() == "Free in demo mode"

    show(win, qtbot, video)
    speak = actions.using("lip_sync", "video", "kling_url")
    assert speak.text() == "Make a face in it speak…"
    speak.trigger()
    lips = win.current_form()
    assert lips is win.forms["lip_sync"]
    lips.revalidate()
    assert not lips.generate_button.isEnabled()  # no faces found yet, no sound
    assert lips.find.isEnabled() and lips.note.text() == "Free in demo mode."
    lips.find_faces()
    qtbot.waitUntil(lambda: lips.chosen_face() is not None, timeout=10_000)
    assert lips.faces.count() == 2 and lips.chosen_face() == "0"
    assert lips.faces.item(0).text() == "Face 1\n0–5 s"
    lips.faces.setCurrentRow(1)
    assert lips.fields["face_id"].value() == "1"
    lips.fields["sound_file"].take(sound, win.context.history.get(spoken), "file")
    qtbot.waitUntil(lambda: lips.fields["sound_file"].held is not None, timeout=5000)
    lips.revalidate()
    assert lips.generate_button.isEnabled(), lips.why.text()
    done = []
    win.context.engine.job_finished.connect(done.append)
    lips.generate()
    qtbot.waitUntil(lambda: bool(done), timeout=15_000)
    assert done[0].status.value == "succeeded" and done[0].job.kind == "lip_sync"
    kin = {link.job_id for link in win.context.history.made_from(done[0].id)}
    assert kin == {video, spoken}  # what came from what: the video and the sound

    # Another video forgets the faces Kling found in the first.
    lips.fields["video"].set_value("https://cdn.example.com/other.mp4")
    assert lips.faces.isHidden() and lips.fields["session_id"].value() is None


def test_a_sound_that_is_not_one_is_said_beside_its_field(qtbot, make_window, tmp_path):
    win = make_window()
    form = win.show_form("avatar")
    text = tmp_path / "notes.txt"
    text.write_text("not a sound")
    field = form.fields["sound_file"]
    field.load(text)
    qtbot.waitUntil(lambda: "not an MP3" in field.facts.text(), timeout=5000)
    assert field.value() is None


def test_the_effect_list_is_searched_by_typing(qtbot, make_window):
    win = make_window()
    form = win.show_form("effect")
    combo = form.fields["effect_scene"].combo
    assert combo.count() == 219 and combo.isEditable()
    completer = combo.completer()
    completer.setCompletionPrefix("kiss")
    found = [completer.completionModel().index(i, 0).data() for i in range(3)]
    assert "Snowy night kiss" in found and "Kiss" in found
    form.fields["effect_scene"].set_value("hug_pro")
    form.fields["image"].set_value(prepare(png_bytes(400, 600), "x"))
    form.revalidate()
    assert not form.generate_button.isEnabled()
    (problem,) = form.problems()
    assert problem.field == "image_2" and "takes two pictures" in str(problem.message)
    form.fields["effect_scene"].set_value("pet_lion_pro")
    form.revalidate()
    assert not form.fields["image_2"].widget.isEnabled()  # one picture: the second is off
    assert form.generate_button.isEnabled(), form.why.text()


def test_the_voices_window(qtbot, make_window, monkeypatch):
    from kling_desktop.ui import voices_dialog

    win = make_window()
    win.connections.open_voices()
    dialog = win.voices_dialog
    qtbot.waitUntil(lambda: dialog.status.text() == "Up to date.", timeout=10_000)
    groups = [dialog.tree.topLevelItem(i).text(0) for i in range(2)]
    assert groups == ["Your voices (0)", "Kling's voices (3)"]
    kling = dialog.tree.topLevelItem(1)
    dialog.tree.setCurrentItem(kling.child(0))
    assert dialog.play_button.isEnabled() and not dialog.delete_button.isEnabled()

    class Filled(voices_dialog.NewVoiceDialog):
        def exec(self):
            self.name.setText("Narrator")
            self.address.setText("https://example.com/me.mp3")
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(voices_dialog, "NewVoiceDialog", Filled)
    dialog.new_voice()
    mine = lambda: dialog.tree.topLevelItem(0)  # noqa: E731
    qtbot.waitUntil(lambda: mine().childCount() == 1 and "Narrator" in mine().child(0).text(0))
    qtbot.waitUntil(lambda: dialog.status.text() == "“Narrator” is ready.", timeout=15_000)
    dialog.tree.setCurrentItem(mine().child(0))
    assert dialog.delete_button.isEnabled()
    monkeypatch.setattr("kling_desktop.ui.ask.ask", lambda *a, **k: True)
    dialog.delete_current()
    qtbot.waitUntil(lambda: dialog.status.text() == "Deleted “Narrator”.", timeout=10_000)
    assert mine().text(0) == "Your voices (0)"

    # Kling out of reach: the list as last seen, and when.
    from kling_desktop.sandbox import Fault

    win.context.sandbox().faults.sometimes("preset_voices", Fault.kling_error(500, 5000), 1.0)
    dialog.refresh()
    qtbot.waitUntil(lambda: "as seen on" in dialog.status.text(), timeout=20_000)
    assert dialog.tree.topLevelItem(1).text(0) == "Kling's voices (3)"
    dialog.close()
    assert Qt  # the flags used above come from Qt


def test_a_voice_from_the_library_is_inserted_into_the_prompt(qtbot, make_window):
    win = make_window()
    win.context.voices.refresh(win.context.active_profile)  # as the Voices window does
    form = win.show_form("image2video")
    form.set_model("kling-2.6")
    field = form.fields["voices"]
    field._fill()
    names = [a.text() for a in field.menu.actions() if a.text()]
    assert names[:3] == ["@Warm narrator", "@Bright girl", "@Calm man"]
    assert names[-1] == "Manage voices…"
    field.insert_name("Warm narrator")
    assert form.fields["prompt"].value().strip() == "@Warm narrator"
    assert field.value() == [{"voice_id": "829824295735410756", "name": "Warm narrator"}]
    assert field.used.text() == "Uses @Warm narrator"


def test_words_in_a_voice_become_what_a_photo_says(qtbot, make_window):
    from kling_desktop.ui.speak_dialog import SpeakDialog

    win = make_window()
    form = win.show_form("avatar")
    field = form.fields["sound_file"]
    assert field.words.isVisibleTo(form)
    dialog = SpeakDialog(field.param.from_words, form)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled() and dialog.problem.text() == "Write the words the voice should say."
    dialog.text.setText("晚上好")
    dialog.combos["voice_id"].setCurrentIndex(dialog.combos["voice_id"].findData("AOT"))
    dialog.combos["voice_language"].setCurrentIndex(1)  # Chinese
    assert "speaks only English" in dialog.problem.text()
    dialog.combos["voice_id"].setCurrentIndex(dialog.combos["voice_id"].findData("ai_shatang"))
    assert dialog.problem.text() == "" and ok.isEnabled()
    field.speak(dialog.request())
    assert field.facts.text() == "Kling is saying the words…"
    qtbot.waitUntil(lambda: field.held is not None, timeout=15_000)
    assert field.held.format == "wav" and field.held.source is not None
    (job,) = [j for j in win.context.history.page() if j.kind == "speech"]
    assert job.prompt == "晚上好"  # in the history like any other job
