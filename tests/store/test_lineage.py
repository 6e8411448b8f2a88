"""What came from what: a job made from a result is linked to it, both ways, and the
history can show one item's family."""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3
from pathlib import Path

from kling_desktop.store import Database, Filter, History, NewOutput
from tests.store.conftest import new_input, new_job

FIXTURES = Path(__file__).parent / "fixtures"


def finished(history: History, n: int, *, path: str | None = None, **job) -> tuple[int, int]:
    """A succeeded job with one picture; (job id, output id)."""
    job_id = history.add_job(new_job(n, **job))
    history.finish(
        job_id,
        [
            NewOutput(
                index=0,
                media="image",
                url=f"https://cdn/{n}.png",
                path=path or f"/lib/{n}.png",
                thumbnail=b"thumb%d" % n,
            )
        ],
    )
    (output,) = history.outputs(job_id)
    return job_id, output.id


def test_a_picture_from_a_result_links_the_new_job_to_it_both_ways(history):
    parent, output = finished(history, 1)
    source = dataclasses.replace(new_input(), source=output)
    child = history.add_job(new_job(2, kind="expand", inputs=[source]))
    (made_from,) = history.made_from(child)
    assert (made_from.job_id, made_from.output_id, made_from.role) == (parent, output, "image")
    assert made_from.prompt == "prompt number 1" and made_from.thumbnail == b"thumb1"
    (used_in,) = history.used_in(parent)
    assert (used_in.job_id, used_in.kind, used_in.role) == (child, "expand", "image")
    assert used_in.thumbnail is None  # the new job has no result yet
    assert history.inputs(child)[0].source == output
    assert history.has_family(parent) and history.has_family(child)
    assert history.made_from(parent) == [] and history.used_in(child) == []


def test_a_picture_read_from_a_results_file_is_linked_without_being_told(history):
    parent, _ = finished(history, 1, path="/photos/cat.png")  # new_input's path
    child = history.add_job(new_job(2, inputs=[new_input()]))
    assert [link.job_id for link in history.made_from(child)] == [parent]


def test_a_picture_from_elsewhere_makes_no_link(history):
    finished(history, 1)
    child = history.add_job(new_job(2, inputs=[new_input()]))
    assert history.made_from(child) == []
    assert not history.has_family(child)


def test_other_sources_are_linked_by_their_field(history):
    parent, output = finished(history, 1)
    child = history.add_job(new_job(2, kind="video2audio", sources=[("video", output)]))
    assert [(link.job_id, link.role) for link in history.made_from(child)] == [(parent, "video")]


def test_a_source_that_no_longer_exists_is_left_out_not_an_error(history):
    child = history.add_job(new_job(2, inputs=[dataclasses.replace(new_input(), source=999)]))
    assert history.made_from(child) == []


def test_the_bin_hides_links_and_purging_removes_them(history):
    parent, output = finished(history, 1)
    child = history.add_job(new_job(2, inputs=[dataclasses.replace(new_input(), source=output)]))
    history.set_deleted([parent])
    assert history.made_from(child) == []
    history.set_deleted([parent], False)
    assert len(history.made_from(child)) == 1
    history.purge([child])
    assert history.used_in(parent) == []


def test_a_family_is_everything_linked_any_number_of_steps_either_way(history):
    a, a_out = finished(history, 1)
    b, b_out = finished(history, 2, inputs=[dataclasses.replace(new_input(), source=a_out)])
    c, _ = finished(history, 3, inputs=[dataclasses.replace(new_input(), source=b_out)])
    sibling, _ = finished(
        history, 4, inputs=[dataclasses.replace(new_input(b"other"), source=a_out)]
    )
    stranger, _ = finished(history, 5)
    assert history.family(c) == {a, b, c, sibling}
    assert history.family(stranger) == {stranger}
    shown = [job.id for job in history.page(Filter(family_of=b))]
    assert shown == [sibling, c, b, a]  # newest first, like the rest of the history
    assert history.count(Filter(family_of=b)) == 4
    assert history.count(Filter(family_of=b, kinds=frozenset({"image"}))) == 4
    assert history.count(Filter(family_of=stranger)) == 1


def test_a_loop_of_links_does_not_hang_the_family(history):
    a, a_out = finished(history, 1)
    b, b_out = finished(history, 2, inputs=[dataclasses.replace(new_input(), source=a_out)])
    with history.db.write() as conn:  # cannot happen through the app; the query must cope
        conn.execute(
            "INSERT INTO job_sources (job_id, output_id, role) VALUES (?, ?, 'image')", (a, b_out)
        )
    assert history.family(a) == {a, b}


def test_jobs_recorded_before_links_existed_are_linked_by_their_files(tmp_path):
    path = tmp_path / "history.sqlite"
    shutil.copy(FIXTURES / "history-v2.sqlite", path)
    conn = sqlite3.connect(path)
    (output_path,) = conn.execute("SELECT path FROM outputs LIMIT 1").fetchone()
    conn.execute(
        "INSERT INTO jobs (kind, profile, model, prompt, request_json, external_task_id,"
        " status, queued_at) VALUES ('expand', 'Demo', '', 'wider', '{}', 'kd-old-2', 'queued', 1)"
    )
    child = conn.execute("SELECT max(id) FROM jobs").fetchone()[0]
    conn.execute(
        "INSERT INTO job_inputs (job_id, role, sha256, original_path) VALUES (?, 'image', 'x', ?)",
        (child, output_path),
    )
    conn.commit()
    conn.close()
    db = Database(path)
    assert db.report.migrated_from == 2
    history = History(db, tmp_path / "inputs")
    (link,) = history.made_from(child)
    assert link.prompt == "a lighthouse at dawn"
    db.close()
