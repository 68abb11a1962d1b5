"""Russian names from the packaged slovnet model: offsets, labels, long texts, integrity, absence."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from newsprism.analyze import russian_ner
from newsprism.analyze.entities import find_entities
from newsprism.analyze.russian_ner import russian_model_spans
from newsprism.errors import ModelIntegrityError

TEXT = (
    "Об этом заявил пресс-секретарь президента России Дмитрий Песков во вторник в Москве. "
    "Официальный представитель МИД Мария Захарова добавила, что ООН ничего не сделала."
)


@pytest.fixture
def fresh_tagger() -> Iterator[None]:
    """The loader's cache emptied before and after a test that changes what it loads."""
    russian_ner._tagger.cache_clear()
    yield
    russian_ner._tagger.cache_clear()


def _named(text: str, spans: list[tuple[int, int, str]]) -> dict[str, str]:
    return {text[start:end]: label for start, end, label in spans}


def test_the_model_finds_people_organisations_and_places_with_offsets_into_the_text() -> None:
    found = russian_model_spans([TEXT])
    assert found is not None
    named = _named(TEXT, found[0])
    assert named["Дмитрий Песков"] == "PER"
    assert named["Мария Захарова"] == "PER"
    assert named["Москве"] == "LOC"
    assert named["ООН"] == "ORG"
    assert [start for start, _, _ in found[0]] == sorted(start for start, _, _ in found[0])


def test_a_long_text_is_read_in_pieces_and_offsets_still_point_into_the_whole_text() -> None:
    filler = "Погода была хорошей, и ничего не случилось. " * 300  # past one piece of the model's input
    text = filler + TEXT + "\n" + filler + TEXT
    found = russian_model_spans([text])
    assert found is not None
    surfaces = [text[start:end] for start, end, _ in found[0]]
    assert surfaces.count("Дмитрий Песков") == 2
    assert surfaces.count("Мария Захарова") == 2


def test_a_photo_credit_joined_by_a_slash_is_left_to_the_rules() -> None:
    text = "Фото: REUTERS/Jason Lee ГОНКОНГ (Рейтер) - Рынок вырос."
    found = russian_model_spans([text])
    assert found is not None
    assert all("/" not in text[start:end] for start, end, _ in found[0])
    names = {e.text: e.label for e in find_entities(text, "ru")}
    assert names.get("Jason Lee") == "PER"


def test_find_entities_takes_the_models_names_and_adds_the_rules_where_the_model_found_nothing() -> None:
    text = "Компания Apple представила iPhone на выставке CES в Лас-Вегасе, сообщает агентство dpa."
    model = russian_model_spans([text])
    assert model is not None
    names = {e.text: e.label for e in find_entities(text, "ru")}
    for start, end, label in model[0]:
        assert names.get(text[start:end]) == label  # every model name is kept as the model read it
    # The model misses these; the rules (a capitalised acronym, the alias table's agency) find them.
    assert not {"CES", "dpa"} & set(_named(text, model[0]))
    assert names.get("CES") == "ORG"
    assert names.get("dpa") == "ORG"


def test_an_altered_model_file_is_refused(fresh_tagger: None, monkeypatch: pytest.MonkeyPatch) -> None:
    hashes = dict(russian_ner.NATASHA_FILE_HASHES)
    hashes[next(iter(hashes))] = "0" * 64
    monkeypatch.setattr(russian_ner, "NATASHA_FILE_HASHES", hashes)
    with pytest.raises(ModelIntegrityError, match="E012"):
        russian_model_spans([TEXT])


def test_another_natasha_version_is_refused(fresh_tagger: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(russian_ner, "NATASHA_VERSION", "0.0.1")
    with pytest.raises(ModelIntegrityError, match="E013"):
        russian_model_spans([TEXT])


def test_without_the_package_the_rules_alone_find_russian_names(
    fresh_tagger: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(russian_ner, "_package_dir", lambda: None)
    assert russian_model_spans([TEXT]) is None
    names = {e.text: e.label for e in find_entities(TEXT, "ru")}
    assert names.get("Дмитрий Песков") == "PER"


@pytest.mark.parametrize("blank", [" ", "\n\n", " \t \n", "…", "—", "« »"])
def test_a_text_of_white_space_or_punctuation_alone_has_no_names_and_no_error(blank: str) -> None:
    found = russian_model_spans([blank, TEXT, blank])
    assert found is not None
    assert found[0] == []
    assert found[2] == []
    assert _named(TEXT, found[1])["Дмитрий Песков"] == "PER"
    assert find_entities(blank, "ru") == ()
