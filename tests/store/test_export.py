"""Exporting results with a JSON file of their parameters, to a folder or a ZIP."""

from __future__ import annotations

import json
import zipfile

from kling_desktop.store import NewOutput
from kling_desktop.store.export import MANIFEST, export
from tests.store.conftest import new_input, new_job


def _finished(history, tmp_path, n, *, files=2, same_name=False, profile="Demo"):
    job_id = history.add_job(
        new_job(n, inputs=[new_input(b"\x89PNG input %d" % n)], profile=profile)
    )
    outputs = []
    for i in range(files):
        path = tmp_path / "library" / (f"result-{i}.png" if same_name else f"job{n}-{i}.png")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"\x89PNG result %d %d" % (n, i))
        outputs.append(
            NewOutput(index=i, media="image", url=f"https://cdn/{n}/{i}.png", path=str(path))
        )
    history.finish(job_id, outputs, credits=1.0)
    return job_id


def test_a_zip_holds_the_files_inputs_and_every_parameter(history, tmp_path):
    ids = [_finished(history, tmp_path, 1, profile="My key"), _finished(history, tmp_path, 2)]
    report = export(history, ids, tmp_path / "out.zip", as_zip=True)
    assert report.files == 6 and report.missing == ()
    with zipfile.ZipFile(tmp_path / "out.zip") as archive:
        names = set(archive.namelist())
        manifest = json.loads(archive.read(MANIFEST))
        assert archive.read("job1-0.png") == b"\x89PNG result 1 0"
    jobs = manifest["jobs"]
    assert [j["prompt"] for j in jobs] == ["prompt number 1", "prompt number 2"]
    assert jobs[0]["parameters"] == {"prompt": "prompt number 1", "n": 1, "aspect_ratio": "16:9"}
    assert jobs[0]["credits"] == 1.0
    # The demo's sandbox says what Kling would charge; the user paid nothing, as the
    # details and the history say.
    assert jobs[1]["credits"] == 0
    assert [o["file"] for o in jobs[0]["outputs"]] == ["job1-0.png", "job1-1.png"]
    assert jobs[0]["inputs"]["image"] in names
    assert not list(tmp_path.glob(".out.zip.part"))


def test_a_folder_export_renames_clashes_and_names_missing_files(history, tmp_path):
    ids = [_finished(history, tmp_path / f"lib{n}", n, same_name=True) for n in (1, 2)]
    missing = history.outputs(ids[1])[1].path
    missing.unlink()
    report = export(history, ids, tmp_path / "export", as_zip=False)
    assert report.files == 5  # 3 results (one is missing) and 2 inputs
    assert report.missing == (str(missing),)
    manifest = json.loads((tmp_path / "export" / MANIFEST).read_text(encoding="utf-8"))
    first, second = manifest["jobs"]
    assert [o["file"] for o in first["outputs"]] == ["result-0.png", "result-1.png"]
    assert [o["file"] for o in second["outputs"]] == ["result-0-2.png", None]
    for job in (first, second):
        for o in job["outputs"]:
            if o["file"]:
                assert (tmp_path / "export" / o["file"]).is_file()


def test_a_video_is_exported_with_the_sound_made_for_it(history, tmp_path):
    video = tmp_path / "library" / "kite.mp4"
    video.parent.mkdir(parents=True)
    video.write_bytes(b"\x00\x00\x00\x18ftypmp42 video")
    parent = history.add_job(new_job(1, kind="text2video"))
    history.finish(parent, [NewOutput(index=0, media="video", url="https://cdn/v.mp4",
                                      path=str(video), remote_id="v1")])  # fmt: skip
    (source,) = history.outputs(parent)
    child = history.add_job(new_job(2, kind="add_sound", sources=[("video", source.id)]))
    with_sound, sound = tmp_path / "library" / "kite-2.mp4", tmp_path / "library" / "kite-2.mp3"
    with_sound.write_bytes(b"\x00\x00\x00\x18ftypmp42 again")
    sound.write_bytes(b"\xff\xfb\x90\xc0 sound")
    history.finish(child, [
        NewOutput(index=0, media="video", url="https://cdn/w.mp4", path=str(with_sound)),
        NewOutput(index=1, media="audio", url="https://cdn/s.mp3", path=str(sound)),
    ])  # fmt: skip
    export(history, [parent], tmp_path / "out", as_zip=False)
    (entry,) = json.loads((tmp_path / "out" / MANIFEST).read_text(encoding="utf-8"))["jobs"]
    assert entry["sounds"] == ["kite-2.mp3"]
    assert (tmp_path / "out" / "kite-2.mp3").read_bytes() == sound.read_bytes()
    assert not (tmp_path / "out" / "kite-2.mp4").exists()  # the sound, not another video
    # Both jobs exported: each file once, the sound with its own job.
    export(history, [parent, child], tmp_path / "both", as_zip=False)
    jobs = json.loads((tmp_path / "both" / MANIFEST).read_text(encoding="utf-8"))["jobs"]
    assert "sounds" not in jobs[0]
    assert [o["file"] for o in jobs[1]["outputs"]] == ["kite-2.mp4", "kite-2.mp3"]
