"""`generate KIND --from FILE`: a batch from a CSV or JSON Lines file, planned before
anything is sent: bad rows named by their line and left out, the total said, a cap kept,
one job id a line, files as they arrive, one history group."""

from __future__ import annotations

import json
import sqlite3

from tests.reliability.test_bad_inputs import run

FAST = {"KLING_DESKTOP_DEMO_SECONDS": "0.5"}


def jobs_in(data) -> list[tuple[str, str, str]]:
    with sqlite3.connect(data / "data" / "history.sqlite") as db:
        return db.execute("SELECT prompt, model, status FROM jobs ORDER BY id").fetchall()


def tags_in(data) -> set[str]:
    with sqlite3.connect(data / "data" / "history.sqlite") as db:
        return {row[0] for row in db.execute("SELECT tags FROM jobs")}


def test_a_csv_batch_runs_its_good_rows_and_names_the_bad_ones(tmp_path):
    sheet = tmp_path / "prompts.csv"
    sheet.write_text(
        "prompt,aspect_ratio,n\n"
        "a red kite over the sea,16:9,1\n"
        "a lighthouse at dawn,,2\n"
        ",1:1,1\n"
        "a boat,7:3,1\n"
        "a cat,1:1,x\n",
        encoding="utf-8",
    )
    data = tmp_path / "data"
    done = run(
        "generate", "image", "--from", str(sheet), "--aspect-ratio", "1:1", "--wait",
        "--sandbox", "--data-dir", str(data), env=FAST,
    )  # fmt: skip
    assert done.returncode == 2, done.stderr  # rows were refused
    lines = done.stdout.splitlines()
    assert lines[:2] == ["1", "2"]  # one job id a line, as each is recorded
    assert sum(line.endswith(".png") for line in lines) == 3  # 1 + 2 pictures
    err = done.stderr
    assert "line 4: prompt: Write a prompt" in err
    assert "line 5: aspect_ratio: The shape cannot be 7:3" in err
    assert "line 6: n: “x” is not a whole number" in err
    assert "Batch: 2 job(s), about 24 picture units in all (free in the demo); 3 row(s)" in err
    assert [row[2] for row in jobs_in(data)] == ["succeeded", "succeeded"]
    assert len(tags_in(data)) == 1  # one batch, one tag: the history filters to it
    assert "Traceback" not in err


def test_jsonl_times_models_within_a_cap(tmp_path):
    rows = [
        {"prompt": "a kite", "duration": 5},
        {"prompt": "a boat", "duration": 10, "aspect_ratio": "9:16"},
        {"prompt": "a cat", "colour": "red"},
    ]
    sheet = tmp_path / "videos.jsonl"
    sheet.write_text("\n".join(json.dumps(r) for r in rows) + "\nnot json\n", encoding="utf-8")
    data = tmp_path / "data"
    made = run(
        "generate", "text2video", "--from", str(sheet), "--models", "kling-v3,kling-v2-6",
        "--max-units", "30", "--sandbox", "--data-dir", str(data), env=FAST,
    )  # fmt: skip
    err = made.stderr
    assert made.returncode == 2, err
    assert "line 3, kling-v3: column “colour” is not a setting of text2video" in err
    assert "line 4, kling-v2-6: this line is not JSON" in err
    # In file order: a kite on each model, a boat on Kling 3.0; the boat on Kling 2.6
    # would take the batch past 30 units, so it and everything after it stay unsent.
    assert "line 2, kling-v2-6: not sent: with it the batch would pass 30 units" in err
    total = float(err.split("Batch: 3 job(s), about ")[1].split(" video units")[0])
    assert total <= 30
    assert made.stdout.split() == ["1", "2", "3"]
    assert sorted((p, m) for p, m, _ in jobs_in(data)) == [
        ("a boat", "kling-v3"),
        ("a kite", "kling-v2-6"),
        ("a kite", "kling-v3"),
    ]


def test_a_batch_that_cannot_be_read_sends_nothing(tmp_path):
    data = tmp_path / "data"
    empty = tmp_path / "empty.csv"
    empty.write_text("prompt\n\n", encoding="utf-8")
    for args, words in [
        (["--from", str(tmp_path / "nothing.csv")], "--from: There is no file"),
        (["--from", str(empty)], "has no rows"),
        (["--models", "a,b"], "--models and --max-units go with --from FILE"),
        (["--from", str(empty), "--max-units", "-1"], "give a number of units above 0"),
    ]:
        result = run("generate", "image", *args, "--sandbox", "--data-dir", str(data))
        assert result.returncode == 2 and words in result.stderr, (args, result.stderr)
        assert result.stdout == ""  # no job recorded


def test_a_batch_killed_midway_is_finished_by_resume_without_a_second_task(tmp_path):
    from tests.e2e.test_app import job, wait_for
    from tests.reliability.test_one_engine import first_line, on_the_server, start, tasks

    sheet = tmp_path / "waves.csv"
    sheet.write_text("prompt\n" + "".join(f"a slow wave {n}\n" for n in range(4)))
    cli = start(
        "generate", "text2video", "--from", str(sheet), "--sandbox",
        "--data-dir", str(tmp_path), "--wait",
    )  # fmt: skip
    try:
        ids = [int(first_line(cli)) for _ in range(4)]
        wait_for(lambda: on_the_server(tmp_path, ids[-1]), 30, "the jobs to be on the server")
    finally:
        cli.kill()  # SIGKILL: no goodbye
        cli.communicate(timeout=30)
    resumed = run("generate", "--resume", "--sandbox", "--data-dir", str(tmp_path), timeout=120)
    assert resumed.returncode == 0, resumed.stderr[-2000:]
    assert "Finishing 4 unfinished job(s)" in resumed.stderr
    records = [job(tmp_path, job_id)[0] for job_id in ids]
    assert all(r.status.value == "succeeded" for r in records)
    assert sorted(tasks(tmp_path)) == sorted(r.external_task_id for r in records)  # once each
