"""The benchmarks' results: one row per figure, printed as a table and written as JSON."""

import json
from dataclasses import asdict, dataclass

from benchmarks.judgements import CUTOFF, JUDGEMENTS

# The searches `benchmarks.relevance` compares, as the relevance table names them.
SEARCHES = {"whoosh": "Whoosh", "database": "SQLite FTS5", "postgres": "PostgreSQL"}


@dataclass(frozen=True)
class Row:
    name: str
    value: float
    unit: str
    # What the figure must be, in words ("< 50 ms"); None for a figure kept for the record.
    target: str | None
    ok: bool
    baseline: float | None = None  # what was measured beside it, in the same unit
    ratio: float | None = None  # value / baseline

    def as_json(self):
        row = asdict(self)
        return {key: value for key, value in row.items() if value is not None or key == "target"}


def compared(name, value, unit, baseline, *, target=None, ok=True):
    return Row(name, value, unit, target, ok, baseline, round(value / baseline, 2))


def write(rows, path):
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = [row.as_json() for row in rows]
    path.write_text(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")


def table(rows):
    """The rows as a Markdown table (readable in a terminal, and pasted into the docs)."""
    lines = [
        "| Figure | Value | Target | Baseline | Ratio | OK |",
        "| --- | ---: | --- | ---: | ---: | :---: |",
    ]
    for row in rows:
        baseline = "" if row.baseline is None else f"{_number(row.baseline)} {row.unit}"
        ratio = "" if row.ratio is None else f"{row.ratio:.2f}"
        lines.append(
            f"| {row.name} | {_number(row.value)} {row.unit} | {row.target or '-'} | "
            f"{baseline} | {ratio} | {'yes' if row.ok else 'NO'} |"
        )
    return "\n".join(lines)


def relevance_table(relevance):
    """Where each family search put the first page answering it, with each search measured
    (`benchmarks.relevance`), as a Markdown table."""
    names = [name for name in SEARCHES if name in relevance]
    lines = [
        f"| Search | Right page | {' | '.join(SEARCHES[name] for name in names)} |",
        f"| --- | --- |{' ---: |' * len(names)}",
    ]
    for query, answers in JUDGEMENTS:
        places = [str(relevance[name]["ranks"][query] or "-") for name in names]
        lines.append(f"| {query} | {' or '.join(answers)} | {' | '.join(places)} |")
    mrrs = " | ".join(f"{relevance[name]['mrr']:.3f}" for name in names)
    lines.append(f"| MRR@{CUTOFF} of {len(JUDGEMENTS)} searches | | {mrrs} |")
    return "\n".join(lines)


def _number(value):
    if value == int(value) and abs(value) < 100:
        return str(int(value))  # a count: "0 queries", not "0.00 queries"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) < 1:  # a ratio or a score such as MRR: two places, or 0.98 would read as 1
        return f"{value:.2f}"
    return f"{value:,.1f}".removesuffix(".0")
