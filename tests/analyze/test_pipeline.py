from __future__ import annotations

import numpy as np

from newsprism.analyze.pipeline import Analyzer, reference_date
from newsprism.records import Article

ARTICLE = Article(
    id="x",
    title="La Commission européenne sanctionne Meta",
    text=(
        "La Commission européenne a infligé mardi 3 mars une amende de 200 millions d'euros à Meta, à Bruxelles.\n\n"
        "« Nous ne tolérerons aucun abus », a déclaré la commissaire Margrethe Vestager."
    ),
    published="2026-03-04T09:00:00+01:00",
)


def test_analysis_is_consistent_with_its_article():
    (analysis,) = Analyzer().analyze_many([ARTICLE])
    assert analysis.article_id == "x"
    assert analysis.language == "fr"
    assert analysis.sentences[0].is_title
    assert analysis.sentence_vectors.shape == (len(analysis.sentences), 512)
    assert abs(float(np.linalg.norm(analysis.doc_vector)) - 1.0) < 1e-3
    assert analysis.reference_date == "2026-03-04"
    for sentence in analysis.sentences[1:]:
        assert ARTICLE.text[sentence.start : sentence.end] == sentence.text
    for span in (*analysis.entities, *analysis.quotes, *analysis.dates, *analysis.places):
        assert 0 <= span.start < span.end <= len(ARTICLE.text)
    assert any(d.value == "2026-03-03" for d in analysis.dates)
    assert any(q.speaker and "Vestager" in q.speaker for q in analysis.quotes)


def test_batch_equals_one_by_one():
    other = Article(id="y", title="Storm", text="A storm hit the coast on Friday. Thousands lost power.")
    analyzer = Analyzer()
    together = analyzer.analyze_many([ARTICLE, other])
    alone = [analyzer.analyze(ARTICLE), analyzer.analyze(other)]
    for a, b in zip(together, alone, strict=True):
        assert a.sentences == b.sentences
        assert np.allclose(a.doc_vector, b.doc_vector, atol=1e-5)
        assert a.entities == b.entities


def test_reference_date_defaults_to_today_without_publication_date():
    assert reference_date(Article(id="z", text="t", published="2024-02-29T23:00:00")) == "2024-02-29"
    assert len(reference_date(Article(id="z", text="t"))) == 10
