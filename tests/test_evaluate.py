"""evaluate: scores of published tables against hand labels, on the tiny tables in fixtures/evaluate/.

Expected values are worked out by hand from those files (see each docstring)."""

import datetime as dt
import json
from pathlib import Path

import polars as pl
import pytest

from gongwen.evaluation import (
    attach_document_keys,
    document_key,
    document_names,
    evaluate,
    gold_path,
    main,
    match_tasks,
    metrics_overlap,
    ordinal_to_int,
    precision_recall_f1,
    read_jsonl,
    score_alignment,
    score_documents,
    score_indicators,
    score_tasks,
    score_units,
    task_gold_ids,
)
from gongwen.evaluation.report import format_sets_table, pooled_report
from gongwen.evaluation.scores import DOCUMENT_FIELDS, accuracy
from pipelines.evaluate import labelled_sets

FIXTURES = Path(__file__).parent / "fixtures" / "evaluate"
GOLD = FIXTURES / "gold"


def _published(table: str) -> list[dict]:
    return json.loads((FIXTURES / "published" / f"{table}.json").read_text(encoding="utf-8"))


def _tasks() -> list[dict]:
    return attach_document_keys(_published("core_tasks"), _published("core_documents"))


def test_document_key_is_the_input_file_stem():
    assert document_key("chenzhou-2025.txt") == "chenzhou-2025"
    assert document_key("province/hunan-2024.txt") == "hunan-2024"
    assert document_key("exports/henan-gov-report-2026.csv#1") == "henan-gov-report-2026#1"


def test_ordinals_of_every_heading_style_become_numbers():
    ordinals = {
        "二、": 2,
        "(一)": 1,
        "（七）": 7,
        "3.": 3,
        "17．": 17,
        "1。": 1,  # tianjin-gov-report-tasks-2020 (dev-df) prints its items so
        "(二十二)": 22,
        "十": 10,
        "第十一条": 11,
        "第一节": 1,  # lasa-five-year-plan-2021 (dev-ek): a 纲要's 第一章 / 第一节
        "第二部分": 2,
        "一是": 1,  # anqing-yixiu-insurance-collection-news-2025 (dev-gi): 一是 / 二、 / 三、
        "1* .": 1,  # guangzhou-huangpu-business-environment-plan-2022 (dev-he): a star marks a new measure
    }
    assert {ordinal: ordinal_to_int(ordinal) for ordinal in ordinals} == ordinals
    assert gold_path(["二、", "(三)", "12."]) == "2.3.12"


def test_unreadable_ordinal_says_which():
    with pytest.raises(ValueError, match="附"):
        ordinal_to_int("附件")


def test_precision_recall_f1_of_counts():
    assert precision_recall_f1(5, 6, 6) == {
        "tp": 5,
        "n_published": 6,
        "n_gold": 6,
        "precision": 5 / 6,
        "recall": 5 / 6,
        "f1": pytest.approx(5 / 6),
    }
    assert precision_recall_f1(0, 0, 3)["f1"] == 0.0


def test_documents_field_accuracy():
    """hunan-2024's region is missing (1 of 2 right); its 湘政发[2024]15号 counts as 湘政发〔2024〕15号;
    the Shenzhen document has no label and is ignored."""
    report = score_documents(_published("core_documents"), read_jsonl(GOLD / "documents.jsonl"))
    assert report["n_found"] == 2
    assert {field: score["correct"] for field, score in report["fields"].items()} == {
        "title": 2,
        "issuer": 2,
        "issue_date": 2,
        "doc_number": 2,
        "admin_level": 2,
        "region": 1,
    }
    assert report["fields"]["region"]["accuracy"] == 0.5


def test_tasks_match_on_path_then_on_heading():
    """Chenzhou's second task has a wrong path (2.1.3) but its heading matches; its 2.1.4 is extra;
    Hunan's 3.7 is missing; the Shenzhen task has no label. 5 of 6 published, 5 of 6 gold."""
    tasks, gold = _tasks(), read_jsonl(GOLD / "tasks.jsonl")
    assert match_tasks([t for t in tasks if t["doc"] != "shenzhen-housing-2011"], gold) == [
        (0, 0),
        (1, 1),
        (3, 2),
        (4, 3),
        (5, 4),
    ]
    score = score_tasks(tasks, gold)
    assert (score["tp"], score["n_published"], score["n_gold"]) == (5, 6, 6)
    assert score["precision"] == score["recall"] == 5 / 6


def test_a_document_labelled_with_no_task_or_target_counts_what_is_published_for_it_wrong():
    # a page cut before its first item (labelled n_tasks 0, no target): its published rows are wrong, not unscored;
    # a document with no labels at all is still neither right nor wrong
    gold_tasks = [{"doc": "plan", "seq": 1, "path": ["一、"], "heading": "推进户籍制度改革"}]
    published = [{"doc": "plan", "path": "1", "heading": "推进户籍制度改革"},
                 {"doc": "cut-page", "path": "1", "heading": "总体要求"},
                 {"doc": "unlabelled", "path": "1", "heading": "总体要求"}]
    assert score_tasks(published, gold_tasks)["n_published"] == 1
    score = score_tasks(published, gold_tasks, ["plan", "cut-page"])
    assert (score["tp"], score["n_published"], score["n_gold"]) == (1, 2, 1)
    target = {"doc": "plan", "metric": "常住人口城镇化率", "value": 65, "unit": "%", "core": True}
    figures = [{"doc": "plan", "metric": "常住人口城镇化率", "value": 65.0, "unit": "%"},
               {"doc": "cut-page", "metric": "地区生产总值", "value": 3.0, "unit": "万亿元"}]
    assert score_indicators(figures, [target])["precision"] == 1.0
    assert score_indicators(figures, [target], ["plan", "cut-page"])["precision"] == 0.5


def test_units_are_compared_as_multisets_on_matched_tasks():
    """Overlaps 3+3+2+3+0 = 11 of 3+4+2+3+0 = 12 published and 4+3+5+3+4 = 19 gold names;
    lead units right for 3 of 5 (市财政局 ≠ 市政府办公室, none ≠ 省委统战部)."""
    score = score_units(_tasks(), read_jsonl(GOLD / "tasks.jsonl"))
    assert (score["tp"], score["n_published"], score["n_gold"]) == (11, 12, 19)
    assert score["precision"] == 11 / 12
    assert score["recall"] == 11 / 19
    assert score["f1"] == pytest.approx(22 / 31)
    assert score["lead_unit"] == {"correct": 3, "total": 5, "accuracy": 0.6}


def test_metric_names_overlap_by_containment_or_shared_bigrams():
    assert metrics_overlap("全市常住人口城镇化率", "常住人口城镇化率")
    assert metrics_overlap("新增城镇就业人数", "新增城镇就业")
    assert not metrics_overlap("通勤圈", "常住人口城镇化率")
    assert not metrics_overlap(None, "常住人口城镇化率")


def test_indicators_recall_counts_core_labels_and_precision_any_label():
    """Found: 65% (core), 11条 (borderline), 66% (core); 首位度 35个 has the wrong unit and the second
    66% has no label left. Recall 2/3 core, precision 3/5, F1 12/19."""
    indicators = attach_document_keys(_published("core_indicators"), _published("core_documents"))
    score = score_indicators(indicators, read_jsonl(GOLD / "indicators.jsonl"))
    assert (score["matched_core"], score["matched_published"], score["n_published"]) == (2, 3, 5)
    assert (score["n_gold_core"], score["n_gold_all"]) == (3, 4)
    assert score["recall"] == 2 / 3
    assert score["precision"] == 3 / 5
    assert score["f1"] == pytest.approx(12 / 19)


def test_alignment_top1_through_matched_tasks():
    """Chenzhou 1 → Hunan 1 is right; Chenzhou 2's best is Hunan 1 (wrong); Hunan 24 was never
    published, so Chenzhou 24's best cannot be right. 1 of 3; 1 of 2 core."""
    gold_ids = task_gold_ids(_tasks(), read_jsonl(GOLD / "tasks.jsonl"))
    assert gold_ids["aaaa000000000001-2"] == ("chenzhou-2025", 2)
    score = score_alignment(_published("out_task_alignment"), gold_ids, read_jsonl(GOLD / "alignment.jsonl"))
    assert (score["correct"], score["total"]) == (1, 3)
    assert score["core"] == {"correct": 1, "total": 2, "accuracy": 0.5}


def _write_parquet(folder: Path) -> None:
    folder.mkdir()
    for table in ("core_documents", "core_tasks", "core_indicators", "out_task_alignment"):
        frame = pl.DataFrame(_published(table))
        if table == "core_documents":
            frame = frame.with_columns(pl.col("issue_date").str.to_date())
        frame.write_parquet(folder / f"{table}.parquet")


def test_evaluate_reads_parquet_and_gold_files(tmp_path):
    _write_parquet(tmp_path / "published")
    report = evaluate(tmp_path / "published", GOLD)
    assert report["documents"]["fields"]["issue_date"]["correct"] == 2  # DATE column read back as a date
    assert report["tasks"]["f1"] == pytest.approx(5 / 6)
    assert report["units"]["lead_unit"]["accuracy"] == 0.6
    assert report["indicators"]["f1"] == pytest.approx(12 / 19)
    assert report["alignment"]["accuracy"] == pytest.approx(1 / 3)


def test_evaluate_reports_a_missing_table_as_none(tmp_path):
    _write_parquet(tmp_path / "published")
    (tmp_path / "published" / "out_task_alignment.parquet").unlink()
    report = evaluate(tmp_path / "published", GOLD)
    assert report["alignment"] is None
    assert report["tasks"]["tp"] == 5


def test_evaluate_rebuilds_units_from_core_task_units(tmp_path):
    _write_parquet(tmp_path / "published")
    tasks = pl.read_parquet(tmp_path / "published" / "core_tasks.parquet")
    task_units = tasks.select("task_id", "doc_id", "units").explode("units").drop_nulls("units")
    task_units = task_units.rename({"units": "unit"}).with_columns(
        pl.int_range(1, pl.len() + 1).over("task_id").alias("position")
    )
    task_units.write_parquet(tmp_path / "published" / "core_task_units.parquet")
    tasks.drop("units").write_parquet(tmp_path / "published" / "core_tasks.parquet")
    report = evaluate(tmp_path / "published", GOLD)
    assert (report["units"]["tp"], report["units"]["n_published"], report["units"]["n_gold"]) == (11, 12, 19)


def test_cli_prints_a_table(tmp_path, capsys):
    _write_parquet(tmp_path / "published")
    assert main(["--published", str(tmp_path / "published"), "--gold", str(GOLD)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["what", "n", "precision", "recall", "F1/acc"]
    assert "tasks                            5/6/6      0.833   0.833   0.833" in lines
    assert "alignment top-1                    1/3                      0.333" in lines


def test_cli_refuses_a_missing_gold_folder(tmp_path, capsys):
    assert main(["--published", str(tmp_path), "--gold", str(tmp_path / "nowhere")]) == 2
    assert "nowhere" in capsys.readouterr().err


def test_issue_date_objects_compare_with_iso_strings():
    published = [{"source_file": "liuyang-2025.txt", "issue_date": dt.date(2025, 6, 18)}]
    gold = [{"doc": "liuyang-2025", "issue_date": "2025-06-18"}]
    assert score_documents(published, gold)["fields"]["issue_date"]["correct"] == 1


def test_an_export_file_of_one_row_is_named_by_its_stem():
    names = document_names(["gov-report-2024.jsonl#1", "exports/reports.csv#1", "exports/reports.csv#2"])
    assert names == {"gov-report-2024.jsonl#1": "gov-report-2024", "exports/reports.csv#1": "reports#1",
                     "exports/reports.csv#2": "reports#2"}


def test_cli_prints_one_row_per_labelled_set(tmp_path, capsys):
    _write_parquet(tmp_path / "published")
    sets = [f"fixture={tmp_path / 'published'}:{GOLD}", f"unrun={tmp_path / 'nothing'}:{GOLD}"]
    assert main([argument for value in sets for argument in ("--set", value)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["set", "task", "P", "task", "R", "task", "F1", "unit", "P", "unit", "R",
                                "unit", "F1", "lead", "ind", "P", "ind", "R", "title", "issuer", "date",
                                "number", "level", "region"]
    assert lines[1].split()[:8] == ["fixture", "0.833", "0.833", "0.833", "0.917", "0.579", "0.710", "0.600"]
    assert lines[2].split() == ["unrun", "no", "run"]


def test_labelled_sets_pair_each_gold_folder_with_its_documents(tmp_path):
    for folder in ("samples", "dev-a", "gold/samples", "gold/dev-a", "gold/dev-b"):
        (tmp_path / folder).mkdir(parents=True)
    assert [name for name, _, _ in labelled_sets(tmp_path)] == ["dev-a", "samples"]


def test_kind_classification_is_scored_over_figures_matched_to_either_file():
    from gongwen.evaluation.kinds import score_kinds

    published = [
        {"doc": "nx", "metric": "城镇化率", "value": 69.1, "unit": "%", "kind": "actual", "sentence": "城镇化率达69.1%"},
        {"doc": "nx", "metric": "城镇化率", "value": 69.5, "unit": "%", "kind": "actual", "sentence": "城镇化率提升至69.5%以上"},
        {"doc": "nx", "metric": "城镇新增就业", "value": 8.2, "unit": "万人", "kind": "target", "sentence": "城镇新增就业8.2万人以上"},
    ]
    targets = [
        {"doc": "nx", "metric": "城镇化率", "value": 69.5, "unit": "%", "quote": "城镇化率提升至69.5%以上"},
        {"doc": "nx", "metric": "城镇新增就业", "value": 8.2, "unit": "万人", "quote": "城镇新增就业8.2万人以上"},
    ]
    actuals = [{"doc": "nx", "metric": "城镇化率", "value": 69.1, "unit": "%", "quote": "城镇化率达69.1%"}]
    score = score_kinds(published, targets, actuals)
    # one target read as an actual: target P 1/1 R 1/2, actual P 1/2 R 1/1
    assert (score["n_matched"], score["target"]["tp"], score["actual"]["n_published"]) == (3, 1, 2)
    assert round(score["macro_f1"], 4) == round((2 / 3 + 2 / 3) / 2, 4)


def test_development_sets_are_pooled_by_their_counts_in_a_last_row():
    def report(tp, published, gold, lead, pairs, matched, core):
        return {"tasks": precision_recall_f1(tp, published, gold),
                "units": {**precision_recall_f1(tp, published, gold), "lead_unit": accuracy(lead, pairs)},
                "indicators": {"matched_core": matched, "matched_published": matched, "n_published": published,
                               "n_gold_core": core, "precision": matched / published, "recall": matched / core},
                "documents": {"fields": {field: accuracy(lead, pairs) for field in DOCUMENT_FIELDS}}}

    small, large = report(1, 2, 1, 1, 1, 1, 2), report(9, 10, 19, 3, 9, 9, 10)
    pooled = pooled_report([small, large])
    assert (pooled["tasks"]["tp"], pooled["tasks"]["n_published"], pooled["tasks"]["n_gold"]) == (10, 12, 20)
    assert pooled["units"]["lead_unit"]["accuracy"] == 0.4
    assert (pooled["indicators"]["precision"], pooled["indicators"]["recall"]) == (10 / 12, 10 / 12)
    lines = format_sets_table({"samples": small, "dev-a": small, "dev-b": large}).splitlines()
    assert lines[-2].split()[:5] == ["dev-*", "pooled", "0.833", "0.500", "0.625"]
    assert "pooled" not in format_sets_table({"samples": small, "dev-a": small})


def test_a_decimal_ordinal_of_gold_counts_by_its_last_number():
    assert gold_path(["1", "1.3", "1.3.2", "(1)"]) == "1.3.2.1"


def test_a_target_without_a_unit_matches_a_label_whose_unit_is_null():
    # an index (健康浙江发展指数达85) is published with the unit "" and labelled with `"unit": null`
    label = {"doc": "d", "metric": "健康浙江发展指数", "value": 85, "unit": None, "core": True}
    published = [{"doc": "d", "metric": "健康浙江发展指数", "value": 85.0, "unit": ""}]
    assert score_indicators(published, [label])["matched_core"] == 1
    assert score_indicators([{**published[0], "unit": "%"}], [label])["matched_core"] == 0
