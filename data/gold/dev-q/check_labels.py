"""Own consistency check for the hand labels of dev-q (not gongwen code).

Every title, heading, unit, lead unit, doc_number, cite and quote must occur in the
document's text (compared after NFKC and with all whitespace removed); seq runs 1..n per
document; n_tasks matches; the keys and their order match data/gold/dev-p (main checkout).
Run: .venv/bin/python data/gold/dev-q/check_labels.py
"""
import json, re, sys, unicodedata
from pathlib import Path

GOLD = Path(__file__).resolve().parent
HERE = GOLD.parent.parent / 'dev-q'
REF = Path('/work/main/data/gold/dev-p')


def norm(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s))


def text_of(p):
    if p.suffix == '.docx':
        import docx
        d = docx.Document(str(p))
        parts = [para.text for para in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.extend(c.text for c in row.cells)
        return '\n'.join(parts)
    raw = p.read_bytes()
    try:
        return raw.decode('utf-8')
    except UnicodeDecodeError:
        return raw.decode('gbk')


def rows(name):
    return [json.loads(l) for l in (GOLD / f'{name}.jsonl').read_text(encoding='utf-8').splitlines() if l.strip()]


errors = []
texts = {}
for p in HERE.iterdir():
    if p.suffix in ('.txt', '.md', '.html', '.docx'):
        texts[p.stem] = norm(text_of(p))

for name in ('documents', 'tasks', 'indicators', 'actuals'):
    ref = json.loads((REF / f'{name}.jsonl').read_text(encoding='utf-8').splitlines()[0])
    for r in rows(name):
        if list(r) != list(ref):
            errors.append(f'{name}: keys {list(r)} != {list(ref)}')


def need(doc, what, s):
    if s is None:
        return
    if doc not in texts:
        errors.append(f'{doc}: no file')
    elif norm(s) not in texts[doc]:
        errors.append(f'{doc}: {what} not in text: {s}')


docs = rows('documents')
tasks = rows('tasks')
if {d['doc'] for d in docs} != set(texts):
    errors.append(f'docs {sorted(d["doc"] for d in docs)} != files {sorted(texts)}')
for d in docs:
    need(d['doc'], 'title', d['title'])
    need(d['doc'], 'issuer', d['issuer'])
    need(d['doc'], 'doc_number', d['doc_number'])
    for c in d['cites']:
        need(d['doc'], 'cite', c)
    ts = [t for t in tasks if t['doc'] == d['doc']]
    if [t['seq'] for t in ts] != list(range(1, len(ts) + 1)):
        errors.append(f'{d["doc"]}: seq not 1..n')
    if d['n_tasks'] != len(ts):
        errors.append(f'{d["doc"]}: n_tasks {d["n_tasks"]} != {len(ts)}')
for t in tasks:
    need(t['doc'], 'heading', t['heading'])
    for u in t['units']:
        need(t['doc'], 'unit', u)
    if t['lead_unit'] is not None and t['lead_unit'] not in t['units']:
        errors.append(f'{t["doc"]} #{t["seq"]}: lead not among units')
    need(t['doc'], 'deadline', t['deadline'])
    for o in t['path']:
        need(t['doc'], 'path ordinal', o)
for name in ('indicators', 'actuals'):
    for r in rows(name):
        need(r['doc'], name + ' quote', r['quote'])
        v = r['value']
        if not isinstance(v, (int, float)):
            errors.append(f'{r["doc"]}: value not a number: {v}')
        elif (f'{v:g}' not in norm(r['quote'])):
            errors.append(f'{r["doc"]}: value {v} not in quote {r["quote"]}')
        if r['unit'] and norm(r['unit']) not in norm(r['quote']):
            errors.append(f'{r["doc"]}: unit {r["unit"]} not in quote {r["quote"]}')

print('\n'.join(errors) or 'all labels check out')
sys.exit(1 if errors else 0)
