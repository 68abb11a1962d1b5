"""The batch NER decoder finds exactly the entities spaCy's own parser finds."""

from __future__ import annotations

import pytest

from newsprism.analyze.entities import SPACY_MODELS, _spacy_pipeline
from newsprism.analyze.ner_decoder import ner_spans

TEXTS: dict[str, list[str]] = {
    "en": [
        "Angela Merkel met Emmanuel Macron in Paris on Monday to discuss the European Union budget.",
        "The World Health Organization said 3,000 people in New York had been tested by Friday.",
        "Apple Inc. sold 20 million iPhones in China last year, Tim Cook told Reuters.",
        "",
        "   \n\n  ",
        "Obama",
        "He said:\n\nBoris Johnson\nDowning Street\n\n",
        "NASA and SpaceX launched the Crew Dragon from Cape Canaveral, Florida.",
    ],
    "fr": [
        "Le président Emmanuel Macron a reçu à l'Élysée la chancelière Angela Merkel.",
        "Selon l'Organisation mondiale de la santé, la France compte 3000 cas à Lyon et Marseille.",
        "",
        "Bruxelles",
    ],
    "es": [
        "El presidente Pedro Sánchez viajó a México para reunirse con Andrés Manuel López Obrador.",
        "La Organización de las Naciones Unidas celebró el acuerdo firmado en Madrid.",
        "\n",
    ],
}


@pytest.mark.parametrize("language", sorted(SPACY_MODELS))
@pytest.mark.parametrize("batch_size", [2, 3, 64])
def test_decoder_matches_spacy(language: str, batch_size: int) -> None:
    nlp = _spacy_pipeline(language)
    if nlp is None:
        pytest.skip(f"spaCy model for {language} not installed")
    texts = TEXTS[language] * 3  # several batches and sub-batches of mixed lengths
    expected = [
        [(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents]
        for doc in nlp.pipe(texts, batch_size=batch_size)
    ]
    assert ner_spans(nlp, texts, batch_size) == expected
    assert any(expected)


def test_decoder_reads_no_texts() -> None:
    nlp = _spacy_pipeline("en")
    if nlp is None:
        pytest.skip("spaCy model for en not installed")
    assert ner_spans(nlp, [], 64) == []
