"""One run at a time on a home: a second run waits, and gives up with a clear message, doing nothing."""

import pytest

from warehouse.runlock import RunLockTimeout, run_lock


def test_a_second_run_gives_up_after_its_wait_naming_the_run_that_holds_the_home(tmp_path):
    started = []
    with run_lock(tmp_path, "run 1d747e33", timeout_s=3600), pytest.raises(RunLockTimeout) as failure:
        second = run_lock(tmp_path, "run 962b9165", timeout_s=0)
        second.__enter__()
        started.append("the second run")
    assert started == []
    assert str(failure.value).startswith("another gongwen run (run 1d747e33 pid ")
    assert str(failure.value).endswith("nothing was done. Wait for it to finish, or raise GONGWEN_LOCK_TIMEOUT.")


def test_the_lock_is_free_again_when_a_run_ends(tmp_path):
    with run_lock(tmp_path, "run 1d747e33", timeout_s=0):
        pass
    with run_lock(tmp_path, "run 962b9165", timeout_s=0):
        assert (tmp_path / "run.lock").read_text(encoding="utf-8").startswith("run 962b9165 pid ")
