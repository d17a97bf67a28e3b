"""The one table registry: every warehouse table's columns, keys and allowed values.

DDL, Arrow schemas for Parquet and the generic expectations are all derived from here, so a table's
shape is written down exactly once. Names are the contract's (docs/contract.md, v2).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import pyarrow as pa

from gongwen.vocabulary import (
    ADMIN_LEVELS,
    BETTER,
    CASCADE_DIRECTIONS,
    COMPARATORS,
    DEADLINE_KINDS,
    FILE_STATUSES,
    FORMATS,
    INDICATOR_KINDS,
    RELATIONS,
    ROLES,
    SCRIPTS,
    STRENGTHS,
    TRACKING_STATUSES,
    UNIT_LEVELS,
)

CONTRACT_VERSION = "2"

_ARROW_TYPES = {
    "VARCHAR": pa.string(),
    "VARCHAR[]": pa.list_(pa.string()),
    "INTEGER": pa.int32(),
    "BIGINT": pa.int64(),
    "DOUBLE": pa.float64(),
    "BOOLEAN": pa.bool_(),
    "DATE": pa.date32(),
    "TIMESTAMP": pa.timestamp("us"),
}


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # DuckDB type name, a key of _ARROW_TYPES
    description: str
    description_zh: str  # the same in Chinese: for DuckDB comments, Parquet metadata, docs
    nullable: bool = True
    allowed: tuple[str, ...] | None = None  # enumerated values, checked by the table's suite

    @property
    def arrow_type(self) -> pa.DataType:
        return _ARROW_TYPES[self.type]


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    description_zh: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    published: bool = False  # written to $GONGWEN_HOME/published/<name>.parquet
    order_by: tuple[str, ...] = field(default=())  # deterministic row order for Parquet
    # Rows a writer appends at once: each append costs ~1.5 ms whatever its size, so many rows, fewer
    # where a row holds a document's text (~20-40 KB).
    rows_per_append: int = 8192

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    @cached_property
    def column_set(self) -> frozenset[str]:
        """The keys a row of this table must have, no more, no fewer."""
        return frozenset(self.column_names)

    @cached_property
    def required_columns(self) -> tuple[str, ...]:
        """Columns declared NOT NULL."""
        return tuple(c.name for c in self.columns if not c.nullable)

    def ddl(self, keep_existing: bool = False) -> str:
        """CREATE statement; keep_existing for tables that accumulate across runs."""
        cols = ",\n  ".join(f"{c.name} {c.type}{'' if c.nullable else ' NOT NULL'}" for c in self.columns)
        verb = "create table if not exists" if keep_existing else "create or replace table"
        return f"{verb} {self.name} (\n  {cols}\n)"

    def comments(self) -> list[str]:
        """COMMENT ON statements giving the table and each column its meaning, Chinese then English.

        DuckDB binds no parameter in COMMENT ON; the text is the registry's own, quoted here."""
        out = [f"comment on table {self.name} is {_quoted(_bilingual(self.description_zh, self.description))}"]
        out += [
            f"comment on column {self.name}.{c.name} is {_quoted(_bilingual(c.description_zh, c.description))}"
            for c in self.columns
        ]
        return out

    def arrow_schema(self) -> pa.Schema:
        """The Parquet schema: each field carries its meaning (description, description_zh) as metadata."""
        return pa.schema(
            [
                pa.field(c.name, c.arrow_type, nullable=c.nullable,
                         metadata={"description": c.description, "description_zh": c.description_zh})
                for c in self.columns
            ],
            metadata={"table": self.name, "description": self.description, "description_zh": self.description_zh},
        )


def _bilingual(zh: str, en: str) -> str:
    return f"{zh} — {en}"


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _c(name: str, type_: str, description: str, *, zh: str, **kw) -> Column:
    return Column(name, type_, description, zh, **kw)


DOC_ID = _c("doc_id", "VARCHAR", "16 hex chars of SHA-256 over the document's normalized text",
             zh="文档标识：规范化正文 SHA-256 的前 16 位十六进制字符", nullable=False)
TASK_ID = _c("task_id", "VARCHAR", "<doc_id>-<seq>", zh="任务标识：<doc_id>-<seq>", nullable=False)

_META_COLUMNS = (
    _c("title", "VARCHAR", "the document's own title (not the cover notice's), Simplified",
        zh="文件本身的标题（非印发通知的标题），简体"),
    _c("notice_title", "VARCHAR", "the cover notice's title where there is one", zh="印发通知的标题（如有）"),
    _c("issuer", "VARCHAR", "issuing body", zh="发文机关"),
    _c("doc_number", "VARCHAR", "发文字号 normalized to 〔〕 brackets", zh="发文字号，统一为〔〕括号"),
    _c("issue_date", "DATE", "date of issue (成文日期)", zh="成文日期"),
    _c("admin_level", "VARCHAR", "jurisdiction level of the document", zh="文件所属行政层级", nullable=False, allowed=ADMIN_LEVELS),
    _c("region", "VARCHAR", "the jurisdiction the document governs, e.g. 湖南省郴州市; NULL for national",
        zh="文件适用的行政区域，如湖南省郴州市；国家级为空"),
    _c("period_start", "INTEGER", "first plan year where stated", zh="规划起始年份（如有）"),
    _c("period_end", "INTEGER", "last plan year where stated", zh="规划截止年份（如有）"),
    _c("script", "VARCHAR", "script of the source", zh="原文字体（简体或繁体）", nullable=False, allowed=SCRIPTS),
    _c("n_chars", "INTEGER", "characters of the cleaned body text", zh="清洗后正文的字数", nullable=False),
    _c(
        "implicit_units", "VARCHAR[]",
        "units the document makes responsible for every task without naming them each time "
        "(以下各项任务均需各县市区人民政府落实，不再列出)",
        zh="文件规定对每项任务都负责但不再逐项列出的单位（以下各项任务均需各县市区人民政府落实，不再列出）",
    ),
)

# The day a document's record or page says it was published (发布日期, 生成日期), kept apart from issue_date.
PUBLISHED_DATE = _c("published_date", "DATE", "the day an export row, a Markdown metadata block or a web page says "
                    "the document was published (发布日期) or generated (生成日期); NULL where none says",
                    zh="导出记录、Markdown 元数据块或网页注明的发布（生成）日期")

TABLES: dict[str, Table] = {}


def _register(table: Table) -> Table:
    TABLES[table.name] = table
    return table


RAW_FILES = _register(Table(
    "raw_files",
    "One row per inbox entry (per CSV/JSONL row) seen by the last run: read, or skipped with its reason.",
    "上次运行收件箱中的每个条目（CSV/JSONL 导出的每一行）一行：已读取，或注明原因跳过。",
    (
        _c("source_file", "VARCHAR", "path relative to the inbox, escaped (\\xNN, \\\\); file.csv#<row> for an export row",
            zh="相对收件箱的路径（不可解码的字节写作 \\xNN）；导出文件的一行记为 file.csv#<行号>", nullable=False),
        _c("sha256", "VARCHAR", "SHA-256 of the file's bytes (of the row's text for an export row); '' when skipped",
            zh="文件字节的 SHA-256（导出行为该行文本的）；跳过时为空串", nullable=False),
        _c("n_bytes", "BIGINT", "size in bytes", zh="字节数", nullable=False),
        _c("format", "VARCHAR", "what the bytes really are", zh="文件的实际格式", nullable=False, allowed=FORMATS),
        _c("encoding", "VARCHAR", "the encoding the text was decoded with", zh="解码所用的字符编码"),
        _c("doc_id", "VARCHAR", "the document it became; NULL when quarantined or skipped",
            zh="由它生成的文档；被隔离或跳过时为空"),
        _c("status", "VARCHAR", "what became of it", zh="处理结果", nullable=False, allowed=FILE_STATUSES),
        _c("flags", "VARCHAR[]", "what reading and cleaning noticed (charset_tag_lied, mojibake_repaired …)",
            zh="读取与清洗中发现的情况（charset_tag_lied、mojibake_repaired 等）"),
        _c("reason", "VARCHAR", "why it was quarantined or skipped (e.g. link outside the inbox); NULL otherwise",
            zh="被隔离或跳过的原因（如指向收件箱外的链接）；否则为空"),
    ),
    primary_key=("source_file",),
    order_by=("source_file",),
))

RAW_DOCUMENTS = _register(Table(
    "raw_documents",
    "One row per distinct document: its cleaned text and the metadata read from it.",
    "每个不同文档一行：清洗后的正文及从中读出的元数据。",
    (
        DOC_ID,
        _c("source_file", "VARCHAR", "the first input file (in path order) with this text",
            zh="含此正文的第一个输入文件（按路径排序）", nullable=False),
        _c("source_url", "VARCHAR", "where an export row says the document came from", zh="导出记录注明的文档来源网址"),
        *_META_COLUMNS,
        PUBLISHED_DATE,
        _c("text", "VARCHAR", "cleaned body text: Simplified, half-width ASCII, no web chrome",
            zh="清洗后的正文：简体、半角 ASCII、去除网页框架", nullable=False),
        _c("extraction_key", "VARCHAR", "SHA-256 of what the per-document extractors read (text, level, region, "
           "dates): their rows are kept while it stays", zh="逐文档抽取所读内容的 SHA-256", nullable=False),
    ),
    primary_key=("doc_id",),
    order_by=("doc_id",),
    rows_per_append=256,
))

RAW_CITATIONS = _register(Table(
    "raw_citations",
    "Every 《…》 document reference as read, before resolution across the corpus.",
    "读到的每处《…》文件引用，尚未在语料中解析。",
    (
        DOC_ID,
        _c("position", "INTEGER", "1-based order of the citation in the document", zh="引用在文件中的序号（从 1 起）", nullable=False),
        _c("cited_title", "VARCHAR", "《…》 as written", zh="原文所写的《…》", nullable=False),
        _c("cited_name", "VARCHAR", "the cited document's own name (X of 《关于印发〈X〉的通知》)",
            zh="被引文件本身的名称（《关于印发〈X〉的通知》中的 X）", nullable=False),
        _c("cited_number", "VARCHAR", "发文字号 given beside the title", zh="标题旁给出的发文字号"),
        _c("relation", "VARCHAR", "implements or cites", zh="贯彻落实（implements）或引用（cites）", nullable=False, allowed=RELATIONS),
        _c("char_start", "INTEGER", "offset in the cleaned text", zh="在清洗后正文中的位置", nullable=False),
    ),
    primary_key=("doc_id", "position"),
    order_by=("doc_id", "position"),
))

CORE_DOCUMENTS = _register(Table(
    "core_documents",
    "One row per document: identity, metadata and row counts of its tasks and targets.",
    "每个文档一行：标识、元数据及其任务数和指标数。",
    (
        DOC_ID,
        _c("source_file", "VARCHAR", "path of the input file relative to the inbox", zh="输入文件相对收件箱的路径", nullable=False),
        *_META_COLUMNS,
        _c("n_tasks", "INTEGER", "rows in core_tasks", zh="core_tasks 中的任务数", nullable=False),
        _c("n_indicators", "INTEGER", "targets in core_indicators (kind = target)",
            zh="core_indicators 中的目标数（kind = target）", nullable=False),
        _c("source_url", "VARCHAR", "where an export row says the document came from", zh="导出记录注明的文档来源网址"),
        _c("n_actuals", "INTEGER", "figures stated as achieved in core_indicators (kind = actual)",
            zh="core_indicators 中的实际完成数（kind = actual）", nullable=False),
        _c("n_hard_tasks", "INTEGER", "tasks of strength hard (确保, 必须, 严禁 …)",
            zh="刚性任务数（确保、必须、严禁等）", nullable=False),
        _c("n_soft_tasks", "INTEGER", "tasks of strength soft (力争, 鼓励, 支持 …)",
            zh="柔性任务数（力争、鼓励、支持等）", nullable=False),
        PUBLISHED_DATE,
    ),
    primary_key=("doc_id",),
    published=True,
    order_by=("doc_id",),
))

CORE_CITATIONS = _register(Table(
    "core_citations",
    "One row per document cited, resolved against the corpus where possible.",
    "每个被引文件一行，尽可能在语料中解析。",
    (
        DOC_ID,
        _c("cited_title", "VARCHAR", "《…》 as written", zh="原文所写的《…》", nullable=False),
        _c("cited_number", "VARCHAR", "发文字号, given or resolved from another document of the corpus",
            zh="发文字号，原文给出或由语料中其他文件补全"),
        _c("cited_doc_id", "VARCHAR", "the cited document when it is in the corpus", zh="被引文件（在语料中时）"),
        _c("cited_name", "VARCHAR", "the cited document's own name (X of 《关于印发〈X〉的通知》)",
            zh="被引文件本身的名称（《关于印发〈X〉的通知》中的 X）", nullable=False),
        _c("position", "INTEGER", "1-based order of the citation in the document", zh="引用在文件中的序号（从 1 起）", nullable=False),
        _c("relation", "VARCHAR", "implements or cites", zh="贯彻落实（implements）或引用（cites）", nullable=False, allowed=RELATIONS),
    ),
    primary_key=("doc_id", "position"),
    published=True,
    order_by=("doc_id", "position"),
))

CORE_TASKS = _register(Table(
    "core_tasks",
    "One row per task: the lowest numbered item of a plan's body, with its responsible units.",
    "每项任务一行：文件正文最低一级编号条目及其责任单位。",
    (
        TASK_ID,
        DOC_ID,
        _c("seq", "INTEGER", "1-based order of the task in its document", zh="任务在文件中的序号（从 1 起）", nullable=False),
        _c("path", "VARCHAR", "ordinals of the item and its parents joined by '.', e.g. 2.1.3",
            zh="本条及上级条目的序号，以“.”连接，如 2.1.3", nullable=False),
        _c("section_title", "VARCHAR", "the 一、… heading above it", zh="所在“一、…”部分的标题"),
        _c("group_title", "VARCHAR", "the （一）… heading above it, if any", zh="所在“（一）…”条目的标题（如有）"),
        _c("heading", "VARCHAR", "the item's lead phrase", zh="任务标题（首句）", nullable=False),
        _c("text", "VARCHAR", "the item's full text without its responsibility clause", zh="任务全文，不含责任单位括注", nullable=False),
        _c("lead_unit", "VARCHAR", "the unit the text makes lead (牵头, or a stated convention such as "
           "排名第一的为牵头单位); NULL where none is (contract v2; v1's meaning is first_unit)",
            zh="原文明确的牵头单位（“牵头”，或“排名第一的为牵头单位”等约定）；未明确时为空（契约 v2；v1 的含义见 first_unit）"),
        _c("first_unit", "VARCHAR", "the first unit named, whatever its role (lead_unit of contract v1)",
            zh="列出的第一个单位，不论其角色（即契约 v1 的 lead_unit）"),
        _c("units", "VARCHAR[]", "all responsible units in the document's order", zh="全部责任单位，按原文顺序", nullable=False),
        _c("deadline", "VARCHAR", "completion time as written", zh="完成时限（原文）"),
        _c("deadline_date", "DATE", "the last day the deadline allows: 2025年底前 → 2025-12-31, 2025年第三季度 → 2025-09-30",
            zh="完成时限允许的最后一天：2025年底前 → 2025-12-31，2025年第三季度 → 2025-09-30"),
        _c("deadline_kind", "VARCHAR", "date (a last day), ongoing (长期坚持, 持续推进), none (no deadline written), "
           "unknown (one written that names no day)",
            zh="时限类型：date（有截止日）、ongoing（长期坚持、持续推进）、none（未写时限）、unknown（写了但读不出日期）", nullable=False, allowed=DEADLINE_KINDS),
        _c("char_start", "INTEGER", "start of the item in the cleaned text", zh="条目在清洗后正文中的起始位置", nullable=False),
        _c("char_end", "INTEGER", "end of the item in the cleaned text", zh="条目在清洗后正文中的结束位置", nullable=False),
        _c(
            "strength", "VARCHAR",
            "how binding the task is: hard if its text holds a word of command (确保, 必须, 严禁, 全面完成, 不得), "
            "else soft if one of hedging or encouragement (力争, 鼓励, 支持, 积极, 探索, 原则上), else neutral "
            "(words: gongwen/resources/strength_words.yaml)",
            zh="任务的约束强度：含命令性词语（确保、必须、严禁、全面完成、不得）为 hard，"
               "含倡导或弹性词语（力争、鼓励、支持、积极、探索、原则上）为 soft，否则为 neutral",
            nullable=False, allowed=STRENGTHS,
        ),
    ),
    primary_key=("task_id",),
    published=True,
    order_by=("doc_id", "seq"),
))

CORE_TASK_UNITS = _register(Table(
    "core_task_units",
    "One row per (task, named unit), with its role and canonical department.",
    "每个（任务，列出的单位）一行，含角色和统一部门。",
    (
        TASK_ID,
        DOC_ID,
        _c("position", "INTEGER", "1-based order within the task", zh="在该任务单位中的序号（从 1 起）", nullable=False),
        _c("unit", "VARCHAR", "the name as written, Simplified", zh="原文所写的单位名称，简体", nullable=False),
        _c("role", "VARCHAR", "lead, co or responsible", zh="角色：牵头（lead）、配合（co）或按职责负责（responsible）", nullable=False, allowed=ROLES),
        _c("is_lead", "BOOLEAN", "the text makes this unit lead (牵头); true exactly when role is lead",
            zh="原文明确该单位牵头；仅当角色为 lead 时为真", nullable=False),
        _c("department", "VARCHAR", "cross-level canonical department; NULL when not a government department",
            zh="跨层级统一的部门名称；非政府部门为空"),
        _c("level", "VARCHAR", "government level of the unit", zh="单位所属政府层级", nullable=False, allowed=UNIT_LEVELS),
        _c("is_known_unit", "BOOLEAN", "the gazetteer recognised the unit", zh="部门词表能识别该单位", nullable=False),
    ),
    primary_key=("task_id", "position"),
    published=True,
    order_by=("doc_id", "task_id", "position"),
))

CORE_INDICATORS = _register(Table(
    "core_indicators",
    "One row per quantitative target (kind = target) or figure stated as achieved (kind = actual).",
    "每个量化目标（kind = target）或已完成的实际数（kind = actual）一行。",
    (
        _c("indicator_id", "VARCHAR", "<doc_id>-i<n>", zh="指标标识：<doc_id>-i<n>", nullable=False),
        DOC_ID,
        _c("task_id", "VARCHAR", "the task whose text holds the target; NULL outside any task",
            zh="指标所在的任务；不在任何任务中时为空"),
        _c("metric", "VARCHAR", "what is measured, as the text names it", zh="指标名称（原文）", nullable=False),
        _c("canonical_metric", "VARCHAR", "cross-document name of a known metric", zh="已知指标的跨文件统一名称"),
        _c("scope", "VARCHAR", "whose figure it is where the text says", zh="指标所指范围（原文注明时）"),
        _c("value", "DOUBLE", "the number as written", zh="原文数值", nullable=False),
        _c("unit", "VARCHAR", "the unit as written; empty for an index or a coefficient, written with none",
           zh="原文计量单位；指数、系数无单位时为空", nullable=False),
        _c("value_base", "DOUBLE", "value scaled to the base unit", zh="换算到基本单位的数值", nullable=False),
        _c("unit_base", "VARCHAR", "the base unit", zh="基本单位", nullable=False),
        _c("qualifier", "VARCHAR", "左右, 以上, 以内, 不少于 … as written; a range as written (5%—5.5%: the value is its "
           "first number, ≥)", zh="限定词（左右、以上、以内、不少于等，原文）；区间按原文（5%—5.5%：数值取其起点，≥）"),
        _c("comparator", "VARCHAR", "derived from the qualifier", zh="由限定词得出的比较符", nullable=False, allowed=COMPARATORS),
        _c("target_year", "INTEGER", "the year the target is for", zh="目标年份"),
        _c("sentence", "VARCHAR", "the clause it was read from", zh="指标所在的分句", nullable=False),
        _c("char_start", "INTEGER", "start in the cleaned text", zh="在清洗后正文中的起始位置", nullable=False),
        _c("char_end", "INTEGER", "end in the cleaned text", zh="在清洗后正文中的结束位置", nullable=False),
        _c(
            "kind", "VARCHAR",
            "target (set for the future: 到2028年…提升至, 力争) or actual (stated as achieved: in a review of "
            "results such as 一、2025年工作回顾 or 发展基础, after 已, or governed by a year before the "
            "document's: 2023年末…为61.2%)",
            zh="target：面向未来的目标（到2028年…提升至、力争）；actual：已实现的数（工作回顾、发展基础中，"
               "“已”之后，或年份早于文件年份：2023年末…为61.2%）",
            nullable=False, allowed=INDICATOR_KINDS,
        ),
        _c("as_of_year", "INTEGER", "an actual's year (the last it covers); NULL for a target",
            zh="实际数所属年份（所涵盖的最后一年）；目标为空"),
        _c(
            "as_of_start_year", "INTEGER",
            "an actual's first year: as_of_year for one year's figure, 2021 for a 十四五 total read under "
            "过去五年/这五年; NULL for a target or a 累计 total over years the text does not say",
            zh="实际数涵盖的第一年：单年数同 as_of_year；“过去五年”的十四五合计为 2021；目标或未注明年份的累计数为空",
        ),
        _c(
            "strength", "VARCHAR",
            "how binding a target is: the last word of command (确保 …: hard) or hedge (力争 …: soft) before its "
            "value in its clause, else in the clause opening its sentence; neutral otherwise and for actuals",
            zh="目标的约束强度：分句中数值前最后一个命令性词语（确保等：hard）或弹性词语（力争等：soft）；"
               "否则及实际数为 neutral",
            nullable=False, allowed=STRENGTHS,
        ),
        _c("better", "VARCHAR", "which way the canonical metric gets better (metrics.csv); NULL without one",
            zh="指标向好的方向（higher 越高越好，lower 越低越好；见 metrics.csv）", allowed=BETTER),
        _c("is_flow", "BOOLEAN", "the canonical metric counts what happens in a span (新增城镇就业), not a level",
            zh="指标为期间流量（如新增城镇就业）而非存量水平", nullable=False),
        _c(
            "scope_region", "VARCHAR",
            "whose figure it is, as a region: the document's region for no scope or 全省/全市/全区 (its division "
            "of that level), 全国 for national, a named division's path (遵义市 → 贵州省遵义市), else the scope "
            "as named (黔中城市群)",
            zh="数值所属的区域：未注明或“全省/全市/全区”为文件所在区域，“全国”为全国，"
               "具名行政区为其完整路径（遵义市 → 贵州省遵义市），其余照原文（黔中城市群）",
        ),
    ),
    primary_key=("indicator_id",),
    published=True,
    order_by=("doc_id", "char_start", "indicator_id"),
))

OUT_DOC_LINEAGE = _register(Table(
    "out_doc_lineage",
    "Which document implements (or cites) which: the chain from national plans down to counties.",
    "哪个文件贯彻落实（或引用）哪个：从国家规划到县级的链条。",
    (
        DOC_ID,
        _c("parent_doc_id", "VARCHAR", "the parent when it is in the corpus", zh="上级文件（在语料中时）"),
        _c("parent_number", "VARCHAR", "the parent's 发文字号", zh="上级文件的发文字号"),
        _c("parent_title", "VARCHAR", "the parent's title as cited", zh="上级文件的标题（引用原文）", nullable=False),
        _c("relation", "VARCHAR", "implements or cites", zh="贯彻落实（implements）或引用（cites）", nullable=False, allowed=RELATIONS),
    ),
    primary_key=("doc_id", "parent_title"),
    published=True,
    order_by=("doc_id", "parent_title"),
))

OUT_DEPARTMENT_LOAD = _register(Table(
    "out_department_load",
    "Per canonical department and document: tasks led, co-led and shared.",
    "按统一部门和文件：牵头、配合和共同负责的任务数。",
    (
        _c("department", "VARCHAR", "canonical department", zh="统一部门名称", nullable=False),
        DOC_ID,
        _c("admin_level", "VARCHAR", "the document's level", zh="文件的行政层级", nullable=False, allowed=ADMIN_LEVELS),
        _c("n_lead", "INTEGER", "tasks the department leads (a unit of it is_lead)",
            zh="该部门牵头的任务数（其单位 is_lead）", nullable=False),
        _c("n_co", "INTEGER", "tasks it co-leads: named to 配合/参与 beside a lead",
            zh="该部门配合的任务数（在牵头单位之外列为配合/参与）", nullable=False),
        _c("n_responsible", "INTEGER", "tasks it shares without a lead convention", zh="未分牵头、共同负责的任务数", nullable=False),
        _c("n_tasks", "INTEGER", "tasks it is named on at all", zh="列有该部门的任务总数", nullable=False),
    ),
    primary_key=("department", "doc_id"),
    published=True,
    order_by=("doc_id", "department"),
))

OUT_INDICATOR_COMPARISON = _register(Table(
    "out_indicator_comparison",
    "The same canonical target across documents and levels, side by side.",
    "同一统一指标在各文件、各层级的对比。",
    (
        _c("canonical_metric", "VARCHAR", "cross-document metric name", zh="跨文件统一指标名称", nullable=False),
        DOC_ID,
        _c("indicator_id", "VARCHAR", "the target row chosen for this document", zh="为该文件选取的指标行", nullable=False),
        _c("title", "VARCHAR", "the document's title", zh="文件标题"),
        _c("scope", "VARCHAR", "whose figure it is", zh="指标所指范围"),
        _c("admin_level", "VARCHAR", "the document's level", zh="文件的行政层级", nullable=False, allowed=ADMIN_LEVELS),
        _c("region", "VARCHAR", "the document's jurisdiction", zh="文件适用的行政区域"),
        _c("value_base", "DOUBLE", "value in the base unit", zh="基本单位下的数值", nullable=False),
        _c("unit_base", "VARCHAR", "base unit", zh="基本单位", nullable=False),
        _c("qualifier", "VARCHAR", "左右, 以上 …", zh="限定词（左右、以上等）"),
        _c("target_year", "INTEGER", "the year the target is for", zh="目标年份"),
    ),
    primary_key=("canonical_metric", "doc_id"),
    published=True,
    order_by=("canonical_metric", "doc_id"),
))

_TRACKING_STATUS = (
    "met: the latest actual already reaches the target (at or above it where more is better, at or below "
    "where less is; for a flow or rate of change, the latest year's actual keeps the pace needed and its "
    "year is the target year or later); missed: the target year has come (latest actual year >= target "
    "year) and it is not reached; on_track: not reached, the target year is still ahead, and the pace "
    "achieved keeps up with the pace needed; behind: not reached, the year still ahead, and the pace "
    "achieved is slower or unknown (a single actual of a level shows no pace); no_actual: no actual of the "
    "same canonical metric, region and base unit anywhere in the corpus"
)

OUT_TARGET_TRACKING = _register(Table(
    "out_target_tracking",
    "Every target of a known metric against the latest actual of the same canonical metric and region "
    "found anywhere in the corpus: the gap, the pace needed, the pace achieved and a status.",
    "已知指标的每个目标，对照语料中同一指标、同一区域的最新实际数：差距、所需进度、已实现进度和状态。",
    (
        _c("indicator_id", "VARCHAR", "the target (core_indicators, kind = target)", zh="目标（core_indicators 中 kind = target 的行）", nullable=False),
        DOC_ID,
        _c("canonical_metric", "VARCHAR", "cross-document metric name", zh="跨文件统一的指标名称", nullable=False),
        _c("scope_region", "VARCHAR", "whose target it is, as a region (core_indicators.scope_region)", zh="目标所属区域（core_indicators.scope_region）"),
        _c("value_base", "DOUBLE", "the target in the base unit", zh="目标值（基本单位）", nullable=False),
        _c("unit_base", "VARCHAR", "base unit of the target and of its actuals", zh="目标及实际数的基本单位", nullable=False),
        _c("comparator", "VARCHAR", "the target's comparator", zh="目标的比较符", nullable=False, allowed=COMPARATORS),
        _c("target_year", "INTEGER", "the year the target is for", zh="目标年份"),
        _c("better", "VARCHAR", "which way the metric gets better", zh="指标向好的方向", nullable=False, allowed=BETTER),
        _c("is_flow", "BOOLEAN", "a flow or rate of change, measured per year (新增城镇就业, …增长)", zh="按年计的流量或增速指标（新增城镇就业、…增长）",
           nullable=False),
        _c("actual_indicator_id", "VARCHAR", "the latest actual (core_indicators, kind = actual)", zh="最新的实际数（core_indicators 中 kind = actual 的行）"),
        _c("actual_doc_id", "VARCHAR", "the document that states it", zh="给出该实际数的文件"),
        _c("actual_value", "DOUBLE", "its value in the base unit", zh="实际数（基本单位）"),
        _c("actual_year", "INTEGER", "the year it describes", zh="实际数所属年份"),
        _c("previous_actual_value", "DOUBLE", "the actual of the latest earlier year, where there is one", zh="更早一年的实际数（如有）"),
        _c("previous_actual_year", "INTEGER", "its year", zh="其年份"),
        _c("gap", "DOUBLE", "value_base - actual_value: what is left to go (negative: already beyond)", zh="差距：目标值减实际数（为负表示已超过）"),
        _c(
            "pace_needed", "DOUBLE",
            "per year: for a level, the gap over the years from the actual's to the target's; for a flow or "
            "rate of change, the target over the years it spans (document year to target year); NULL without "
            "an actual or a target year, or when the target year is not after the actual's", zh="每年所需进度：存量指标为差距除以剩余年数；流量或增速指标为目标除以其涵盖年数",
        ),
        _c(
            "pace_achieved", "DOUBLE",
            "per year: for a level, the change between the two latest actuals over the years between them; "
            "for a flow or rate of change, the latest year's actual; NULL where there is no such figure", zh="每年已实现进度：存量指标为最近两个实际数之差除以间隔年数；流量或增速指标为最近一年的实际数",
        ),
        _c("status", "VARCHAR", _TRACKING_STATUS, zh="状态：met 已达到，on_track 进度跟得上，behind 进度落后或未知，missed 到期未达到，no_actual 语料中无实际数", nullable=False, allowed=TRACKING_STATUSES),
    ),
    primary_key=("indicator_id",),
    published=True,
    order_by=("canonical_metric", "doc_id", "indicator_id"),
))

OUT_TARGET_CASCADE = _register(Table(
    "out_target_cascade",
    "How a child plan turns its parent's target into its own: per lineage pair (child implements parent) "
    "and canonical metric both set, the two headline targets side by side, stricter (层层加码), equal or looser.",
    "下级文件如何承接上级目标：每对落实关系、双方都设定的每个统一指标，两个目标并列，更严（层层加码）、相同或更宽松。",
    (
        DOC_ID,
        _c("parent_doc_id", "VARCHAR", "the parent document it implements", zh="所落实的上级文件", nullable=False),
        _c("canonical_metric", "VARCHAR", "cross-document metric name", zh="跨文件统一的指标名称", nullable=False),
        _c("indicator_id", "VARCHAR", "the child's target (its row of out_indicator_comparison)", zh="下级文件的目标（out_indicator_comparison 中的行）", nullable=False),
        _c("parent_indicator_id", "VARCHAR", "the parent's target", zh="上级文件的目标", nullable=False),
        _c("value_base", "DOUBLE", "the child's value in the base unit", zh="下级目标值（基本单位）", nullable=False),
        _c("parent_value_base", "DOUBLE", "the parent's value in the base unit", zh="上级目标值（基本单位）", nullable=False),
        _c("unit_base", "VARCHAR", "base unit of both", zh="二者的基本单位", nullable=False),
        _c("qualifier", "VARCHAR", "the child's 左右, 以上 …", zh="下级目标的限定词（左右、以上等）"),
        _c("parent_qualifier", "VARCHAR", "the parent's", zh="上级目标的限定词"),
        _c("target_year", "INTEGER", "the child's target year", zh="下级目标年份"),
        _c("parent_target_year", "INTEGER", "the parent's target year", zh="上级目标年份"),
        _c("better", "VARCHAR", "which way the metric gets better (metrics.csv)", zh="指标向好的方向（见 metrics.csv）", nullable=False, allowed=BETTER),
        _c(
            "direction", "VARCHAR",
            "stricter: the child's value is better than the parent's (higher where more is better, lower where "
            "less is), or equal and for an earlier year; looser: worse, or equal and for a later year; equal: "
            "same value and year (or a year missing on either side)", zh="stricter：下级目标更严（层层加码）；equal：相同；looser：更宽松",
            nullable=False, allowed=CASCADE_DIRECTIONS,
        ),
        _c("share_stricter", "DOUBLE", "share of the child document's rows here that are stricter", zh="该下级文件在本表中更严的目标所占比例", nullable=False),
        _c("share_looser", "DOUBLE", "share of the child document's rows here that are looser", zh="该下级文件在本表中更宽松的目标所占比例", nullable=False),
    ),
    primary_key=("doc_id", "parent_doc_id", "canonical_metric"),
    published=True,
    order_by=("doc_id", "parent_doc_id", "canonical_metric"),
))

OUT_TASK_ALIGNMENT = _register(Table(
    "out_task_alignment",
    "For each task of a document whose parent is in the corpus, its best-matching parent tasks.",
    "上级文件在语料中的每个文件的每项任务：与之最匹配的上级任务。",
    (
        DOC_ID,
        _c("child_task_id", "VARCHAR", "the child document's task", zh="下级文件的任务", nullable=False),
        _c("parent_doc_id", "VARCHAR", "the parent document", zh="上级文件", nullable=False),
        _c("parent_task_id", "VARCHAR", "a parent task", zh="上级文件的任务", nullable=False),
        _c("score", "DOUBLE", "similarity in [0, 1]", zh="相似度，取值 [0, 1]", nullable=False),
        _c("rank", "INTEGER", "1 = best match", zh="排名，1 为最匹配", nullable=False),
        _c("is_counterpart", "BOOLEAN", "the score reaches the calibrated floor: the parent task is the child's "
           "counterpart, not only a neighbour on the same subject (false on every row of a child with none)",
            zh="得分达到校准下限：上级任务是下级任务的对应任务，而非仅主题相近（无对应任务的下级任务各行均为假）",
           nullable=False),
        _c("child_title", "VARCHAR", "the child document's title", zh="下级文件标题"),
        _c("child_heading", "VARCHAR", "the child task's heading", zh="下级任务标题", nullable=False),
        _c("parent_title", "VARCHAR", "the parent document's title", zh="上级文件标题"),
        _c("parent_heading", "VARCHAR", "the parent task's heading", zh="上级任务标题", nullable=False),
    ),
    primary_key=("child_task_id", "parent_task_id"),
    published=True,
    order_by=("doc_id", "child_task_id", "parent_doc_id", "rank"),
))

OUT_THEME_COVERAGE = _register(Table(
    "out_theme_coverage",
    "Which themes each document spends its tasks on.",
    "各文件的任务在各主题上的分布。",
    (
        _c("theme", "VARCHAR", "theme of the taxonomy in gongwen/resources/themes.csv",
            zh="主题（分类见 gongwen/resources/themes.csv）", nullable=False),
        DOC_ID,
        _c("n_tasks", "INTEGER", "tasks assigned to the theme", zh="归入该主题的任务数", nullable=False),
        _c("share", "DOUBLE", "n_tasks over the document's tasks", zh="占该文件任务的比例", nullable=False),
    ),
    primary_key=("theme", "doc_id"),
    published=True,
    order_by=("doc_id", "theme"),
))

OPS_QUARANTINE = _register(Table(
    "ops_quarantine",
    "Files (or export rows) that could not become documents, with the reason; kept across runs.",
    "未能成为文档的文件（或导出行）及原因；跨运行保留。",
    (
        _c("source_file", "VARCHAR", "path relative to the inbox", zh="相对收件箱的路径", nullable=False),
        _c("stage", "VARCHAR", "the stage that gave up", zh="放弃处理的环节", nullable=False),
        _c("reason", "VARCHAR", "what is wrong, for a person", zh="问题原因（供人阅读）", nullable=False),
        _c("detail", "VARCHAR", "where and what exactly", zh="具体位置与细节"),
        _c("sha256", "VARCHAR", "SHA-256 of the bytes", zh="字节的 SHA-256", nullable=False),
        _c("first_seen", "TIMESTAMP", "when a run first quarantined these bytes", zh="首次隔离这些字节的时间", nullable=False),
        _c("last_seen", "TIMESTAMP", "the latest run that quarantined them", zh="最近一次隔离它们的运行时间", nullable=False),
        _c("run_id", "VARCHAR", "the latest run that quarantined them", zh="最近一次隔离它们的运行", nullable=False),
    ),
    primary_key=("source_file", "stage", "sha256"),
    order_by=("source_file",),
))

OPS_EXTRACTED = _register(Table(
    "ops_extracted",
    "Per extraction stage and document: the inputs and code version the document's rows in the stage's "
    "tables were made from; a document whose inputs and version are unchanged keeps its rows next run.",
    "每个抽取环节与文档：该文档在该环节各表中的行所依据的输入与代码版本；输入与版本未变的文档下次运行保留其行。",
    (
        _c("stage", "VARCHAR", "the extraction stage (asset)", zh="抽取环节（资产）", nullable=False),
        DOC_ID,
        _c("input_sha256", "VARCHAR", "SHA-256 of what the stage read of the document (text, level, region, year)",
            zh="该环节所读文档内容（正文、层级、地区、年份）的 SHA-256", nullable=False),
        _c("version", "VARCHAR", "the stage's code version", zh="该环节的代码版本", nullable=False),
    ),
    primary_key=("stage", "doc_id"),
))

DQ_RESULTS = _register(Table(
    "dq_results",
    "Every expectation evaluated by every run's quality gates.",
    "每次运行质量关卡评估的每条校验规则。",
    (
        _c("run_id", "VARCHAR", "Dagster run id", zh="Dagster 运行标识", nullable=False),
        _c("stage", "VARCHAR", "the table the suite validated", zh="校验的表", nullable=False),
        _c("expectation", "VARCHAR", "expectation type and its arguments", zh="校验规则及其参数", nullable=False),
        _c("success", "BOOLEAN", "did it hold", zh="是否通过", nullable=False),
        _c("observed_value", "VARCHAR", "what was observed", zh="观察到的值"),
        _c("checked_at", "TIMESTAMP", "when", zh="校验时间", nullable=False),
    ),
    primary_key=(),
))

DQ_VALIDATED = _register(Table(
    "dq_validated",
    "Per gated table and document: the fingerprint of the document's rows when they last passed the table's "
    "gate; the row-level expectations skip a document whose rows still have it.",
    "每个受校验的表与文档：文档各行最近一次通过该表质量关卡时的指纹；行级校验跳过指纹未变的文档。",
    (
        _c("stage", "VARCHAR", "the gated table", zh="受校验的表", nullable=False),
        _c("doc_key", "VARCHAR", "the document's doc_id ('' for raw_files entries that became no document)",
            zh="文档的 doc_id（raw_files 中未成为文档的条目为空字符串）", nullable=False),
        _c("rows_fingerprint", "VARCHAR", "row count and hash of the document's rows in the table",
            zh="该文档在表中各行的行数与哈希", nullable=False),
        _c("suite_version", "VARCHAR", "hash of the row-level expectations and the check SQL they read",
            zh="行级校验规则及其所读校验 SQL 的哈希", nullable=False),
        _c("run_id", "VARCHAR", "the run whose gate passed", zh="通过关卡的运行", nullable=False),
        _c("validated_at", "TIMESTAMP", "when", zh="通过时间", nullable=False),
    ),
    primary_key=("stage", "doc_key"),
))

PUBLISHED_TABLES = tuple(name for name, t in TABLES.items() if t.published)
