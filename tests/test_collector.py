"""pipelines.collector.fewer_collections: during a run what exists is frozen and young collections are rarer;
both are undone after, whatever ends the block."""

import gc

import pytest

from pipelines.collector import YOUNG_THRESHOLD, fewer_collections


def test_objects_are_frozen_and_young_collections_rarer_within_the_block_only():
    before = gc.get_threshold()
    assert gc.get_freeze_count() == 0
    with fewer_collections():
        assert gc.get_freeze_count() > 0
        assert gc.get_threshold() == (YOUNG_THRESHOLD, *before[1:])
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == before


def test_a_failed_run_undoes_them_too():
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), fewer_collections():
        raise RuntimeError("the run failed")
    assert (gc.get_freeze_count(), gc.get_threshold()) == (0, before)



def test_an_inner_block_freezes_what_it_made_and_the_outer_one_undoes_all():
    """`gongwen run` holds a block around the run's own: what the run made stays frozen for the check after it."""
    before = gc.get_threshold()
    with fewer_collections():
        with fewer_collections():
            made = [[i] for i in range(1000)]
        assert gc.is_tracked(made) and gc.get_freeze_count() >= len(made)
        assert gc.get_threshold() == (YOUNG_THRESHOLD, *before[1:])
    assert (gc.get_freeze_count(), gc.get_threshold()) == (0, before)
