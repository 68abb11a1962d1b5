"""The REST API (``/api/...``) and the web pages (``/``, ``/stories/{id}``, ``/articles/{id}``, ``/compare``).

One :class:`~newsprism.engine.Engine` serves every request; writes (ingest) are
serialised by a lock, reads share the store's connection under its own lock.
"""

from __future__ import annotations

import threading
from dataclasses import asdict
from typing import Annotated, Any

from fastapi import Body, FastAPI, Form, HTTPException, Query
from fastapi.responses import HTMLResponse

from newsprism import __version__
from newsprism.api import pages
from newsprism.api_python import analysis_to_dict, as_article
from newsprism.engine import Engine
from newsprism.errors import BadInputError, NotFoundError
from newsprism.extract import article_from_mapping
from newsprism.records import Article, IngestIssue
from newsprism.report import prism_to_html, prism_to_json
from newsprism.report.stories import article_summary

#: At most this many articles per POST /api/articles.
MAX_POSTED_ARTICLES = 500


def create_app(db_path: str = "newsprism.db", engine: Engine | None = None) -> FastAPI:
    """Build the web application over the store at ``db_path`` (or over ``engine``)."""
    engine = engine or Engine(db_path)
    write_lock = threading.Lock()
    app = FastAPI(title="newsprism", version=__version__, docs_url="/api/docs", openapi_url="/api/openapi.json")
    app.state.engine = engine

    def stories_payload(limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
        stories = engine.stories()
        chosen = stories[offset : offset + limit]
        return [engine.story_summary(s) for s in chosen], len(stories)

    def not_found(error: NotFoundError) -> HTTPException:
        return HTTPException(status_code=404, detail=str(error))

    # -- REST -----------------------------------------------------------------
    @app.get("/api/health")
    def health() -> dict[str, Any]:
        return {"status": "ok", "version": __version__, **engine.stats()}

    @app.get("/api/stories")
    def list_stories(
        limit: Annotated[int, Query(ge=1, le=1000)] = 100, offset: Annotated[int, Query(ge=0)] = 0
    ) -> dict[str, Any]:
        stories, total = stories_payload(limit, offset)
        return {"stories": stories, "total": total, "limit": limit, "offset": offset}

    @app.get("/api/stories/{story_id}")
    def get_story(story_id: str) -> dict[str, Any]:
        try:
            return engine.story_summary(engine.story(story_id))
        except NotFoundError as error:
            raise not_found(error) from None

    @app.get("/api/stories/{story_id}/prism")
    def get_prism(story_id: str, language: str | None = None) -> dict[str, Any]:
        try:
            return prism_to_json(engine.prism(story_id, language=language))
        except NotFoundError as error:
            raise not_found(error) from None

    @app.get("/api/articles")
    def list_articles(
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
        offset: Annotated[int, Query(ge=0)] = 0,
        q: Annotated[str | None, Query(max_length=500, description="Full-text query (FTS5 syntax)")] = None,
    ) -> dict[str, Any]:
        try:
            found = engine.articles(limit=limit, offset=offset, query=q)
        except Exception as error:  # a malformed FTS5 query is the client's error
            raise HTTPException(status_code=400, detail=f"bad query: {error}") from None
        return {"articles": [article_summary(a) for a in found], "limit": limit, "offset": offset}

    @app.get("/api/articles/{article_id}")
    def get_article(article_id: str) -> dict[str, Any]:
        try:
            item = engine.analyzed(article_id)
        except NotFoundError as error:
            raise not_found(error) from None
        story = engine.store.story_of([article_id]).get(article_id)
        return {**asdict(item.article), "story": story, "analysis": analysis_to_dict(item.article, item.analysis)}

    @app.post("/api/articles")
    def post_articles(body: Annotated[Any, Body()]) -> dict[str, Any]:
        objects = body if isinstance(body, list) else [body]
        if len(objects) > MAX_POSTED_ARTICLES:
            raise HTTPException(status_code=413, detail=f"at most {MAX_POSTED_ARTICLES} articles per request")
        articles: list[Article] = []
        issues: list[IngestIssue] = []
        for n, obj in enumerate(objects):
            where = f"body[{n}]"
            try:
                articles.append(article_from_mapping(obj, where, engine.settings, path_or_url="api").article)
            except BadInputError as error:
                issues.append(IngestIssue(where, error.message))
        with write_lock:
            report = engine.add(articles)
        return {
            "added": list(report.added),
            "unchanged": list(report.unchanged),
            "issues": [i.reason for i in (*issues, *report.issues)],
            "stories_touched": list(report.stories_touched),
        }

    @app.post("/api/compare")
    def post_compare(
        text1: Annotated[str, Body(max_length=200_000)], text2: Annotated[str, Body(max_length=200_000)]
    ) -> dict[str, float]:
        return engine.compare(as_article(text1), as_article(text2)).to_dict()

    # -- pages ----------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse)
    def home_page() -> str:
        stories, _ = stories_payload(1000, 0)
        return pages.story_list(stories)

    @app.get("/stories/{story_id}", response_class=HTMLResponse)
    def story_page(story_id: str) -> str:
        try:
            return prism_to_html(engine.prism(story_id))
        except NotFoundError as error:
            raise not_found(error) from None

    @app.get("/articles/{article_id}", response_class=HTMLResponse)
    def article_page(article_id: str) -> str:
        try:
            item = engine.analyzed(article_id)
        except NotFoundError as error:
            raise not_found(error) from None
        story = engine.store.story_of([article_id]).get(article_id)
        return pages.article_page(item, story)

    @app.get("/compare", response_class=HTMLResponse)
    def compare_form() -> str:
        return pages.compare_page()

    @app.post("/compare", response_class=HTMLResponse)
    def compare_submit(
        text1: Annotated[str, Form(max_length=200_000)], text2: Annotated[str, Form(max_length=200_000)]
    ) -> str:
        if not text1.strip() or not text2.strip():
            return pages.compare_page(text1, text2, error="Paste two articles to compare.")
        scores = engine.compare(as_article(text1), as_article(text2))
        return pages.compare_page(text1, text2, scores=scores.to_dict())

    return app
