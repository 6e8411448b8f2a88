"""The history: jobs, inputs, outputs, search, filters and paging."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from kling_desktop.store import Filter, JobStatus, NewOutput
from kling_desktop.store.history import fts_query
from kling_desktop.store.records import RESULT_LIFETIME_MS
from tests.store.conftest import new_input, new_job


def test_a_job_is_recorded_queued_with_everything_it_needs(history):
    job_id = history.add_job(
        new_job(1, negative_prompt="blurry", tags=["Sea", "sea", " dawn "], inputs=[new_input()])
    )
    job = history.get(job_id)
    assert job.status is JobStatus.QUEUED
    assert job.external_task_id == "kd-test-1"
    assert job.request == {"prompt": "prompt number 1", "n": 1, "aspect_ratio": "16:9"}
    assert job.negative_prompt == "blurry"
    assert job.tags == ("sea", "dawn")
    assert job.task_id is None and job.finished_at is None
    assert history.by_external_id("kd-test-1").id == job_id
    assert [j.id for j in history.active()] == [job_id]


def test_inputs_are_kept_so_the_job_survives_the_source_moving(history, tmp_path):
    source = tmp_path / "photo.png"
    source.write_bytes(b"\x89PNG original bytes")
    job_id = history.add_job(new_job(1, inputs=[new_input(source.read_bytes())]))
    source.unlink()
    (record,) = history.inputs(job_id)
    assert history.input_bytes(record) == b"\x89PNG original bytes"
    assert record.original_path == "/photos/cat.png"
    assert record.thumbnail.startswith(b"thumb:")
    assert len(record.sha256) == 64


def test_identical_inputs_are_stored_once(history):
    history.add_job(new_job(1, inputs=[new_input(b"same")]))
    history.add_job(new_job(2, inputs=[new_input(b"same"), new_input(b"other", "image_tail")]))
    assert len(list(history.inputs_dir.iterdir())) == 2


def test_the_life_of_a_job(history):
    job_id = history.add_job(new_job(1))
    history.update(job_id, JobStatus.SUBMITTING)
    history.update(job_id, JobStatus.SUBMITTED, task_id="T1", submitted_at=1_000)
    history.update(job_id, JobStatus.PROCESSING)
    history.finish(
        job_id,
        [
            NewOutput(
                index=i,
                media="image",
                url=f"https://cdn/{i}.png",
                path=f"/lib/{i}.png",
                size=10,
                width=1024,
                height=576,
                thumbnail=b"t%d" % i,
            )
            for i in range(2)
        ],
        credits=2,
    )
    job = history.get(job_id)
    assert job.status is JobStatus.SUCCEEDED
    assert job.task_id == "T1" and job.credits == 2
    outputs = history.outputs(job_id)
    assert [o.index for o in outputs] == [0, 1]
    expiry = outputs[0].url_expires_at - job.finished_at
    assert expiry == timedelta(milliseconds=RESULT_LIFETIME_MS)
    assert history.active() == []
    assert history.thumbnails([job_id]) == {job_id: b"t0"}


def test_failed_jobs_keep_the_reason(history):
    job_id = history.add_job(new_job(1))
    history.update(job_id, JobStatus.FAILED, error="Image pixel is invalid")
    job = history.get(job_id)
    assert job.error == "Image pixel is invalid"
    assert job.finished_at is not None


def test_unknown_fields_are_refused(history):
    job_id = history.add_job(new_job(1))
    with pytest.raises(ValueError):
        history.update(job_id, prompt="rewritten")


def test_pages_by_key_newest_first_without_overlap(history):
    ids = [history.add_job(new_job(n)) for n in range(120)]
    seen = []
    after = None
    while True:
        page = history.page(after=after, limit=50)
        if not page:
            break
        seen.extend(j.id for j in page)
        after = page[-1].id
    assert seen == list(reversed(ids))


def test_filters(history):
    base = datetime(2026, 1, 1, tzinfo=UTC)

    def at(days):
        return int((base + timedelta(days=days)).timestamp() * 1000)

    a = history.add_job(new_job(1, queued_at=at(0)))
    b = history.add_job(new_job(2, kind="text2video", model="kling-v1-6", queued_at=at(10)))
    c = history.add_job(new_job(3, kind="image2video", queued_at=at(20)))
    history.update(b, JobStatus.FAILED)
    history.set_favourite([a, c], True)
    history.set_deleted([c])

    def ids(**kw):
        return [j.id for j in history.page(Filter(**kw))]

    assert ids() == [b, a]
    assert ids(kinds=frozenset({"text2video"})) == [b]
    assert ids(statuses=frozenset({"failed"})) == [b]
    assert ids(models=frozenset({"kling-v1"})) == [a]
    assert ids(favourites_only=True) == [a]
    assert ids(since=base + timedelta(days=5)) == [b]
    assert ids(until=base + timedelta(days=5)) == [a]
    assert ids(deleted=True) == [c]
    history.set_deleted([c], False)
    assert ids(favourites_only=True) == [c, a]
    assert history.count(Filter(favourites_only=True)) == 2
    assert history.models() == ["kling-v1", "kling-v1-6"]


def test_search_by_words_prefixes_and_tags(history):
    a = history.add_job(new_job(1, prompt="A lighthouse at dawn, cinematic"))
    b = history.add_job(new_job(2, prompt="A red fox in the snow", negative_prompt="blurry"))
    c = history.add_job(new_job(3, prompt="Portrait of an old fisherman"))

    def found(text):
        return [j.id for j in history.page(Filter(text=text))]

    assert found("lighthouse") == [a]
    assert found("light") == [a]  # prefix
    assert found("LIGHTHOUSE dawn") == [a]
    assert found("lighthouse fox") == []  # every word must match
    assert found("blurry") == [b]  # negative prompt too
    assert found("a") == [c, b, a]
    history.set_tags(c, ["Favourites 2026", "people"])
    assert found("people") == [c]
    assert found("favourites") == [c]
    assert history.count(Filter(text="a")) == 3


def test_search_in_chinese(history):
    a = history.add_job(new_job(1, prompt="一只橘猫在窗台上晒太阳"))
    history.add_job(new_job(2, prompt="一只小狗在草地上奔跑"))
    assert [j.id for j in history.page(Filter(text="橘猫"))] == [a]
    assert [j.id for j in history.page(Filter(text="窗台 太阳"))] == [a]
    assert len(history.page(Filter(text="一只"))) == 2
    assert history.page(Filter(text="猫狗")) == []


@pytest.mark.parametrize("text", ['"', "a OR", "NOT", "(", "*", "a AND (b", "col:x", "🙂", "' ;--"])
def test_search_never_breaks_on_what_users_type(history, text):
    history.add_job(new_job(1, prompt="a OR b NOT c"))
    history.page(Filter(text=text))  # must not raise


def test_fts_query_quotes_every_word():
    assert fts_query("Light house") == '"light"* AND "house"*'
    assert fts_query("橘猫 sun") == '"橘 猫" AND "sun"*'
    assert fts_query("  ") is None


def test_search_and_paging_together(history):
    ids = [history.add_job(new_job(n, prompt=f"sunset number {n}")) for n in range(30)]
    first = history.page(Filter(text="sunset"), limit=10)
    second = history.page(Filter(text="sunset"), after=first[-1].id, limit=10)
    assert [j.id for j in first + second] == list(reversed(ids))[:20]


def test_missing_files_are_noticed_and_can_be_relocated(history, tmp_path):
    job_id = history.add_job(new_job(1))
    file = tmp_path / "result.png"
    file.write_bytes(b"\x89PNG result")
    history.finish(
        job_id,
        [
            NewOutput(
                index=0,
                media="image",
                url="https://cdn/x.png",
                path=str(file),
                size=file.stat().st_size,
            )
        ],
    )
    (output,) = history.outputs(job_id)
    assert output.file_present()
    assert output.server_copy_alive()
    moved = tmp_path / "moved.png"
    file.rename(moved)
    assert not history.outputs(job_id)[0].file_present()
    history.relocate(output.id, moved)
    assert history.outputs(job_id)[0].file_present()
    later = datetime.now(tz=UTC) + timedelta(days=31)
    assert not output.server_copy_alive(later)


def test_thumbnails_fall_back_to_the_input_while_running(history):
    job_id = history.add_job(new_job(1, inputs=[new_input(b"frame")]))
    assert history.thumbnails([job_id]) == {job_id: b"thumb:frame"}
    assert history.thumbnails([]) == {}


# What the history list reads: ids, row summaries, membership, purging ------------------------


def test_ids_page_both_ways_without_overlap(history):
    ids = [history.add_job(new_job(n)) for n in range(25)]
    newest, after = [], None
    while page := history.ids(after=after, limit=10):
        newest += page
        after = page[-1]
    assert newest == ids[::-1]
    oldest, after = [], None
    while page := history.ids(after=after, limit=10, oldest_first=True):
        oldest += page
        after = page[-1]
    assert oldest == ids
    # The same with a search driving the query.
    found = history.ids(Filter(text="prompt"), limit=100, oldest_first=True)
    assert found == ids
    assert [j.id for j in history.page(limit=3, oldest_first=True)] == ids[:3]


def test_summaries_are_small_rows_with_their_output_count(history):
    long_prompt = "word " * 200
    job_id = history.add_job(new_job(1, prompt=long_prompt, tags=["Sea"]))
    history.finish(
        job_id,
        [NewOutput(index=i, media="image", url=f"https://cdn/{i}.png") for i in range(3)],
    )
    (summary,) = history.summaries([job_id, 999]).values()
    assert summary.id == job_id and summary.status is JobStatus.SUCCEEDED
    assert summary.prompt == long_prompt[:300]
    assert summary.outputs == 3 and summary.tags == ("sea",)
    assert history.summaries([]) == {}


def test_matches_says_whether_a_job_belongs_in_a_filtered_list(history):
    job_id = history.add_job(new_job(1, prompt="a red fox"))
    assert history.matches(job_id, Filter())
    assert history.matches(job_id, Filter(text="fox", kinds=frozenset({"image"})))
    assert not history.matches(job_id, Filter(text="wolf"))
    assert not history.matches(job_id, Filter(favourites_only=True))
    history.set_deleted([job_id])
    assert not history.matches(job_id, Filter())
    assert history.deleted_ids() == [job_id]


def test_purge_removes_everything_of_a_job_but_shared_inputs(history):
    shared, own = new_input(b"shared bytes"), new_input(b"own bytes", "image_tail")
    first = history.add_job(new_job(1, prompt="unique fox", inputs=[shared, own]))
    second = history.add_job(new_job(2, inputs=[new_input(b"shared bytes")]))
    history.finish(first, [NewOutput(index=0, media="image", url="https://cdn/0.png")])
    history.purge([first])
    assert history.get(first) is None and history.outputs(first) == []
    assert history.inputs(first) == []
    assert history.page(Filter(text="unique")) == []
    # The copy the other job still needs stays; the one only the purged job used goes.
    (kept,) = history.inputs(second)
    assert history.input_bytes(kept) == b"shared bytes"
    assert len(list(history.inputs_dir.iterdir())) == 1


def test_a_status_only_moves_forward(history):
    job_id = history.add_job(new_job(1))
    assert history.update(job_id, JobStatus.SUBMITTING)
    assert history.update(job_id, JobStatus.QUEUED)  # nothing was sent after all
    assert history.update(job_id, JobStatus.PROCESSING)
    assert not history.update(job_id, JobStatus.SUBMITTED)  # never backwards
    assert history.update(job_id, JobStatus.SUCCEEDED)
    assert not history.update(job_id, JobStatus.DOWNLOADING)  # a finished job stays so
    assert not history.update(job_id, JobStatus.FAILED)
    assert history.get(job_id).status is JobStatus.SUCCEEDED
    assert history.update(job_id, note="a note can still be written")


def test_finishing_twice_changes_nothing(history):
    from kling_desktop.store import NewOutput

    job_id = history.add_job(new_job(1))
    output = NewOutput(index=0, media="image", url="https://cdn.invalid/0.png", path="/x.png")
    assert history.finish(job_id, [output], credits=8)
    assert not history.finish(job_id, [output], credits=8)  # a second engine's late answer
    assert len(history.outputs(job_id)) == 1
    assert history.get(job_id).status is JobStatus.SUCCEEDED


def test_results_are_kept_before_their_files(history):
    from kling_desktop.store import NewOutput

    job_id = history.add_job(new_job(1))
    history.update(job_id, JobStatus.PROCESSING)
    expected = [
        NewOutput(index=i, media="image", url=f"https://cdn.invalid/{i}.png") for i in (0, 1)
    ]
    history.record_results(job_id, expected)
    history.record_results(job_id, expected)  # a resumed poll says it again: no duplicate
    outputs = history.outputs(job_id)
    assert [o.path for o in outputs] == [None, None]
    assert all(o.server_copy_alive() for o in outputs)
    assert history.get(job_id).status is JobStatus.DOWNLOADING
    history.save_file(job_id, NewOutput(index=1, media="image", url=expected[1].url, path="/1.png"))
    assert [str(o.path) if o.path else None for o in history.outputs(job_id)] == [None, "/1.png"]
