"""Entity linking: one id per person, organisation or place across languages and spellings."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.analyze.entities import RawSpan, find_entities
from newsprism.analyze.linking import Linker, _headed_alias, entity_slug, link, link_across, spelling_key
from newsprism.records import Analysis, Entity


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


def test_an_organisation_named_after_the_common_noun_for_its_kind_links_to_the_organisation() -> None:
    assert _ids("Движение ХАМАС призвало к бойкоту.", "ru").get("Движение ХАМАС") == "org:hamas"
    assert _ids("El Movimiento Hamás llamó al boicot.", "es").get("Movimiento Hamás") == "org:hamas"
    # Not for a person's name, a person's alias at the end, or a name before it that is no common noun.
    assert _headed_alias("Движение ХАМАС", "PER", "ru") is None
    assert _headed_alias("Фонд Путин", "ORG", "ru") is None
    assert _headed_alias("Абдель ХАМАС", "ORG", "ru") is None


def test_frequent_organisations_and_leaders_link_across_scripts() -> None:
    hamas = {
        _ids("Hamas called for a boycott.", "en").get("Hamas"),
        _ids("Представители ХАМАС призвали к бойкоту.", "ru").get("ХАМАС"),
        _ids("دعت حركة حماس إلى المقاطعة", "ar").get("حركة حماس"),
        _ids("哈马斯呼吁抵制以色列的举措。", "zh").get("哈马斯"),
    }
    assert hamas == {"org:hamas"}
    netanyahu = {
        _ids("Benjamin Netanyahu said on Sunday.", "en").get("Benjamin Netanyahu"),
        _ids("Premier Benjamin Netanjahu sagte am Sonntag.", "de").get("Benjamin Netanjahu"),
        _ids("Биньямин Нетаньяху заявил в воскресенье.", "ru").get("Биньямин Нетаньяху"),
    }
    assert netanyahu == {"per:benjamin-netanyahu"}


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Pope Francis apologized on Wednesday. Francis said he had lost his patience.", "en", "Francis"),
        ("Am Mittwoch hat sich Papst Franziskus entschuldigt.", "de", "Franziskus"),
        ("Le pape François a présenté ses excuses mercredi.", "fr", "François"),
    ],
)
def test_a_name_after_its_title_links_to_the_titled_alias_and_the_title_stays_outside(
    text: str, language: str, name: str
) -> None:
    found = [e for e in find_entities(text, language) if e.label == "PER"]
    assert found
    assert {e.text for e in found} == {name}  # the title is no part of the span, at a sentence's start too
    assert {e.entity_id for e in found} == {"per:pope-francis"}


def test_a_title_before_a_name_links_nothing_the_table_does_not_list() -> None:
    found = {e.text: e.entity_id for e in find_entities("Bishop Francis Xavier spoke on Sunday.", "en")}
    assert found.get("Francis Xavier") != "per:pope-francis"
    assert found == {"Francis Xavier": "per:francis-xavier"}
    # Only the title the table lists with the name links it: a bishop called Francis is no pope.
    assert _ids("Bishop Francis spoke on Sunday in Rome.", "en")["Francis"] == "per:francis"


def test_surname_links_to_full_name_in_the_same_article() -> None:
    entities = find_entities("Jacek Kurski poinformował w Warszawie. Potem Kurski dodał, że to sukces.", "pl")
    by_text = {e.text: e for e in entities}
    assert by_text["Kurski"].entity_id == by_text["Jacek Kurski"].entity_id
    assert by_text["Kurski"].canonical == "Jacek Kurski"
    assert by_text["Kurski"].label == "PER"


def test_a_chinese_surname_links_to_the_dotted_full_name_in_the_same_article() -> None:
    entities = find_entities("伊朗总统哈桑·鲁哈尼周三表示，谈判失败了。鲁哈尼说。", "zh")
    by_text = {e.text: e for e in entities}
    assert by_text["鲁哈尼"].entity_id == by_text["哈桑·鲁哈尼"].entity_id


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


def _analysis(article_id: str, text: str, language: str) -> Analysis:
    return Analysis(
        article_id=article_id,
        language=language,
        language_confidence=1.0,
        sentences=(),
        sentence_vectors=np.zeros((0, 512), dtype=np.float32),
        doc_vector=np.zeros(512, dtype=np.float32),
        entities=find_entities(text, language),
    )


def _story_id(analyses: list[Analysis], mapping: dict[str, str], surface: str) -> str:
    for analysis in analyses:
        for entity in analysis.entities:
            if entity.text == surface:
                return mapping[entity.entity_id]
    raise AssertionError(f"{surface!r} not found")


def test_link_across_gives_one_id_to_a_leader_in_four_scripts() -> None:
    analyses = [
        _analysis("a", "Vladimir Putin spoke on Monday.", "en"),
        _analysis("b", "Le président Poutine a parlé lundi.", "fr"),
        _analysis("c", "Президент Путин заявил в понедельник.", "ru"),
        _analysis("d", "قال الرئيس بوتين يوم الاثنين", "ar"),
    ]
    mapping = link_across(analyses)
    ids = {_story_id(analyses, mapping, name) for name in ("Vladimir Putin", "Poutine", "Путин", "بوتين")}
    assert len(ids) == 1


def test_link_across_joins_a_bare_surname_to_the_full_name_of_another_article() -> None:
    analyses = [
        _analysis("a", "Jacek Kurski poinformował w Warszawie o decyzji zarządu.", "pl"),
        _analysis("b", "Potem prezes Kurski dodał, że to sukces.", "pl"),
        _analysis("c", "Глава телевидения Курский заявил об успехе.", "ru"),
    ]
    mapping = link_across(analyses)
    full = _story_id(analyses, mapping, "Jacek Kurski")
    assert _story_id(analyses, mapping, "Kurski") == full
    assert _story_id(analyses, mapping, "Курский") == full


def test_link_across_macron_alone_and_unknown_surname_alone() -> None:
    analyses = [
        _analysis("a", "Emmanuel Macron and Olaf Bergström met in Paris.", "en"),
        _analysis("b", "Macron said Bergström had agreed.", "en"),
    ]
    mapping = link_across(analyses)
    assert _story_id(analyses, mapping, "Macron") == _story_id(analyses, mapping, "Emmanuel Macron")
    assert _story_id(analyses, mapping, "Bergström") == _story_id(analyses, mapping, "Olaf Bergström")


def test_link_across_leaves_an_ambiguous_surname_and_places_alone() -> None:
    analyses = [
        _analysis("a", "Orhan Uslu ve Ayşe Uslu Ankara'da konuştu.", "tr"),
        _analysis("b", "Bakan Uslu açıklama yaptı.", "tr"),
    ]
    assert {"Orhan Uslu", "Ayşe Uslu"} <= {e.text for e in analyses[0].entities}
    mapping = link_across(analyses)
    bare = next(e for e in analyses[1].entities if e.text == "Uslu")
    assert mapping[bare.entity_id] == bare.entity_id
    ankara = next(e for e in analyses[0].entities if e.text == "Ankara")
    assert mapping[ankara.entity_id] == ankara.entity_id
    assert link_across([]) == {}


def test_short_acronym_aliases_match_only_in_capitals() -> None:
    from newsprism.analyze.gazetteer import lookup_alias

    un = lookup_alias("UN")
    assert un is not None
    assert un.entity_id == "org:un"
    assert lookup_alias("Un") is None
    assert lookup_alias("Ab") is None
    assert lookup_alias("Nations unies") is not None


def test_a_surname_mislabelled_as_an_unknown_or_minor_place_becomes_the_person() -> None:
    from newsprism.analyze.entities import RawSpan
    from newsprism.analyze.linking import link

    text = "Muhammadu Buhari spoke. Buhari left."
    entities = link(text, [RawSpan(0, 16, "PER"), RawSpan(24, 30, "LOC")], "en")
    assert entities[1].label == "PER"
    assert entities[1].entity_id == entities[0].entity_id
    berlin = link("Paul Berlin spoke in Berlin.", [RawSpan(0, 11, "PER"), RawSpan(21, 27, "LOC")], "en")
    assert berlin[1].label == "LOC"
    # A small town that spells the surname yields to the person (Kaya, Burkina Faso); a country does not.
    kaya = link("Ahmet Kaya konuştu. Kaya ekledi.", [RawSpan(0, 10, "PER"), RawSpan(20, 24, "LOC")], "tr")
    assert (kaya[1].label, kaya[1].entity_id) == ("PER", kaya[0].entity_id)
    jordan = link("Michael Jordan flew to Jordan.", [RawSpan(0, 14, "PER"), RawSpan(23, 29, "LOC")], "en")
    assert jordan[1].label == "LOC"


def test_relink_story_gives_one_id_and_name_across_articles():
    from newsprism.analyze.linking import relink_story
    from newsprism.records import Analysis, AnalyzedArticle, Article, Entity, Quote

    def item(article_id, entities, quotes=()):
        analysis = Analysis(
            article_id=article_id,
            language="fr",
            language_confidence=1.0,
            sentences=(),
            sentence_vectors=np.zeros((0, 512), dtype=np.float32),
            doc_vector=np.zeros(512, dtype=np.float32),
            entities=tuple(entities),
            quotes=tuple(quotes),
        )
        return AnalyzedArticle(Article(id=article_id, text="x"), analysis)

    full = Entity("Emmanuel Macron", "PER", 0, 15, "Emmanuel Macron", "per:emmanuel-macron")
    short = Entity("Macron", "PER", 0, 6, "Macron", "per:macron")
    quote = Quote("Nous agirons", 10, 22, "Macron", "per:macron", "a dit")
    first, second = relink_story([item("a", [full]), item("b", [short], [quote])])
    assert second.analysis.entities[0].entity_id == "per:emmanuel-macron"
    assert second.analysis.entities[0].canonical == "Emmanuel Macron"
    assert second.analysis.entities[0].text == "Macron"
    assert second.analysis.quotes[0].speaker_id == "per:emmanuel-macron"
    assert second.analysis.quotes[0].speaker == "Emmanuel Macron"
    assert first.analysis.entities == (full,)


def _linked(text: str, *names: tuple[str, str]) -> dict[tuple[str, int], Entity]:
    spans, start = [], 0
    for name, label in names:
        start = text.index(name, start)
        spans.append(RawSpan(start, start + len(name), label))  # type: ignore[arg-type]
        start += len(name)
    return {(e.text, e.start): e for e in link(text, spans, "es")}


def test_an_acronym_defined_beside_a_name_is_that_name() -> None:
    text = "El Banco de Venezuela (BDV) informó el miércoles. Más tarde escribió el BDV en Twitter."
    linked = _linked(text, ("Banco de Venezuela", "ORG"), ("BDV", "ORG"), ("BDV", "PER"))
    full = linked["Banco de Venezuela", 3]
    assert {e.entity_id for e in linked.values()} == {full.entity_id}
    later = linked["BDV", text.rindex("BDV")]
    assert (later.canonical, later.label) == ("Banco de Venezuela", "ORG")


def test_an_acronym_before_its_name_in_brackets_is_that_name() -> None:
    text = "La CSIF (Central Sindical Independiente y de Funcionarios) ha reclamado que CSIF sea oída."
    linked = _linked(
        text, ("CSIF", "ORG"), ("Central Sindical Independiente y de Funcionarios", "ORG"), ("CSIF", "ORG")
    )
    assert len({e.entity_id for e in linked.values()}) == 1


def test_brackets_that_are_not_the_initials_link_nothing() -> None:
    # Must not fire: "BCV" skips the capitalised "Central"; "(PSOE)" after a person names their party.
    text = "El Banco Central de Venezuela (BDV) y Pedro Sánchez (PSOE) hablaron. BDV y PSOE callan."
    linked = _linked(
        text, ("Banco Central de Venezuela", "ORG"), ("Pedro Sánchez", "PER"), ("BDV", "ORG"), ("PSOE", "ORG")
    )
    assert len({e.entity_id for e in linked.values()}) == 4


def test_an_acronym_links_a_name_the_tagger_cut_in_two_or_a_translation_reordered() -> None:
    text = "La Central Sindical Independiente y de Funcionarios (CSIF) ha explicado que CSIF pide más."
    linked = _linked(text, ("Central Sindical Independiente", "ORG"), ("Funcionarios", "LOC"), ("CSIF", "ORG"))
    assert linked["CSIF", text.index("CSIF")].canonical == "Central Sindical Independiente"
    reordered = "El Ejército de Liberación Nacional Zapatista (EZLN) criticó al gobierno."
    linked = _linked(reordered, ("Ejército de Liberación Nacional Zapatista", "ORG"), ("EZLN", "ORG"))
    assert linked["EZLN", reordered.index("EZLN")].canonical == "Ejército de Liberación Nacional Zapatista"


def test_an_acronym_may_take_a_second_letter_from_a_compound_word() -> None:
    text = "Japan Airlines (JAL) is giving away tickets. JAL said the offer ends soon."
    linked = _linked(text, ("Japan Airlines", "ORG"), ("JAL", "ORG"), ("JAL", "ORG"))
    assert len({e.entity_id for e in linked.values()}) == 1
    # Must not fire: "JAPL" needs two letters of "Airlines" after its initial; "ABC" a word more.
    text = "Japan Airlines (JAPL) and Alpha Beta (ABC) spoke. JAPL and ABC agreed."
    linked = _linked(
        text, ("Japan Airlines", "ORG"), ("JAPL", "ORG"), ("Alpha Beta", "ORG"), ("ABC", "ORG"), ("JAPL", "ORG")
    )
    assert len({e.entity_id for e in linked.values()}) == 4


def test_an_acronym_spells_out_a_name_the_tagger_missed_before_its_bracket() -> None:
    text = "L'Agence régionale de santé (ARS) des Hauts-de-France a publié un bilan. Puis l'ARS explique tout."
    linked = _linked(text, ("ARS", "ORG"), ("ARS", "MISC"))
    assert {(e.canonical, e.label) for e in linked.values()} == {("Agence régionale de santé", "ORG")}
    # Must not fire: the words before the bracket are not the acronym's initials.
    text = "Le parti du président (PSOE) a voté. Le PSOE se tait."
    linked = _linked(text, ("PSOE", "ORG"), ("PSOE", "ORG"))
    assert {e.canonical for e in linked.values()} == {"PSOE"}


def test_an_acronym_and_its_name_share_the_acronyms_id_across_languages() -> None:
    german = "Die Gewerkschaft Hafen und Verkehr (GHV) ruft zum Streik auf. Die GHV fordert mehr Lohn."
    linked = _linked(german, ("Gewerkschaft Hafen und Verkehr", "ORG"), ("GHV", "ORG"), ("GHV", "ORG"))
    english = _linked("The GHV union called a strike.", ("GHV", "ORG"))
    assert {e.entity_id for e in linked.values()} == {e.entity_id for e in english.values()} == {"org:ghv"}
    assert {e.canonical for e in linked.values()} == {"Gewerkschaft Hafen und Verkehr"}


@pytest.mark.parametrize(
    ("surface", "language", "english", "english_text"),
    [
        ("Rom", "de", "Rome", "The ministers met in Rome on Monday."),
        ("Brüssel", "de", "Brussels", "The ministers met in Brussels on Monday."),
        ("Prag", "de", "Prague", "The ministers met in Prague on Monday."),
    ],
)
def test_exonyms_of_european_cities_link_to_the_same_place(
    surface: str, language: str, english: str, english_text: str
) -> None:
    text = f"Die Minister trafen sich am Montag in {surface}."
    local = {e.text: e.entity_id for e in find_entities(text, language)}
    foreign = {e.text: e.entity_id for e in find_entities(english_text, "en")}
    assert local[surface] is not None
    assert local[surface] == foreign[english]


def test_a_declined_polish_name_is_one_entity_with_its_nominative() -> None:
    text = "Według Łukasza Szumowskiego sytuacja jest poważna. Łukasz Szumowski to minister zdrowia."
    people = [(e.text, e.canonical, e.entity_id) for e in find_entities(text, "pl") if e.label == "PER"]
    assert [canonical for _, canonical, _ in people] == ["Łukasz Szumowski", "Łukasz Szumowski"]
    assert len({entity_id for _, _, entity_id in people}) == 1
    # A surname that is no adjective keeps its form: only listed endings are undone.
    assert {e.canonical for e in find_entities("Rozmawiał z nim Jan Nowak.", "pl") if e.label == "PER"} == {"Jan Nowak"}


def test_a_name_in_another_script_links_to_its_latin_spelling_in_brackets() -> None:
    text = "技术分析师卡罗琳娜·米拉内西 (Carolina Milanesi) 说。卡罗琳娜·米拉内西认为。"
    spans = [RawSpan(5, 14, "PER"), RawSpan(16, 33, "PER"), RawSpan(37, 46, "PER")]
    entities = link(text, spans, "zh")
    assert {e.entity_id for e in entities} == {entity_slug("PER", "Carolina Milanesi")}
    assert {e.canonical for e in entities} == {"Carolina Milanesi"}
    # A Latin name in brackets after a place, or a bracket holding something else, links nothing.
    other = link("我们在北京 (Reuters) 见面。", [RawSpan(3, 5, "LOC"), RawSpan(7, 14, "ORG")], "zh")
    assert other[0].entity_id != other[1].entity_id


def test_national_parties_get_one_id_in_their_own_and_other_languages() -> None:
    polish = _ids("Wyborcy partii Prawo i Sprawiedliwość głosowali, a PiS wygrał.", "pl")
    german = _ids("In Polen regiert die Partei Recht und Gerechtigkeit seit Jahren.", "de")
    assert polish["Prawo i Sprawiedliwość"] == polish["PiS"] == german["Recht und Gerechtigkeit"]
    assert (
        _ids("Die AfD verlor.", "de")["AfD"]
        == _ids("Alternatywa dla Niemiec przegrała.", "pl")["Alternatywa dla Niemiec"]
    )
