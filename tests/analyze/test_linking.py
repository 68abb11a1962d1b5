"""Entity linking: one id per person, organisation or place across languages and spellings."""

from __future__ import annotations

from newsprism.analyze.entities import find_entities
from newsprism.analyze.linking import Linker, entity_slug, spelling_key
from newsprism.records import Entity


def _ids(text: str, language: str) -> dict[str, str]:
    return {e.text: e.entity_id for e in find_entities(text, language)}


def test_the_same_leader_gets_one_id_in_every_language() -> None:
    ids = {
        _ids("Vladimir Poutine a parlé.", "fr").get("Vladimir Poutine"),
        _ids("Wladimir Putin sprach am Montag.", "de").get("Wladimir Putin"),
        _ids("Президент Путин заявил.", "ru").get("Путин"),
        _ids("قال الرئيس بوتين", "ar").get("بوتين"),
    }
    assert ids == {"per:vladimir-putin"}


def test_organisation_and_country_aliases_link() -> None:
    assert _ids("L'OTAN se réunit.", "fr").get("OTAN") == "org:nato"
    assert _ids("NATO leaders met.", "en").get("NATO") == "org:nato"
    assert _ids("Les Etats-Unis ont voté.", "fr").get("Etats-Unis") == "loc:US"
    assert _ids("The United States voted.", "en").get("United States") == "loc:US"


def test_surname_links_to_full_name_in_the_same_article() -> None:
    entities = find_entities("Jacek Kurski poinformował w Warszawie. Potem Kurski dodał, że to sukces.", "pl")
    by_text = {e.text: e for e in entities}
    assert by_text["Kurski"].entity_id == by_text["Jacek Kurski"].entity_id
    assert by_text["Kurski"].canonical == "Jacek Kurski"
    assert by_text["Kurski"].label == "PER"


def test_unknown_names_get_stable_transliterated_slugs() -> None:
    assert entity_slug("PER", "Jacek Kurski") == entity_slug("PER", "JACEK KURSKI")
    assert spelling_key("Zelenskyy") == spelling_key("Zelensky")
    assert entity_slug("ORG", "!!!") == "org:x"


def test_linker_joins_a_bare_surname_across_articles_only_when_unambiguous() -> None:
    linker = Linker()
    full = Entity("Orhan Uslu", "PER", 0, 10, "Orhan Uslu", "per:orhan-uslu")
    bare = Entity("Uslu", "PER", 0, 4, "Uslu", "per:uslu")
    linker.observe([full])
    assert linker.relink([bare])[0].entity_id == "per:orhan-uslu"
    linker.observe([Entity("Ayse Uslu", "PER", 0, 9, "Ayse Uslu", "per:ayse-uslu")])
    assert linker.relink([bare])[0].entity_id == "per:uslu"
