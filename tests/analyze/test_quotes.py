"""Quotations with speakers: quotation styles, cues, speaker resolution, reported speech, hostile input."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.analyze.entities import find_entities
from newsprism.analyze.quotes import MAX_QUOTE_CHARS, find_quotes
from newsprism.records import Entity, EntityLabel, Quote


def entities_of(text: str, *names: tuple[str, EntityLabel]) -> tuple[Entity, ...]:
    """Entity records for every occurrence of each name (as an entity finder would give them)."""
    found: list[Entity] = []
    for name, label in names:
        for match in re.finditer(re.escape(name), text):
            slug = name.lower().replace(" ", "-")
            found.append(Entity(name, label, match.start(), match.end(), name, f"{label.lower()}:{slug}"))
    return tuple(sorted(found, key=lambda e: e.start))


def speakers(quotes: tuple[Quote, ...]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes]


def speakers_in(text: str, language: str) -> list[tuple[str, str | None]]:
    """The quotes found in ``text`` with the entity finder's names, and their speakers."""
    return speakers(find_quotes(text, language, find_entities(text, language)))


def test_french_role_then_inverted_pronoun_cue() -> None:
    text = (
        "Le porte-parole du département d'Etat Ned Price a mis en garde Moscou. "
        "« Nous sommes prêts à réagir très vite », a-t-il averti."
    )
    (quote,) = find_quotes(text, "fr", entities_of(text, ("Ned Price", "PER"), ("Moscou", "LOC")))
    assert (quote.text, quote.speaker, quote.speaker_id, quote.cue) == (
        "Nous sommes prêts à réagir très vite",
        "Ned Price",
        "per:ned-price",
        "a-t-il averti",
    )
    assert text[quote.start : quote.end] == quote.text


def test_speaker_after_the_quote_and_continuation_across_sentences() -> None:
    text = "“We will not back down,” said Joe Biden on Tuesday. “The sanctions will bite hard.”"
    quotes = find_quotes(text, "en", entities_of(text, ("Joe Biden", "PER")))
    assert speakers(quotes) == [("We will not back down", "Joe Biden"), ("The sanctions will bite hard.", "Joe Biden")]


def test_unnamed_speakers_stay_unknown() -> None:
    text = "Officials said: “Nothing has been decided yet about the plan.” A spokesman added nothing."
    (quote,) = find_quotes(text, "en", ())
    assert quote.speaker is None
    assert quote.speaker_id is None


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        ("de", "„Wir müssen jetzt handeln“, sagte Olaf Scholz am Dienstag.", "Olaf Scholz"),
        ("de", "»Wir müssen jetzt handeln«, sagte Olaf Scholz am Dienstag.", "Olaf Scholz"),
        ("es", "—Es un problema muy grave —dijo Pedro Sánchez—.", "Pedro Sánchez"),
        ("ru", "— Мы не допустим этого, — заявил Владимир Путин.", "Владимир Путин"),
        ("pl", "„To jest bardzo ważny dzień” – powiedział Andrzej Duda.", "Andrzej Duda"),
        ("tr", "Recep Erdoğan, “Bu süreci birlikte yöneteceğiz” dedi.", "Recep Erdoğan"),
        (
            "tr",
            'Yurda dönen öğrenci Cafer Deniz, sözlerini şöyle sürdürdü:\n\n"Devletimize aidiyetimiz daha çok arttı."',
            "Cafer Deniz",
        ),
        ("zh", "李强表示：「我们将继续扩大对外开放的力度」。", "李强"),
        ("en", 'Anna Smith told reporters: "This is the last lockdown we will see."', "Anna Smith"),
        (
            "fr",
            "« On était dans la cuisine, explique Béatrice Dauphinais. Ç'a été angoissant. »",
            "Béatrice Dauphinais",
        ),
    ],
)
def test_quotation_styles_and_cues_of_many_languages(language: str, text: str, speaker: str) -> None:
    quotes = find_quotes(text, language, entities_of(text, (speaker, "PER")))
    speakers = [q.speaker for q in quotes if q.kind == "direct"]
    # The French attribution inside the marks cuts its quote in two, both the speaker's.
    assert speakers == [speaker] * (2 if language == "fr" else 1)


@pytest.mark.parametrize(
    ("incise", "speaker"),
    [
        ("explique l'athlète", "Alexandre Dupont"),
        ("a commenté l'entraîneur", "Alexandre Dupont"),
        # A description of the other gender passes over the man in focus.
        ("explique la présidente", "Julie Martin"),
    ],
)
def test_a_description_inside_the_marks_is_the_person_in_focus(incise: str, speaker: str) -> None:
    text = (
        "La présidente du club, Julie Martin, a engagé l'athlète Alexandre Dupont il y a dix ans.\n\n"
        f"« On est chanceux parce qu'on a un gym dans notre sous-sol, {incise}. Notre entraînement n'a pas changé. »"
    )
    quotes = find_quotes(text, "fr", entities_of(text, ("Julie Martin", "PER"), ("Alexandre Dupont", "PER")))
    assert [q.speaker for q in quotes] == [speaker, speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker", "clause"),
    [
        (
            "en",
            "Boris Johnson said that the country would reopen in June.",
            "Boris Johnson",
            "the country would reopen",
        ),
        ("fr", "Emmanuel Macron a affirmé que la France tiendrait bon.", "Emmanuel Macron", "la France tiendrait bon"),
        ("de", "Olaf Scholz sagte, dass die Lage sehr ernst sei.", "Olaf Scholz", "die Lage sehr ernst sei"),
        ("es", "Pedro Sánchez afirmó que el país está preparado.", "Pedro Sánchez", "el país está preparado"),
    ],
)
def test_reported_speech(language: str, text: str, speaker: str, clause: str) -> None:
    (quote,) = find_quotes(text, language, entities_of(text, (speaker, "PER")))
    assert quote.kind == "indirect"
    assert quote.speaker == speaker
    assert quote.text.startswith(clause)


def test_person_mentioned_inside_a_quote_is_not_its_speaker() -> None:
    text = (
        "Jean Dupont était là. « La performance avec Fariba Martin était émouvante pour nous tous », "
        "a-t-il dit à l'AFP."
    )
    ents = entities_of(text, ("Jean Dupont", "PER"), ("Fariba Martin", "PER"), ("AFP", "ORG"))
    (quote,) = find_quotes(text, "fr", ents)
    assert quote.speaker == "Jean Dupont"


def test_titles_and_short_phrases_are_not_quotations() -> None:
    text = 'He called it a "disaster" and read «Aarau 1» and the “Corona, Crash und Chaos” issue.'
    assert find_quotes(text, "en", ()) == ()


def test_without_entities_names_come_from_capitalised_words() -> None:
    text = "“We are ready for anything,” said Ned Price. Price added: “Nobody wants a war here at all.”"
    quotes = find_quotes(text, "en", None)
    assert [q.speaker for q in quotes] == ["Ned Price", "Ned Price"]
    assert all(q.speaker_id is None for q in quotes)


def test_text_without_quotes_and_unbalanced_marks() -> None:
    assert find_quotes("", "en") == ()
    assert find_quotes("No quotation here at all.", "en", ()) == ()
    assert find_quotes("An unbalanced “ quote that never ends " * 50, "en", ()) == ()


def test_a_quote_longer_than_the_limit_is_not_a_quote() -> None:
    text = "“" + "word " * (MAX_QUOTE_CHARS // 5 + 10) + "”, said Ned Price."
    assert find_quotes(text, "en", None) == ()


def test_mixed_scripts_and_long_paragraphs_stay_fast_enough_to_finish() -> None:
    paragraph = ("Текст «цитата без конца и 引用「混合」 texte » مختلط " * 2000) + "\n"
    quotes = find_quotes(paragraph * 3, "ru", ())
    assert all(0 <= q.start < q.end <= len(paragraph) * 3 for q in quotes)


@settings(max_examples=200, deadline=None)
@given(
    text=st.lists(
        st.sampled_from(
            [
                *"ab Xy.,:;!?\n—–-'\"“”„«»‚‘’「」",
                *("said ", "dijo ", "a-t-il dit ", "Ned ", "- powiedział ", "Selon ", "According to "),
                *("sagte, ", "Die Lage sei ", "calificó de "),
                # Session-5 rules: missed names beside a cue, echoes, appositions, attributions inside marks.
                *("Zentec has confirmed ", "l’Ifop assure que ", ", explique Anna. ", "reading, ", "El ", ", el "),
                *("beschwerte sich Anna, dass ", "En ese sentido, destacó que ", ", którego ", "Anna: "),
            ]
        ),
        max_size=150,
    ).map("".join),
    language=st.sampled_from(["en", "fr", "de", "es", "pl", "ru", "tr", "ar", "zh", "xx"]),
)
def test_never_fails_and_offsets_stay_inside_the_text(text: str, language: str) -> None:
    # Both without entities (names from capitalised runs) and with an entity finder that found nothing.
    for quote in (*find_quotes(text, language, None), *find_quotes(text, language, ())):
        assert 0 <= quote.start < quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text
        assert quote.end - quote.start <= MAX_QUOTE_CHARS


def test_gold_files_reference_offsets_not_texts(read_gold) -> None:  # type: ignore[no-untyped-def]
    records = read_gold("quotes")
    counts: dict[str, int] = {}
    for record in records:
        counts[record["language"]] = counts.get(record["language"], 0) + 1
        assert set(record) == {"pair_id", "text", "text_sha1", "language", "quotes"}
        for quote in record["quotes"]:
            assert len(quote["surface"]) <= 60
            assert quote["kind"] in ("direct", "indirect")
    assert all(counts.get(lang, 0) >= 10 for lang in ("en", "fr", "de", "es"))
    assert all(counts.get(lang, 0) >= 5 for lang in ("pl", "tr", "ar"))


def test_every_gold_file_is_in_exactly_one_set_blind_or_dev(gold_set_names) -> None:  # type: ignore[no-untyped-def]
    blind, dev, files = gold_set_names("quotes")
    assert not blind & dev
    assert blind | dev == files


def test_second_annotations_cover_the_same_texts_as_the_first(gold_dir, shared_texts_by_sha1) -> None:  # type: ignore[no-untyped-def]
    # bench/agreement_quotes.py compares them article by article: the same articles, texts and valid spans.
    folder = gold_dir / "quotes"
    seconds = sorted((folder / "second").glob("*.jsonl"))
    assert seconds
    for path in seconds:
        first = [json.loads(line) for line in (folder / path.name).read_text(encoding="utf-8").splitlines() if line]
        second = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
        assert [(r["pair_id"], r["text"], r["text_sha1"]) for r in second] == [
            (r["pair_id"], r["text"], r["text_sha1"]) for r in first
        ]
        for record in second:
            text = shared_texts_by_sha1[record["text_sha1"]]
            for quote in record["quotes"]:
                assert 0 <= quote["start"] < quote["end"] <= len(text)
                assert quote["kind"] in ("direct", "indirect")


def test_gold_offsets_match_the_shared_articles(shared_texts_by_sha1, read_gold) -> None:  # type: ignore[no-untyped-def]
    for record in read_gold("quotes"):
        text = shared_texts_by_sha1[record["text_sha1"]]
        for quote in record["quotes"]:
            span = text[quote["start"] : quote["end"]]
            assert span.startswith(quote["surface"])
            # Most records keep no surface at all: the span itself must still be words inside the text.
            assert 0 <= quote["start"] < quote["end"] <= len(text)
            assert span == span.strip(), f"{record['pair_id']}: span {quote['start']}-{quote['end']} has outer spaces"


def test_a_one_word_name_after_a_demonstrative_is_no_speaker() -> None:
    text = (
        "Dijo Sebastian Kurz que gobernará con este Pacto durante años. "
        "El líder conservador explicó que los equipos seguirán trabajando durante la noche."
    )
    entities = entities_of(text, ("Sebastian Kurz", "PER"), ("Pacto", "PER"))
    # Both clauses are Kurz's: the first names him after its verb, the second by his role.
    assert [(q.text[:20], q.speaker) for q in find_quotes(text, "es", entities) if q.kind == "indirect"] == [
        ("gobernará con este P", "Sebastian Kurz"),
        ("los equipos seguirán", "Sebastian Kurz"),
    ]


def test_the_one_told_is_not_the_speaker() -> None:
    text = "A police officer told Community News at the time: “They smashed through our shutters and the glass.”"
    (quote,) = find_quotes(text, "en", entities_of(text, ("Community News", "ORG")))
    assert quote.speaker is None


def test_a_sentence_after_a_closed_quote_is_not_its_attribution() -> None:
    text = (
        "“It has been a perfect start,” said Ray Pigdon. “I hope the ticket went to one of our regulars.” "
        "Officer Ann Lee said thieves had taken a safe containing cash."
    )
    entities = entities_of(text, ("Ray Pigdon", "PER"), ("Ann Lee", "PER"))
    assert speakers(find_quotes(text, "en", entities, reported=False))[1] == (
        "I hope the ticket went to one of our regulars.",
        "Ray Pigdon",
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Marie Curie parle. Selon leur comité de soutien, ils ont été « convoqués par la section quinze ».", None),
        ("Marie Curie parle. Selon elle, ils ont été « convoqués par la section quinze ».", "Marie Curie"),
    ],
)
def test_selon_names_its_own_source(text: str, speaker: str | None) -> None:
    (quote,) = find_quotes(text, "fr", entities_of(text, ("Marie Curie", "PER")))
    assert quote.speaker == speaker


def test_two_quotes_in_one_sentence_share_the_speaker_named_after_the_second() -> None:
    text = (
        "« C’est un grand défi » pour les gouvernements, et cela demande « beaucoup de moyens et un appui "
        "international », souligne Matshidiso Moeti."
    )
    quotes = find_quotes(text, "fr", entities_of(text, ("Matshidiso Moeti", "MISC")))
    assert [q.speaker for q in quotes] == ["Matshidiso Moeti", "Matshidiso Moeti"]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        # "il" passes over the woman named last (a feminine noun in apposition says she is one).
        (
            "fr",
            "Le maire Paul Martin a visité l'école. Il a croisé Anne Petit, chercheuse au CNRS. "
            "« Nous allons reconstruire ce bâtiment très vite », a-t-il assuré.",
            "Paul Martin",
        ),
        # "she": the woman the article took up with "she" before, not the man named since.
        (
            "en",
            "Mary Jones waited at the airport for hours. She met John Smith there, and he had no news. "
            "“We were stuck with no help at all,” she said.",
            "Mary Jones",
        ),
        # Title and Spanish determiner: "la directora" is a woman.
        (
            "es",
            "La directora del hospital, Ana Ruiz, recibió al ministro Luis Gómez. "
            "«Necesitamos más camas para los enfermos», dijo ella.",
            "Ana Ruiz",
        ),
    ],
)
def test_a_gendered_pronoun_passes_over_people_of_the_other_gender(language: str, text: str, speaker: str) -> None:
    names = ("Paul Martin", "Anne Petit", "Mary Jones", "John Smith", "Ana Ruiz", "Luis Gómez")
    entities = entities_of(text, *((n, "PER") for n in names))
    (quote,) = [q for q in find_quotes(text, language, entities) if q.kind == "direct"]
    assert quote.speaker == speaker


def test_unknown_gender_keeps_the_person_named_last() -> None:
    # Nothing says who is a man or a woman: the person named last stays in focus.
    text = "Paul Martin a visité l'école avec Camille Petit. « Nous allons reconstruire ce bâtiment », a-t-elle dit."
    entities = entities_of(text, ("Paul Martin", "PER"), ("Camille Petit", "PER"))
    (quote,) = find_quotes(text, "fr", entities)
    assert quote.speaker == "Camille Petit"


def test_no_person_of_the_pronouns_gender_leaves_the_speaker_unknown() -> None:
    text = "Le ministre Paul Martin a visité l'usine. « Nous allons reconstruire ce bâtiment », a-t-elle dit."
    (quote,) = find_quotes(text, "fr", entities_of(text, ("Paul Martin", "PER")))
    assert quote.speaker is None


def test_selon_with_a_pronoun_is_not_the_subject_of_the_clause() -> None:
    text = (
        "« La situation est grave », a expliqué Sandra Roy, chercheuse au CERI. "
        "Paul Martin est éprouvé par la « longueur de la détention dans cette prison », selon elle."
    )
    entities = entities_of(text, ("Sandra Roy", "PER"), ("Paul Martin", "PER"))
    quotes = find_quotes(text, "fr", entities)
    assert [q.speaker for q in quotes] == ["Sandra Roy", "Sandra Roy"]


def test_a_full_stop_after_an_acronym_ends_the_sentence() -> None:
    # "ASEAN." ends a sentence: the cue of the sentence before is not this quote's.
    text = (
        "Le Vietnam affirme son rôle au sein de l'ASEAN. Après la réunion, “les ministres se retrouveront à "
        "Hanoï pour une nouvelle session de travail en mars”."
    )
    (quote,) = find_quotes(text, "fr", entities_of(text, ("ASEAN", "ORG")))
    assert (quote.cue, quote.speaker) == (None, None)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The designer called his new autumn collection “Be a poem for everyone”, said Anna Smith."),
        ("es", 'El diseñador llamado su colección de otoño "Sé un poema para todos", dijo Anna Smith.'),
        ("fr", "À lire aussi « Les chercheurs sont des otages du régime iranien »\n\nAnna Smith a parlé."),
        ("de", "Lesen Sie auch: „Die Regierung plant neue Regeln für alle Schulen“\nAnna Smith sagte nichts."),
    ],
)
def test_titles_and_links_to_other_articles_are_not_quotations(language: str, text: str) -> None:
    quotes = find_quotes(text, language, entities_of(text, ("Anna Smith", "PER")))
    assert [q for q in quotes if q.kind == "direct"] == []


def test_called_for_still_introduces_a_quotation() -> None:
    text = "Anna Smith called for “a complete and total shutdown of the border right now”."
    (quote,) = find_quotes(text, "en", entities_of(text, ("Anna Smith", "PER")))
    assert quote.text.startswith("a complete")


def test_on_aurait_dit_is_no_reported_speech() -> None:
    text = "On aurait dit que la nature prenait sa revanche sur les hommes. Marie Roy a dit que la crise passerait."
    quotes = find_quotes(text, "fr", entities_of(text, ("Marie Roy", "PER")))
    assert [(q.text, q.speaker) for q in quotes] == [("la crise passerait", "Marie Roy")]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        ("en", "“We will win this match on Sunday,” beamed Ann Lee after training.", "Ann Lee"),
        (
            "es",
            'El Papa Francisco habló. "Las mujeres son una fuente de vida," considerado el sumo pontífice en misa.',
            "Papa Francisco",
        ),
    ],
)
def test_a_comma_closed_quote_is_attributed_by_the_name_or_role_after_it(
    language: str, text: str, speaker: str
) -> None:
    entities = entities_of(text, ("Ann Lee", "PER"), ("Papa Francisco", "PER"))
    (quote,) = find_quotes(text, language, entities)
    assert (quote.speaker, quote.cue) == (speaker, None)


def test_a_comma_closed_quote_without_a_name_or_role_after_it_stays_unknown() -> None:
    text = (
        "Ann Lee and Bob Ray left early. “We will win this match on Sunday and every other one,” a banner read "
        "near the gate."
    )
    (quote,) = find_quotes(text, "en", entities_of(text, ("Ann Lee", "PER"), ("Bob Ray", "PER")))
    assert quote.speaker is None


def test_a_short_fragment_without_a_cue_does_not_continue_the_last_quote() -> None:
    text = (
        "« Je ne suis pas sûr que ce soit utile », précise Paul Martin. En cas d'examen, l'élève pourra le "
        "repasser plus tard « dans les mêmes conditions »."
    )
    quotes = find_quotes(text, "fr", entities_of(text, ("Paul Martin", "PER")))
    assert [q.speaker for q in quotes] == ["Paul Martin"]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        ("en", "Ann Lee opened the meeting, saying “we have never seen a crisis like this one”.", "Ann Lee"),
        ("es", "Ana Ruiz abrió la reunión diciendo: «Nunca vimos una crisis así».", "Ana Ruiz"),
        ("fr", "Anne Roy a ouvert la séance en affirmant « nous n'avons jamais vu une telle crise ».", "Anne Roy"),
        # A gerund whose clause names no one: the quote is kept (it is introduced), its speaker unknown.
        ("es", "Un cartel se abrió en la pasarela diciendo: «Estoy diciendo que sí a reciclar».", None),
    ],
)
def test_gerunds_of_saying_introduce_quotes(language: str, text: str, speaker: str | None) -> None:
    names = ("Ann Lee", "Ana Ruiz", "Anne Roy")
    (quote,) = [q for q in find_quotes(text, language, entities_of(text, *((n, "PER") for n in names)))]
    assert quote.kind == "direct"
    assert quote.speaker == speaker


def test_two_apostrophes_quote_in_turkish() -> None:
    text = "Ayhan Çamok, ihtiyaçları karşıladıklarını belirterek, ''Sevdikleri için evde kalsınlar'' dedi."
    (quote,) = find_quotes(text, "tr", entities_of(text, ("Ayhan Çamok", "PER")))
    assert (quote.text, quote.speaker) == ("Sevdikleri için evde kalsınlar", "Ayhan Çamok")


def test_reported_speech_of_they_is_a_group() -> None:
    text = "Ann Lee chairs the board. They wrote to the chairman, saying that the plan would fail within a year."
    (quote,) = find_quotes(text, "en", entities_of(text, ("Ann Lee", "PER")))
    assert (quote.kind, quote.speaker) == ("indirect", None)


def test_a_quotation_over_several_paragraphs_is_one_speakers() -> None:
    text = (
        'Ann Lee said: "The year was good for the force.\n\n'
        '"We recruited many officers and will recruit more.\n\n'
        '"This year will be another good one for everybody here."\n\n'
        "The meeting ended at noon."
    )
    quotes = find_quotes(text, "en", entities_of(text, ("Ann Lee", "PER")))
    assert [(q.text, q.speaker) for q in quotes] == [
        ("The year was good for the force.", "Ann Lee"),
        ("We recruited many officers and will recruit more.", "Ann Lee"),
        ("This year will be another good one for everybody here.", "Ann Lee"),
    ]


def test_a_multi_paragraph_quotation_mixing_marks_over_a_line_of_page_furniture_is_one_speakers() -> None:
    # Scraped pages mix “ and " within one quotation and leave "Advertising" between its paragraphs.
    text = (
        "Resident Ann Lee said: “Our neighbours thought it was fireworks because of a loud bang.\n\n"
        "Advertising\n\n"
        "“The only thing I can say is that the ambulance response was amazing.\n\n"
        '"They really tried to save her for twenty minutes.\n\n'
        "“I don’t understand how it happened.”\n\n"
        "Taped off\n\n"
        "The road was closed for hours."
    )
    quotes = find_quotes(text, "en", entities_of(text, ("Ann Lee", "PER")))
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Our neighbours thought it was fireworks because of a loud bang.", "Ann Lee"),
        ("The only thing I can say is that the ambulance response was amazing.", "Ann Lee"),
        ("They really tried to save her for twenty minutes.", "Ann Lee"),
        ("I don’t understand how it happened.", "Ann Lee"),
    ]


def test_a_speaker_named_at_the_end_of_a_multi_paragraph_quotation_speaks_all_of_it() -> None:
    text = (
        "Nobody expected it.\n\n«Fue un año muy bueno para todos nosotros.\n\n"
        "«Y el próximo será mejor todavía», dijo Ana Ruiz."
    )
    quotes = find_quotes(text, "es", entities_of(text, ("Ana Ruiz", "PER")))
    assert [q.speaker for q in quotes] == ["Ana Ruiz", "Ana Ruiz"]


def test_a_quotation_cut_off_by_the_end_of_the_text() -> None:
    text = "“It is a hard time for all of us,” said Ann Lee. “The support has been amazing."
    quotes = find_quotes(text, "en", entities_of(text, ("Ann Lee", "PER")))
    assert speakers(quotes) == [
        ("It is a hard time for all of us", "Ann Lee"),
        ("The support has been amazing.", "Ann Lee"),
    ]


def test_a_quotation_cut_off_where_the_next_one_opens_after_writing() -> None:
    text = (
        "Ann Lee began the year with a rhyme, writing, “Of his lies we had plenty "
        "“Next year will be better,” Bob Hart wrote."
    )
    quotes = find_quotes(text, "en", entities_of(text, ("Ann Lee", "PER"), ("Bob Hart", "PER")))
    assert speakers(quotes) == [("Of his lies we had plenty", "Ann Lee"), ("Next year will be better", "Bob Hart")]


@pytest.mark.parametrize(
    "text",
    [
        # A lower-case fragment woven into the writer's sentence closes within it.
        "Ann Lee spoke of « plus de pouvoir que jamais dans toute son histoire récente",
        # Cut off after several sentences: a mark lost where a scraper joined two texts.
        "Ann Lee said “We will win. The company also plans to donate money. Joss is available online now",
        # German „...“: “ closes quotations there, it opens none.
        "„Wir schaffen das“, sagte Anna Lang. Dann ging sie. “ Ein Satz ohne Ende, der weiter und weiter geht",
        # Opened mid-paragraph and cut by the next quote, but not announced as speech.
        "Ann Lee spoke. “We chatted about it early on “But it was too late for us all,” she said.",
    ],
)
def test_unclosed_marks_that_open_no_quotation(text: str) -> None:
    names = entities_of(text, ("Ann Lee", "PER"), ("Anna Lang", "PER"))
    quotes = find_quotes(text, "fr" if "«" in text else "de" if "„" in text else "en", names)
    assert [q.text for q in quotes if q.text.startswith(("The year", "plus", "We ", "Ein"))] == []


def test_closing_and_opening_marks_between_two_quotes_are_no_reversed_pair() -> None:
    text = (
        "Selon le comité, il a été convoqué par 'la section qui fait peur à tous les détenus'». "
        "«Ils estiment être confrontés à une 'procédure longue' qui 'peut durer'». "
        "Le procès «ne présentera aucune garantie», s'inquiète Jean Bayart."
    )
    quotes = find_quotes(text, "fr", entities_of(text, ("Jean Bayart", "PER")))
    assert "Ils estiment être confrontés à une 'procédure longue' qui 'peut durer'" in [q.text for q in quotes]
    assert ("ne présentera aucune garantie", "Jean Bayart") in speakers(quotes)


def test_a_plural_cue_is_said_by_the_organisation_described_beside_it() -> None:
    text = (
        "La Plataforma Feminista Lanzarote pide un local. Ana Ruiz la apoya. Es un punto de encuentro, "
        "cuentan desde la plataforma. «Con este espacio el Cabildo haría un gran gesto», insisten."
    )
    ents = entities_of(text, ("Plataforma Feminista Lanzarote", "ORG"), ("Ana Ruiz", "PER"))
    (quote,) = find_quotes(text, "es", ents)
    assert quote.speaker == "Plataforma Feminista Lanzarote"


def test_a_plural_cue_without_a_described_organisation_is_nobody_sure() -> None:
    text = "Ana Ruiz visitó el barrio. «Con este espacio el Cabildo haría un gran gesto», insisten."
    (quote,) = find_quotes(text, "es", entities_of(text, ("Ana Ruiz", "PER")))
    assert (quote.speaker, quote.cue) == (None, "insisten")
    # The singular verb still points to the person in focus.
    text = text.replace("insisten", "insiste")
    (quote,) = find_quotes(text, "es", entities_of(text, ("Ana Ruiz", "PER")))
    assert quote.speaker == "Ana Ruiz"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "„Wir müssen lernen“, sagte Werner Kogler.\n\nEr habe die Hoffnung, dass investiert werde, "
            '"das hat sehr viel mit Umweltschutz zu tun".',
            "Werner Kogler",
        ),
        (
            "Werner Kogler sprach am Montag.\n\nZudem sei er sicher, dass es klappe, "
            '"das wird eine lange und sehr harte Zeit für alle".',
            "Werner Kogler",
        ),
        # Indicative mood: the writer's own sentence, no reported speech.
        (
            "Werner Kogler sprach am Montag.\n\nEr hat die Hoffnung verloren, "
            '"das wird eine lange und sehr harte Zeit für alle".',
            None,
        ),
    ],
)
def test_german_konjunktiv_goes_on_with_the_person_in_focus(text: str, speaker: str | None) -> None:
    quotes = find_quotes(text, "de", entities_of(text, ("Werner Kogler", "PER")))
    assert quotes[-1].speaker == speaker


def test_a_second_reported_verb_after_a_conjunction_shares_the_first_ones_subject() -> None:
    text = "Matt Stone dijo que quería hablar con Marvin Jones, pero reconoció que estaba orgulloso del equipo."
    quotes = find_quotes(text, "es", entities_of(text, ("Matt Stone", "PER"), ("Marvin Jones", "PER")))
    assert [(q.text, q.speaker) for q in quotes] == [
        ("quería hablar con Marvin Jones", "Matt Stone"),
        ("estaba orgulloso del equipo", "Matt Stone"),
    ]
    # Without a conjunction the second verb has its own subject.
    text = "Matt Stone dijo que quería ganar. Marvin Jones reconoció que estaba orgulloso del equipo."
    quotes = find_quotes(text, "es", entities_of(text, ("Matt Stone", "PER"), ("Marvin Jones", "PER")))
    assert [q.speaker for q in quotes] == ["Matt Stone", "Marvin Jones"]


def test_a_cue_less_quote_belongs_to_the_person_its_sentence_opens_on() -> None:
    text = (
        "Critics spent the day attacking Donald Trump. Director Rob Reiner, for example, wished for a year "
        "that “does not include a liar occupying the house of the people”."
    )
    (quote,) = find_quotes(text, "en", entities_of(text, ("Donald Trump", "PER"), ("Rob Reiner", "PER")))
    assert quote.speaker == "Rob Reiner"


def test_a_person_deeper_in_the_sentence_is_no_cue_less_quotes_speaker() -> None:
    text = (
        "The critics, a loud crowd, kept dumping on Donald Trump and wishing for a year "
        "that “does not include a liar occupying the house of the people”. More followed later."
    )
    quotes = find_quotes(text, "en", entities_of(text, ("Donald Trump", "PER"), ("Ann Lee", "PER")))
    assert [q.speaker for q in quotes if q.kind == "direct"] in ([None], ["Donald Trump"])
    # With a second person in the paragraph the paragraph rule gives nothing either.
    text = "Ann Lee came. " + text
    quotes = find_quotes(text, "en", entities_of(text, ("Donald Trump", "PER"), ("Ann Lee", "PER")))
    assert [q.speaker for q in quotes if q.kind == "direct"] == [None]


def test_the_thread_of_a_quote_breaks_at_another_persons_sentence_or_the_writers_own() -> None:
    names = (("Ann Lee", "PER"), ("Rob Reiner", "PER"), ("Bob Hart", "PER"))
    # Another person opens a sentence between the quotes: the first speaker does not go on.
    text = (
        "“We will win the vote in May,” said Ann Lee on Monday. Rob Reiner wished for a year "
        "“with nothing of that sort in it for anybody at all”."
    )
    assert [q.speaker for q in find_quotes(text, "en", entities_of(text, *names))] == ["Ann Lee", "Rob Reiner"]
    # The writer's own sentence between them: the second quote is nobody's sure.
    text = (
        "Ann Lee praised “the old films of the forties”, “Laura” and Bob Hart's westerns, with a hero who gets lost."
        " “In the end he is caught in a whirl of events he does not control at all.”"
    )
    quotes = find_quotes(text, "en", entities_of(text, *names))
    assert quotes[-1].speaker is None
    # "“A,” she said. “B.”": the sentence between them is the first quote's attribution; she goes on.
    text = "“We will win the vote in May,” said Ann Lee on Monday. “Nobody can stop us now.”"
    assert [q.speaker for q in find_quotes(text, "en", entities_of(text, *names))] == ["Ann Lee", "Ann Lee"]


def test_a_curly_opener_closed_by_a_straight_mark_is_a_quote() -> None:
    text = '“So everyone who wants to help is welcome, even if you only make one a day," Anna Lagae said.'
    quotes = find_quotes(text, "en", entities_of(text, ("Anna Lagae", "PER")))
    assert [(q.text, q.speaker) for q in quotes] == [
        ("So everyone who wants to help is welcome, even if you only make one a day", "Anna Lagae")
    ]
    # With a proper closer further on, the curly pair is the quote and the straight mark stays inside it.
    text = '“The sign said "closed" all week, and nobody came by,” Anna Lagae said.'
    quotes = find_quotes(text, "en", entities_of(text, ("Anna Lagae", "PER")))
    assert [q.text for q in quotes] == ['The sign said "closed" all week, and nobody came by']


def test_a_straight_opener_closed_by_a_curly_mark_is_a_quote() -> None:
    text = 'As Anna Lagae put it, "This is not a concert but a time to pray together.” She will sing alone.'
    quotes = find_quotes(text, "en", entities_of(text, ("Anna Lagae", "PER")))
    assert [(q.text, q.speaker, q.cue) for q in quotes] == [
        ("This is not a concert but a time to pray together.", "Anna Lagae", "put it")
    ]


def test_a_statement_reading_introduces_its_words() -> None:
    text = "Zentec Labs released a statement on Wednesday reading, “We confirm that the plant will open in May.”"
    quotes = find_quotes(text, "en", entities_of(text, ("Zentec Labs", "ORG")))
    assert [(q.speaker, q.cue) for q in quotes] == [("Zentec Labs", "reading")]


def test_a_cue_less_quote_belongs_to_the_sentence_subject_though_the_sentence_names_someone_after_it() -> None:
    text = (
        "Bürgermeister Michael Müller (SPD) schätzte Harry Kupfer für seine Erfolge: "
        "„Seine Arbeit war bahnbrechend und ein Vorbild für viele Kollegen.“"
    )
    names = (("Michael Müller", "PER"), ("Harry Kupfer", "PER"))
    (quote,) = find_quotes(text, "de", entities_of(text, *names))
    assert quote.speaker == "Michael Müller"


def test_a_given_names_gender_resolves_a_pronoun_the_article_gives_no_other_clue_for() -> None:
    text = (
        "Thomas Berger leitet die Schule mit Manuela Schätzler. "
        "„Wir haben alles gut vorbereitet für den ersten Tag“, sagte er am Montag."
    )
    names = (("Thomas Berger", "PER"), ("Manuela Schätzler", "PER"))
    (quote,) = find_quotes(text, "de", entities_of(text, *names))
    assert quote.speaker == "Thomas Berger"  # "er" after her name is one hint; her given name outweighs it


def test_a_medium_named_after_a_preposition_and_its_noun_is_spoken_to_not_speaking() -> None:
    text = (
        "Die Polizei schloss am Dienstag das Fitnesscenter von Anton Obelist. "
        '"Das hat mich sehr überrascht", sagt der Besitzer der Kette zur Regionalstation Tele M1.'
    )
    (quote,) = find_quotes(text, "de", entities_of(text, ("Anton Obelist", "PER"), ("Tele M1", "ORG")))
    assert quote.speaker == "Anton Obelist"
    text = "« Nous restons prudents », a déclaré Paul Petit au quotidien Le Parisien."
    (quote,) = find_quotes(text, "fr", entities_of(text, ("Paul Petit", "PER"), ("Le Parisien", "ORG")))
    assert quote.speaker == "Paul Petit"


def test_an_organisation_whose_name_opens_on_a_role_is_the_role_holder_speaking() -> None:
    text = (
        "El lunes, el Ministro de Salud, Rossana Chahla, habló con la prensa. "
        "El Ministro de Salud Pública afirmó: «Lo más importante es la vigilancia epidemiológica de los casos»."
    )
    names = (("Rossana Chahla", "PER"), ("Ministro de Salud Pública", "ORG"))
    (quote,) = find_quotes(text, "es", entities_of(text, *names))
    assert quote.speaker == "Rossana Chahla"


def test_spanish_perfect_tenses_of_saying_are_cues() -> None:
    text = (
        "El sindicato CSIF ha pedido una reforma de la ley. "
        "“La legislación sindical actual deja sin representación a muchos ciudadanos”, ha denunciado el sindicato."
    )
    (quote,) = find_quotes(text, "es", entities_of(text, ("CSIF", "ORG")))
    assert quote.cue == "ha denunciado"
    assert quote.speaker == "CSIF"
    text = "“No aceptaremos este acuerdo en ningún caso”, han advertido los representantes de los trabajadores."
    (quote,) = find_quotes(text, "es", ())
    assert quote.cue == "han advertido"
    assert quote.speaker is None  # a plural verb: a group speaks, not one person


def test_an_attribution_between_typed_hyphens_inside_the_marks_names_the_speaker() -> None:
    text = (
        "Donald Trump pochwalił w środę powrót Joe Bidena. "
        '"To świetny zwrot, niesamowity powrót - powiedział Trump - Joe ma teraz najłatwiejszy sposób."'
    )
    (quote,) = find_quotes(text, "pl", entities_of(text, ("Donald Trump", "PER"), ("Trump", "PER")))
    assert quote.speaker in ("Donald Trump", "Trump")
    assert quote.cue == "powiedział"


def test_a_role_tagged_as_a_name_means_the_person_named_with_that_role() -> None:
    text = (
        "“El uso de máscaras es obligatorio”, dijo el presidente hondureño, Juan Orlando Hernández. "
        "El Presidente destacó que el “uso de una máscara, incluso casera, puede prevenir contagios”."
    )
    names = (("Juan Orlando Hernández", "PER"), ("Presidente", "PER"))
    quotes = find_quotes(text, "es", entities_of(text, *names))
    assert [q.speaker for q in quotes] == ["Juan Orlando Hernández", "Juan Orlando Hernández"]
    # Nobody named holds the role: the tagged word stays the speaker.
    text = "El Papa destacó que el “uso de una máscara, incluso casera, puede prevenir contagios”."
    (quote,) = find_quotes(text, "es", entities_of(text, ("Papa", "PER")))
    assert quote.speaker == "Papa"


def test_polish_roles_and_their_complements_point_to_the_person_holding_them() -> None:
    text = (
        "„Wszystkim życzę zdrowia i zbawienia” – powiedział abp Stanisław Gądecki, Przewodniczący Episkopatu Polski. "
        "„Niech wszędzie prowadzi Was Miłość, czyli Chrystus” – dodaje. Przewodniczący Episkopatu Polski "
        "podjął refleksję nad mijającym czasem."
    )
    # The tagger takes the role for a person's name, as it often does for capitalised Polish titles.
    names = (("Stanisław Gądecki", "PER"), ("Przewodniczący Episkopatu Polski", "PER"))
    quotes = find_quotes(text, "pl", entities_of(text, *names))
    assert [q.speaker for q in quotes] == ["Stanisław Gądecki", "Stanisław Gądecki"]
    # A role before a name names that person, whoever else holds the role.
    text = (
        "Minister zdrowia Adam Niedzielski mówił o szczepieniach. "
        "„Sytuacja jest bardzo poważna w całym kraju” – powiedział Minister Jan Kowalski."
    )
    names = (("Adam Niedzielski", "PER"), ("Minister Jan Kowalski", "PER"))
    (quote,) = find_quotes(text, "pl", entities_of(text, *names))
    assert quote.speaker == "Minister Jan Kowalski"


def test_a_title_cased_phrase_in_marks_is_a_title_not_a_quote() -> None:
    text = "The magazine said the cover was pulled over her link to the “White Lives Matter” slogan, the editor said."
    assert [q.text for q in find_quotes(text, "en", ()) if q.kind == "direct"] == []
    text = "Le genre comprend « Woman Without Conscience » de Billy Wilder, a dit le critique Paul Martin."
    assert find_quotes(text, "fr", entities_of(text, ("Paul Martin", "PER"))) == ()
    # A sentence, German nouns and a subheading in capitals stay quotes.
    text = "“We Will Win.” said Ann Lee. Merkel sprach von einem „Hybrid Warfare“, sagte sie."
    assert [q.text for q in find_quotes(text, "en", ())][:1] == ["We Will Win."]
    text = "Merkel sprach im Bundestag von einem „Hybrid Warfare der Russen“, sagte sie am Mittwoch."
    assert [q.text for q in find_quotes(text, "de", entities_of(text, ("Merkel", "PER")))] == [
        "Hybrid Warfare der Russen"
    ]


def test_a_turkish_statement_made_by_someone_names_its_source_in_the_ablative() -> None:
    text = (
        "İngiltere Başbakanı Boris Johnson yoğun bakımdan çıktı. Başbakanlık’tan yapılan açıklamada, "
        '"Başbakan, bu akşam yoğun bakımdan odaya alındı ve yakından takip edilecek." ifadelerine yer verildi.'
    )
    (quote,) = find_quotes(text, "tr", entities_of(text, ("Boris Johnson", "PER")))
    assert quote.speaker == "Başbakanlık"
    # A common noun takes its ending without an apostrophe: no name, and an impersonal cue names nobody.
    text = 'Kulüpten yapılan açıklamada, "Bir oyuncumuzda yeni tip virüs bulgularına rastlanmıştır" denildi.'
    (quote,) = find_quotes(text, "tr", ())
    assert quote.speaker is None
    # ... unless the article named the body by that noun before ("Fenerbahçe Kulübü" for "Kulüpten").
    text = "Fenerbahçe Kulübü oyuncularını test için topladı. " + text
    (quote,) = find_quotes(text, "tr", entities_of(text, ("Fenerbahçe Kulübü", "ORG")))
    assert quote.speaker == "Fenerbahçe Kulübü"


def test_a_sentence_opening_on_a_lone_given_name_gives_its_cue_less_quote_a_speaker() -> None:
    text = (
        "Sendikacı Mehmet Yılmaz işçilerin kaygılı olduğunu anlattı. Ahmet “Bizde önlemlerin tam alındığını "
        "söyleyemeyiz. Ellerinde termal kamera olduğunu söyledikleri bir şeyle işçileri kontrol ettiler.”"
    )
    (quote,) = find_quotes(text, "tr", entities_of(text, ("Ahmet", "PER"), ("Mehmet Yılmaz", "PER")))
    assert quote.speaker == "Ahmet"


def test_the_first_sentence_of_a_quote_whose_closing_mark_was_lost_is_kept_when_someone_speaks_it() -> None:
    text = (
        "“We have seen the government crack down on teachers,” Jimmy Sham told the crowd. "
        "“This is about all of us, and we won't give up the fight. Copyright 2020 RFA. Published with permission"
    )
    quotes = find_quotes(text, "en", entities_of(text, ("Jimmy Sham", "PER")))
    assert [(q.text, q.speaker) for q in quotes][1:] == [
        ("This is about all of us, and we won't give up the fight.", "Jimmy Sham")
    ]
    # Left open before a paragraph of prose: the first sentence is still the quotation "said:" announces.
    text = 'Ann Lee said: "The year was good for the force.\n\nThe meeting ended at noon after a long debate.'
    quotes = find_quotes(text, "en", entities_of(text, ("Ann Lee", "PER")))
    assert speakers(quotes) == [("The year was good for the force.", "Ann Lee")]
    # An unnamed speaker's verb of saying still announces it.
    text = "A spokesman told reporters: “Celltrion plans to build a plant in China. The plant will open soon"
    assert [(q.text, q.speaker) for q in find_quotes(text, "en", ())] == [
        ("Celltrion plans to build a plant in China.", None)
    ]
    # Nobody said to speak it: the lost mark may as well swallow the writer's prose.
    text = (
        "The storm moved east. “This is about all of us, and we won't give up the fight. "
        "Copyright 2020 RFA. Published with permission"
    )
    assert find_quotes(text, "en", ()) == ()


def test_a_quote_of_someone_the_article_leaves_unnamed_has_no_speaker() -> None:
    names = (("Tom Hagen", "PER"), ("Celltrion", "ORG"))
    text = "Von der Frau fehlt jede Spur. Ein Freund von Tom Hagen sagte dem Blatt: „Das ist völlig unwirklich.“"
    (quote,) = find_quotes(text, "de", entities_of(text, *names))
    assert quote.speaker is None
    text = (
        "Celltrion has confirmed it will build a plant in China. “We will build the plant within two years "
        "and hire local staff,” said a company spokesman."
    )
    quotes = find_quotes(text, "en", entities_of(text, *names))
    assert [q.speaker for q in quotes if q.kind == "direct"] == [None]
    # The named person's friend is unnamed; the named person himself still speaks for himself.
    text = "Tom Hagen sagte dem Blatt: „Das ist völlig unwirklich und macht mich sprachlos.“"
    (quote,) = find_quotes(text, "de", entities_of(text, *names))
    assert quote.speaker == "Tom Hagen"


@pytest.mark.parametrize(
    "attribution",
    [
        "Ikhsan Asaad, an official of state firm PLN, said.",
        "said a spokesman for the firm, Ikhsan Asaad.",
        "a spokesman, Ikhsan Asaad, said.",
    ],
)
def test_a_description_apposed_to_a_name_leaves_the_name_speaking(attribution: str) -> None:
    text = f"Power was cut. “We have shut down power to avoid more electrical shocks,” {attribution}"
    quotes = find_quotes(text, "en", entities_of(text, ("Ikhsan Asaad", "PER")))
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", "Ikhsan Asaad")]


def test_a_description_alone_before_the_verb_stays_unnamed() -> None:
    text = "Ikhsan Asaad left. “We have shut down power to avoid more electrical shocks,” an official said."
    quotes = find_quotes(text, "en", entities_of(text, ("Ikhsan Asaad", "PER")))
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", None)]


def test_a_role_nobody_was_given_before_is_someone_unnamed_not_the_person_in_focus() -> None:
    text = (
        "Derrick Graham was arrested on Monday after the robbery. “Told me to open it, take everything out and "
        "rushed me,” the store manager said."
    )
    quotes = find_quotes(text, "en", entities_of(text, ("Derrick Graham", "PER")))
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", None)]
    # Someone given the role before is the one it names.
    text = (
        "Ann Lee, the store manager, saw Derrick Graham at the counter. “He told me to open it and take everything "
        "out,” the store manager said."
    )
    quotes = find_quotes(text, "en", entities_of(text, ("Ann Lee", "PER"), ("Derrick Graham", "PER")))
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", "Ann Lee")]


def test_a_resident_described_by_a_long_street_name_stays_unnamed() -> None:
    text = "Taped off. One Pye Green Road resident said: “We heard lots of fireworks going off and a loud noise.”"
    # Even where the tagger takes the street for a person, "one ... resident" is someone unnamed.
    quotes = find_quotes(text, "en", entities_of(text, ("Pye Green Road", "PER")))
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", None)]


def test_a_caption_is_said_by_the_one_who_wrote_it() -> None:
    text = (
        "Nehha Pendse took to Instagram and posted a picture. “Because it’s the last single girl kiss,” "
        "she captioned the post."
    )
    quotes = find_quotes(text, "en", entities_of(text, ("Nehha Pendse", "PER"), ("Instagram", "ORG")))
    assert [(q.cue, q.speaker) for q in quotes] == [("captioned", "Nehha Pendse")]


def test_in_his_words_attributes_the_quote_after_it() -> None:
    text = "Pastor Enoch Adeboye called on Nigerians to pray. In his words, “sin is becoming more rampant.”"
    quotes = find_quotes(text, "en", entities_of(text, ("Enoch Adeboye", "PER")))
    assert [(q.text, q.speaker) for q in quotes] == [("sin is becoming more rampant.", "Enoch Adeboye")]


def test_a_site_name_after_a_title_bar_is_no_speaker() -> None:
    text = "Christ ‘became a human being, not a man,’ leading German prelate says | News Headlines\nMore news"
    quotes = find_quotes(text, "en", entities_of(text, ("News Headlines", "ORG")))
    assert [(q.text, q.speaker) for q in quotes] == [("became a human being, not a man", None)]


def test_the_united_states_is_no_verb_of_saying() -> None:
    text = (
        "Kim Jong-un left the door open for talks, but only if the United States “rolls back its hostile "
        "policy towards the DPRK” and helps build peace."
    )
    quotes = find_quotes(text, "en", entities_of(text, ("Kim Jong-un", "PER"), ("United States", "LOC")))
    assert all(q.cue != "States" for q in quotes)
    text = "The report states: “Prices will rise again next year in most of the regions we looked at.”"
    assert [q.cue for q in find_quotes(text, "en", ())] == ["states"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # A straight opener closed by a guillemet, then a quote «of one style»: two quotes, not »reversed« marks.
        (
            'Pérez Carcedo añadió que el Consistorio "lleva años sin presentar el informe» y añadió que '
            "«lleva años incumpliendo la ley», señaló Pérez Carcedo.",
            "es",
            ["lleva años sin presentar el informe", "lleva años incumpliendo la ley"],
        ),
        # A guillemet closed by a straight mark.
        (
            'Thomas Weber sagte: «Weitere Maßnahmen werden wir erst im Mai beschließen" und ging.',
            "de",
            ["Weitere Maßnahmen werden wir erst im Mai beschließen"],
        ),
        # Marks facing the other way round, as some Arabic pages set them; the words between two
        # such quotes are no quotation.
        (
            "وقال نوبخت في تصريحات نقلتها وكالة ”ايسنا“ المحلية، إن ”هذا الرقم يمثل ثلاثة أضعاف ما شهده المترو“.",
            "ar",
            ["هذا الرقم يمثل ثلاثة أضعاف ما شهده المترو"],
        ),
        # Windows-1252 marks read as control characters.
        (
            "Anna Lagae said: \x93We will open the school again next week.\x94",
            "en",
            ["We will open the school again next week."],
        ),
    ],
)
def test_marks_of_two_styles_or_facing_outwards_still_delimit_a_quote(
    text: str, language: str, expected: list[str]
) -> None:
    assert [q.text for q in find_quotes(text, language) if q.kind == "direct"] == expected


def test_reversed_guillemets_are_read_in_a_text_that_uses_no_others() -> None:
    text = "Der Minister sprach von »einer ernsten Lage für alle Betriebe im Land«, sagte Thomas Weber."
    quotes = find_quotes(text, "de", entities_of(text, ("Thomas Weber", "PER")))
    assert [(q.text, q.speaker) for q in quotes] == [("einer ernsten Lage für alle Betriebe im Land", "Thomas Weber")]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ('Anna Lagae told the Israeli newspaper "Haaretz" that the talks had failed.', "en", "Anna Lagae"),
        ("Jean Bayart a déclaré à la chaîne « Franceinfo » que tout allait bien.", "fr", "Jean Bayart"),
        ('ونقلت صحيفة "ذا ديلي ستار" اللبنانية، عن الوزير أحمد صلاح، قوله إن الوضع مستقر.', "ar", "أحمد صلاح"),
    ],
)
def test_a_short_name_in_marks_after_the_noun_for_its_kind_is_no_quote(text: str, language: str, name: str) -> None:
    quotes = find_quotes(text, language, entities_of(text, (name, "PER")))
    assert [q.text for q in quotes if q.kind == "direct"] == []


def test_a_partial_quote_or_a_sentence_after_such_a_noun_is_still_a_quote() -> None:
    text = 'Anna Lagae said the show was "a total disaster" for the town.'
    quotes = find_quotes(text, "en", entities_of(text, ("Anna Lagae", "PER")))
    assert ("a total disaster", "Anna Lagae") in speakers(quotes)
    text = "Ein Freund von Tom Hagen sagte dem Blatt: „Das ist völlig unwirklich.“"
    assert [q.text for q in find_quotes(text, "de")] == ["Das ist völlig unwirklich."]


def test_an_arabic_surname_set_in_marks_after_the_verb_is_the_speaker_not_a_quote() -> None:
    text = (
        "قال الإعلامي تامر أمين إن الإعلام مهم.\n\n"
        'وأضاف "أمين"، خلال حديثه مع الإعلامية إيناس الدغيدي، إن أداء المذيعين "في كتير مش إعلاميين أساسًا".'
    )
    names = entities_of(text, ("تامر أمين", "PER"), ("إيناس الدغيدي", "PER"))
    quotes = find_quotes(text, "ar", names)
    assert "أمين" not in [q.text for q in quotes]
    assert ("في كتير مش إعلاميين أساسًا", "تامر أمين") in speakers(quotes)


def test_arabic_verbs_of_replying_and_commenting_introduce_quotes() -> None:
    text = 'وسألها المذيع عن رأيها، فردت إيناس الدغيدي: "ممكن أقول اسم واحد فقط في هذا البرنامج".'
    quotes = find_quotes(text, "ar", entities_of(text, ("إيناس الدغيدي", "PER")))
    assert [q.speaker for q in quotes] == ["إيناس الدغيدي"]
    assert quotes[0].cue is not None


def test_an_arabic_medium_after_a_preposition_is_no_speaker() -> None:
    # "He pointed out in tweets on Twitter that ...": the platform after على is where, not who.
    text = 'وأشار الوزير في تغريدات على تويتر إلى أن "الأسلحة الإيرانية تهدد أمن المنطقة كلها".'
    (quote,) = find_quotes(text, "ar", entities_of(text, ("تويتر", "ORG")))
    assert quote.speaker is None


@pytest.mark.parametrize("lead", ["şöyle devam etti", "sözlerini şöyle tamamladı", "sözlerini noktaladı"])
def test_turkish_going_on_as_follows_is_a_verb_of_saying(lead: str) -> None:
    text = f'Türk Kızılay Genel Başkanı Kerem Kınık, {lead}:\n\n"Gençleri kan bağışına davet ediyoruz."'
    (quote,) = find_quotes(text, "tr", entities_of(text, ("Kerem Kınık", "PER")))
    assert (quote.speaker, quote.cue) == ("Kerem Kınık", lead)


def test_an_arabic_quote_going_on_after_a_lead_in_is_the_subjects_not_a_complements() -> None:
    # "Sobhi said he met the federation headed by Amr El-Ganainy. He went on: «...»": the one heading the
    # federation is named as a complement, and "استكمل" (went on) is a verb of saying.
    text = (
        "ذكر أشرف صبحي أنه عقد اجتماعات مع اتحاد الكرة برئاسة عمرو الجنايني.\n\n"
        'واستكمل: "هناك رغبة أكيدة من الدولة لعودة النشاط الرياضي".'
    )
    names = (("أشرف صبحي", "PER"), ("عمرو الجنايني", "PER"))
    quotes = find_quotes(text, "ar", entities_of(text, *names))
    assert [(q.speaker, q.cue) for q in quotes] == [("أشرف صبحي", "واستكمل")]


def test_german_summing_up_and_church_roles_point_to_the_person_named_before() -> None:
    text = (
        "Pfarrer Markus Schmid predigte am Sonntag über die Familie. "
        "„Kinder sind die Menschen, die das nächste Jahrzehnt besser machen“, fasste der Pfarrer zusammen."
    )
    quotes = find_quotes(text, "de", entities_of(text, ("Markus Schmid", "PER")))
    assert [(q.speaker, q.cue) for q in quotes] == [("Markus Schmid", "fasste")]


def test_what_follows_que_after_the_verb_is_content_not_another_speaker() -> None:
    text = (
        "El concejal Rubén Pérez Carcedo pide al gobierno que aclare "
        '"los motivos por los que no se atendió la solicitud de la auditoría" y asegura que su grupo exigirá '
        "explicaciones."
    )
    quotes = find_quotes(text, "es", entities_of(text, ("Rubén Pérez Carcedo", "PER")))
    assert ("los motivos por los que no se atendió la solicitud de la auditoría", "Rubén Pérez Carcedo") in speakers(
        quotes
    )


def test_a_closing_straight_mark_glued_to_the_next_sentence_still_closes_the_quote() -> None:
    text = 'Der Minister Mevlüt Cavusoglu klagte: "Wir haben noch immer nichts bekommen."Merkel reist am Freitag.'
    quotes = find_quotes(text, "de", entities_of(text, ("Mevlüt Cavusoglu", "PER"), ("Merkel", "PER")))
    assert [(q.text, q.speaker) for q in quotes] == [("Wir haben noch immer nichts bekommen.", "Mevlüt Cavusoglu")]
    # Glued to a lower-case word, the mark may be an inch sign or a typo: no quote is read across it.
    assert find_quotes('It measured 3.5"wide and "narrow" deep.', "en") == ()


def test_turkish_verbs_of_telling_and_announcing_attribute_quotes() -> None:
    text = 'Ünlü popçu Murat Dalkılıç evde günlerinin nasıl geçtiğini anlattı: "Sabah uyandığımda spor yapıyorum."'
    quotes = find_quotes(text, "tr", entities_of(text, ("Murat Dalkılıç", "PER")))
    assert [(q.speaker, q.cue) for q in quotes] == [("Murat Dalkılıç", "anlattı")]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("«Fue un año muy difícil para todos», relató Ana Ruiz en la radio.", "es", "Ana Ruiz"),
        ("“We will rebuild the bridge by May,” Anna Lagae pledged on Monday.", "en", "Anna Lagae"),
    ],
)
def test_verbs_of_telling_and_pledging_attribute_quotes(text: str, language: str, name: str) -> None:
    quotes = find_quotes(text, language, entities_of(text, (name, "PER")))
    assert [q.speaker for q in quotes] == [name]
    assert quotes[0].cue is not None


def test_a_conjunction_after_the_verb_names_no_other_speaker() -> None:
    text = (
        "Gary Hunziker dijo que tenía pocos detalles sobre la muerte de su hermana. "
        "Después dijo, pero «no importan las circunstancias: se trata de la muerte de una hermana»."
    )
    quotes = find_quotes(text, "es", entities_of(text, ("Gary Hunziker", "PER")))
    assert ("no importan las circunstancias: se trata de la muerte de una hermana", "Gary Hunziker") in speakers(quotes)


def test_a_source_preposition_before_a_role_points_to_the_person_in_focus() -> None:
    text = (
        "« Nous travaillons sur ce sujet depuis un mois », indique Gabriel Attal. Des cours ont déjà "
        "« un peu commencé dans plusieurs pays », selon le secrétaire d'État."
    )
    quotes = find_quotes(text, "fr", entities_of(text, ("Gabriel Attal", "PER")))
    assert ("un peu commencé dans plusieurs pays", "Gabriel Attal") in speakers(quotes)


def test_polish_verbs_of_wishing_and_summing_up_close_a_dash_quote() -> None:
    text = "Niech ten nowy rok będzie dla wszystkich szczęśliwy – życzy abp Stanisław Gądecki."
    quotes = find_quotes(text, "pl", entities_of(text, ("Stanisław Gądecki", "PER")))
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Niech ten nowy rok będzie dla wszystkich szczęśliwy", "Stanisław Gądecki")
    ]


def test_a_quote_whose_opening_mark_was_lost_ends_at_a_closing_mark_that_a_verb_follows() -> None:
    text = (
        "Stores will open at noon. Wisconsin will become  the votes are there in the Senate "
        "that don’t want it or the Assembly,” Tony Evers said. “Let’s vote and see.”"
    )
    quotes = find_quotes(text, "en", entities_of(text, ("Tony Evers", "PER")))
    assert ("the votes are there in the Senate that don’t want it or the Assembly", "Tony Evers") in speakers(quotes)
    # Without a verb of saying right after it, a lone closing mark opens nothing.
    assert find_quotes("Stores will open at noon and close at six,” the sign read on Monday.", "en") == ()


def test_a_lost_opening_mark_before_a_spaced_french_closing_mark() -> None:
    # French sets its closing guillemet after a space: it closes a quotation as a glued mark does.
    text = (
        "La collecte est prévue jeudi.  Nous avons sauvé trois vies avec chaque don », a précisé le docteur Perrichon."
    )
    quotes = find_quotes(text, "fr", entities_of(text, ("Perrichon", "PER")))
    assert speakers(quotes) == [("Nous avons sauvé trois vies avec chaque don", "Perrichon")]


def test_a_turkish_subject_before_a_converb_and_its_quote_speaks_and_words_after_the_verb_name_nobody() -> None:
    text = (
        "Olaylar yaşatan 23 yaşındaki D.K. bu seferde gazetecilere yöneldi. D.K. telefonla gazetecileri "
        'çekerek, "İşte bunlar böyle bedavadan para kazanan insanlar" diyerek hakaret etmeye başladı.'
    )
    quotes = find_quotes(text, "tr", find_entities(text, "tr"))
    assert [(q.text, q.speaker) for q in quotes] == [("İşte bunlar böyle bedavadan para kazanan insanlar", "D.K.")]


@pytest.mark.parametrize(
    ("language", "text", "cue"),
    [
        ("en", "“My mouth is definitely on fire,” gushed Ann Lee at the stand.", "gushed"),
        ("en", "“Not a chance,” Ann Lee shot back on Tuesday.", "shot back"),
        ("es", "“Muchas gracias, Miami”, exclamó Ann Lee ante el público.", "exclamó"),
    ],
)
def test_manners_of_saying_tag_a_quote(language: str, text: str, cue: str) -> None:
    (quote,) = find_quotes(text, language, entities_of(text, ("Ann Lee", "PER")))
    assert (quote.speaker, quote.cue) == ("Ann Lee", cue)


def test_a_role_word_inside_an_organisations_name_does_not_make_it_a_role() -> None:
    text = (
        "Officer Ann Lee was placed on leave.\n\n"
        "Prince George’s County Police said in a statement Monday that the dog had attacked two officers."
    )
    entities = entities_of(text, ("Ann Lee", "PER"), ("Prince George’s County Police", "ORG"))
    (quote,) = find_quotes(text, "en", entities)
    assert (quote.text, quote.speaker) == ("the dog had attacked two officers", "Prince George’s County Police")


def test_a_role_before_an_organisations_name_points_to_the_person_who_holds_it() -> None:
    text = (
        "“Estuvimos de acuerdo”, dijo Werner Kogler. "
        "Por su parte, el líder de Los Verdes expresó que ambas fuerzas asumen la responsabilidad del país."
    )
    entities = entities_of(text, ("Werner Kogler", "PER"), ("Verdes", "ORG"))
    quotes = find_quotes(text, "es", entities)
    assert ("ambas fuerzas asumen la responsabilidad del país", "Werner Kogler") in speakers(quotes)


def test_a_plural_verb_after_the_clause_with_named_sources_gives_the_first_of_them() -> None:
    text = (
        "Le conflit dure. Le trafic sera normal lundi sur toutes les lignes, ont annoncé dimanche la SNCF et la RATP."
    )
    entities = entities_of(text, ("SNCF", "ORG"), ("RATP", "ORG"))
    assert speakers(find_quotes(text, "fr", entities)) == [
        ("Le trafic sera normal lundi sur toutes les lignes", "SNCF")
    ]
    unnamed = "Le conflit dure. Le trafic sera normal lundi sur toutes les lignes, ont annoncé les syndicats."
    assert all(q.speaker is None for q in find_quotes(unnamed, "fr", ()))


def test_a_weekday_after_the_verb_of_saying_is_no_speaker() -> None:
    text = "Turkey may hold off on sending troops to Libya if the fighting stops, the vice president said Wednesday."
    assert all(q.speaker != "Wednesday" for q in find_quotes(text, "en", ()))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El cantante Ann Lee llegó a Miami. “Muchas gracias, Miami, gracias”, exclamó el músico emocionado."),
    ],
)
def test_a_musician_or_artist_named_before_speaks_through_the_role(language: str, text: str) -> None:
    (quote,) = find_quotes(text, language, entities_of(text, ("Ann Lee", "PER")))
    assert quote.speaker == "Ann Lee"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            'Anna Rossi è arrivata ieri. "Gli immigrati non hanno documenti validi", ha affermato oggi in una nota.',
            "it",
        ),
        ('Ana Ruiz llegó ayer. "Los inmigrantes no tienen documentos válidos", dijo en un comunicado.', "es"),
    ],
)
def test_where_a_subjectless_verb_was_said_names_nobody_else(text: str, language: str) -> None:
    # "in una nota", "en un comunicado": the channel, not an inverted subject; the verb points to the person in focus.
    name = "Anna Rossi" if language == "it" else "Ana Ruiz"
    quotes = find_quotes(text, language, entities_of(text, (name, "PER")))
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", name)]


def test_the_one_spoken_to_or_about_in_chinese_is_no_speaker() -> None:
    # 对 (towards, against) and 告诉 (told) put the person acted on after them: not who speaks.
    text = (
        "缅因州共和党参议员苏珊柯林斯表示，她愿意传唤证人，作为参议院对唐纳德特朗普总统弹劾审判的一部分，"
        "但她表示现在做出决定还“为时过早”。"
    )
    quotes = find_quotes(text, "zh", entities_of(text, ("苏珊柯林斯", "PER"), ("唐纳德特朗普", "PER")))
    assert [(q.text, q.speaker) for q in quotes] == [("为时过早", "苏珊柯林斯")]


def test_a_chinese_quote_ending_its_sentence_takes_no_verb_from_the_story_going_on() -> None:
    # After "。”" a long sentence is the story going on: its 表示 is someone else's statement.
    text = (
        "参议员柯林斯周一在接受采访时说：“在我看来，预先判断证据是不合适的。”"
        "参议员宣誓在弹劾期间伸张正义，见证了特朗普的弹劾审判，但他表示他并不急于寻求新的证词。"
    )
    names = (("柯林斯", "PER"), ("特朗普", "PER"))
    (quote,) = find_quotes(text, "zh", entities_of(text, *names))
    assert (quote.speaker, quote.cue) == ("柯林斯", "说")
    # A short sentence of its own after the quote is its attribution.
    text = "外交部长王毅周三会见了记者。“我们愿意同各方加强合作，共同应对挑战。”王毅说。"
    (quote,) = find_quotes(text, "zh", entities_of(text, ("王毅", "PER")))
    assert (quote.speaker, quote.cue) == ("王毅", "说")


def test_a_chinese_verb_after_a_comma_goes_on_with_the_sentences_subject() -> None:
    # 西达拉迈亚 criticised 莫迪, "saying" ...: the verb after the comma has the subject of the sentence.
    text = "前首席部长西达拉迈亚周三批评总理纳伦德拉·莫迪，称“火车票价上涨是中央政府的新年礼物”。"
    names = (("西达拉迈亚", "PER"), ("纳伦德拉·莫迪", "PER"))
    (quote,) = find_quotes(text, "zh", entities_of(text, *names))
    assert (quote.speaker, quote.cue) == ("西达拉迈亚", "称")
    # Without the comma the name next to the verb is its subject.
    text = "记者采访了西达拉迈亚。纳伦德拉·莫迪表示：“火车票价不会上涨。”"
    (quote,) = find_quotes(text, "zh", entities_of(text, *names))
    assert quote.speaker == "纳伦德拉·莫迪"


def test_a_one_or_two_word_quote_followed_by_its_verb_of_saying_is_a_quote() -> None:
    text = "Gary Hunziker habló con la prensa local. “Quedamos impactados”, dijo Hunziker el martes."
    quotes = find_quotes(text, "es", entities_of(text, ("Gary Hunziker", "PER"), ("Hunziker", "PER")))
    assert [(q.text, q.speaker in ("Gary Hunziker", "Hunziker")) for q in quotes] == [("Quedamos impactados", True)]
    text = 'Officials asked Anna Smith about the deal. "Never," she said.'
    quotes = find_quotes(text, "en", entities_of(text, ("Anna Smith", "PER")))
    # The comma inside the marks is punctuation of the attribution, not of the quoted word.
    assert [(q.text, q.speaker) for q in quotes] == [("Never", "Anna Smith")]


def test_a_short_quoted_word_before_a_verb_that_reports_a_clause_is_no_quote() -> None:
    # "podkreślił, że …" reports the clause after it; the quoted word before belongs to the writer.
    text = "Zestawiając czas chronologiczny z czasem „biblijnym”, podkreślił, że Bóg wkroczył w historię."
    assert [q.kind for q in find_quotes(text, "pl", ()) if q.text == "biblijnym"] == []
    # Without a verb of saying after it, a short quoted word stays out.
    text = "Fani nazywali go „Bolek” od lat."
    assert find_quotes(text, "pl", ()) == ()


def test_an_italian_imperfect_verb_of_saying_attributes_the_quote_after_it() -> None:
    text = 'Sto pensando al clima. Mia zia Martha diceva: "Prendiamo tutto ciò che viene". Com\'è vero.'
    quotes = find_quotes(text, "it", entities_of(text, ("Martha", "PER")))
    assert [(q.text, q.speaker, q.cue) for q in quotes] == [("Prendiamo tutto ciò che viene", "Martha", "diceva")]


def test_an_italian_plural_verb_of_saying_is_no_single_persons_attribution() -> None:
    text = (
        'Anna Rossi ha parlato ieri con i vicini. "Non abbiamo più acqua da una settimana intera", dicono i residenti.'
    )
    quotes = find_quotes(text, "it", entities_of(text, ("Anna Rossi", "PER")))
    assert [(q.text, q.speaker) for q in quotes] == [("Non abbiamo più acqua da una settimana intera", None)]


def test_an_organ_or_body_saying_something_is_the_organisation_named_before() -> None:
    text = (
        "El Congreso de Veracruz votó el jueves la destitución del fiscal general. "
        '"Por incumplimiento de los requisitos de ingreso, la destitución procede", dijo el órgano en un comunicado.'
    )
    quotes = find_quotes(text, "es", entities_of(text, ("Congreso de Veracruz", "ORG")))
    assert [q.speaker for q in quotes] == ["Congreso de Veracruz"]


_IT_SAID = (
    "The Department of Health announced new rules on Monday. Dr Alana Lens, a doctor in Leeds, welcomed them.\n\n"
    '"We will act fast to protect patients," it said.\n\n'
    "It said that the measures would last until March.\n\n"
    "The measures will cost two million pounds, it said in a statement."
)


def test_it_as_the_subject_of_a_verb_of_saying_is_the_organisation_in_focus_not_a_person() -> None:
    entities = entities_of(_IT_SAID, ("Department of Health", "ORG"), ("Alana Lens", "PER"))
    quotes = find_quotes(_IT_SAID, "en", entities)
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [
        ("We will act fast to protect patients", "direct", "Department of Health"),
        ("the measures would last until March", "indirect", "Department of Health"),
        ("The measures will cost two million pounds", "indirect", "Department of Health"),
    ]


def test_it_with_no_organisation_named_before_is_nobody_rather_than_the_person_in_focus() -> None:
    text = _IT_SAID.replace("The Department of Health announced new rules on Monday. ", "")
    quotes = find_quotes(text, "en", entities_of(text, ("Alana Lens", "PER")))
    assert [q.speaker for q in quotes if q.kind == "direct"] == [None]
    assert "Alana Lens" not in {q.speaker for q in quotes}


def test_a_website_named_by_its_address_reports_the_clause() -> None:
    text = (
        "A website called tuoitrenews.vn reported that two women died when flames engulfed the house.\n\n"
        "The guest list included several stars of the show, reports timesofindia.com. It rained later."
    )
    quotes = find_quotes(text, "en", [])
    assert [(q.kind, q.speaker) for q in quotes] == [("indirect", "tuoitrenews.vn"), ("indirect", "timesofindia.com")]


def test_an_email_address_before_a_verb_of_saying_is_no_website_speaking() -> None:
    text = "Readers who wrote to desk@example.com said that the bridge had been closed for a week."
    assert all(q.speaker != "example.com" for q in find_quotes(text, "en", []))


def test_a_complement_after_a_subjectless_verb_names_no_speaker() -> None:
    text = (
        "Danielle Brooks ha un nuovo progetto. Ha anche pubblicato un video della coppia che balla. "
        "Brooks ha accolto il suo primo figlio a novembre. "
        '"Quando un capitolo finisce, ne inizia un altro", scrisse all\'epoca.'
    )
    assert [q.speaker for q in find_quotes(text, "it", find_entities(text, "it"))] == ["Danielle Brooks"]
    spanish = 'Ana López presentó el plan. "Vamos a ganar", dijo en la rueda de prensa del lunes.'
    assert [q.speaker for q in find_quotes(spanish, "es", entities_of(spanish, ("Ana López", "PER")))] == ["Ana López"]


def test_a_turkish_message_shared_or_posted_is_a_quote_of_its_sender() -> None:
    text = (
        'Hâkim Ayşe Sarısu Pehlivan Twitter hesabından destek verdi. Yine aynı gün "Ölüm adın kalleş olsun" '
        'mesajını paylaşmıştı. Pehlivan, 3 Mayıs günü ise "türküler hiç kimseye zarar vermez" iletisini atmıştı.'
    )
    quotes = find_quotes(text, "tr", entities_of(text, ("Ayşe Sarısu Pehlivan", "PER"), ("Pehlivan", "PER")))
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Ölüm adın kalleş olsun", "Ayşe Sarısu Pehlivan"),
        ("türküler hiç kimseye zarar vermez", "Pehlivan"),
    ]


def test_a_quotation_running_over_paragraphs_without_marks_between_is_one_quote_per_paragraph() -> None:
    text = (
        "Bakan Fahrettin Koca açıklama yaptı. Koca, şunları söyledi:\n"
        "“Vaka sayımız bugün biraz düştü ve bu bizi umutlandırıyor.\n"
        "Ancak tedbirlere uymaya devam etmeliyiz, aksi halde salgın yeniden yükselir.\n"
        "Herkesin evde kalmasını rica ediyorum.”\n"
        "Açıklama sona erdi."
    )
    quotes = find_quotes(text, "tr", entities_of(text, ("Fahrettin Koca", "PER")))
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Vaka sayımız bugün biraz düştü ve bu bizi umutlandırıyor.", "Fahrettin Koca"),
        ("Ancak tedbirlere uymaya devam etmeliyiz, aksi halde salgın yeniden yükselir.", "Fahrettin Koca"),
        ("Herkesin evde kalmasını rica ediyorum.", "Fahrettin Koca"),
    ]


def test_paragraphs_after_a_lost_closing_mark_are_not_read_as_a_quotation_nobody_speaks() -> None:
    text = (
        "Olay dün yaşandı.\n"
        "“Vaka sayımız bugün biraz düştü ve bu bizi umutlandırıyor.\n"
        "Ancak yetkililer tedbirlere uyulması gerektiğini hatırlattı.\n"
        "Yeni kurallar pazartesi başlıyor.”\n"
        "Açıklama sona erdi."
    )
    assert find_quotes(text, "tr", entities_of(text)) == ()


def test_a_later_paragraph_opening_another_quotation_does_not_close_an_unclosed_one() -> None:
    text = (
        'Bakan Koca, sözlerini şöyle sürdürdü: "Ziyaretimizin amacı belli, desteğimizi vurgulamak istedik.\n'
        'Bakan Mevlüt Çavuşoğlu, ziyaretin memnuniyet yarattığını belirterek "Her şey yolunda" dedi.'
    )
    quotes = find_quotes(text, "tr", entities_of(text, ("Mevlüt Çavuşoğlu", "PER"), ("Koca", "PER")))
    assert "Bakan Mevlüt Çavuşoğlu, ziyaretin memnuniyet yarattığını belirterek" not in [q.text for q in quotes]


def test_a_family_name_written_first_and_alone_after_the_verb_is_that_persons() -> None:
    text = (
        "Lo ha annunciato il presidente Seo Jung-jin. “Siamo nella fase finale della firma di un contratto con il "
        "governo cinese”, ha detto Seo mercoledì durante la conferenza annuale di JP Morgan Healthcare."
    )
    found = entities_of(text, ("Seo Jung-jin", "PER"), ("JP Morgan Healthcare", "PER"))
    assert [q.speaker for q in find_quotes(text, "it", found)] == ["Seo Jung-jin"]


def test_a_persons_first_word_elsewhere_than_after_a_verb_of_saying_is_not_that_person() -> None:
    text = (
        "Il sindaco Gemlik Aydın ha parlato ieri. “La città è pronta per le elezioni di domani”, ha detto il "
        "portavoce di Gemlik, Mehmet Kaya."
    )
    found = entities_of(text, ("Gemlik Aydın", "PER"), ("Mehmet Kaya", "PER"))
    assert [q.speaker for q in find_quotes(text, "it", found)] == ["Mehmet Kaya"]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "«Los análisis de las últimas horas fueron negativos», afirmó el gobierno en un comunicado.",
            "es",
            "gobierno",
        ),
        ('"We will not stop until we find him," the fire department said on Monday.', "en", "fire department"),
        ("La préfecture a déclaré : « Nous ne lâcherons rien face aux trafiquants. »", "fr", "préfecture"),
    ],
)
def test_a_direct_quote_of_an_institution_named_only_by_its_description(text: str, language: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text, language, find_entities(text, language))] == [speaker]


def test_a_german_role_compound_is_held_by_the_person_it_named() -> None:
    text = (
        "Bundeskanzlerin Angela Merkel und Vizekanzler Olaf Scholz trafen sich. Man müsse etwas für den "
        "Zusammenhalt tun, sagte die Kanzlerin, und «an die Zukunft denken»."
    )
    found = find_quotes(text, "de", entities_of(text, ("Angela Merkel", "PER"), ("Olaf Scholz", "PER")))
    assert {q.speaker for q in found} == {"Angela Merkel"}


@pytest.mark.parametrize(
    ("text", "language", "names", "speaker"),
    [
        (
            "Die Teilnehmer seien sich einig gewesen, sagte Bersets Sprecher Peter Lauener telefonisch der SDA.",
            "de",
            ("Bersets", "Peter Lauener"),
            "Peter Lauener",
        ),
        (
            "The talks will resume on Monday in Geneva, said Trump's spokesman Hogan Gidley.",
            "en",
            ("Trump", "Hogan Gidley"),
            "Hogan Gidley",
        ),
    ],
)
def test_the_aide_named_after_a_possessor_and_a_role_speaks(
    text: str, language: str, names: tuple[str, str], speaker: str
) -> None:
    found = find_quotes(text, language, entities_of(text, *((name, "PER") for name in names)))
    assert [q.speaker for q in found] == [speaker]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Greta Thunberg musste absagen. Ihre Pressesprecherin hatte erklärt, Thunberg sei krank und bleibe daheim.",
            "de",
        ),
        ("Greta Thunberg had to cancel. Her spokeswoman said that Thunberg was ill and would stay at home.", "en"),
        ("Drei Verletzte bei einem Brand in der Garage am Mittwochmorgen, sagte ein Polizeisprecher.", "de"),
    ],
)
def test_an_aide_or_spokesman_the_article_leaves_unnamed_stays_unknown(text: str, language: str) -> None:
    found = find_quotes(text, language, entities_of(text, ("Greta Thunberg", "PER"), ("Thunberg", "PER")))
    assert [q.speaker for q in found] == [None]


def test_a_turkish_role_opening_the_sentence_is_its_subject() -> None:
    text = (
        "Denizlispor Teknik Direktörü Mehmet Özdilek basın toplantısında konuştu. Deneyimli teknik direktör, "
        'Galatasaray karşısında oyundan hiç kopmadıklarını belirterek, "Bu müsabakaları oynamak kolay değil." dedi.'
    )
    found = find_quotes(text, "tr", entities_of(text, ("Mehmet Özdilek", "PER"), ("Galatasaray", "ORG")))
    assert [q.speaker for q in found] == ["Mehmet Özdilek"]


def test_a_turkish_subject_with_an_initial_before_the_quote_speaks() -> None:
    text = 'Mahkemede savunma yapan Ahmet Demir ile Osman K., "Söz konusu şahıs bizim arkadaşımızdır." dedi.'
    found = find_quotes(text, "tr", entities_of(text, ("Ahmet Demir", "PER"), ("Osman K", "PER")))
    assert [q.speaker for q in found] == ["Osman K"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Mayank Pareek, presidente di Tata Motors (Unità Veicoli Passeggeri), ha dichiarato: "
            '"Il nostro obiettivo a dicembre è stato ridurre al minimo le scorte".',
            "it",
        ),
        (
            "Mayank Pareek, president of Tata Motors (Passenger Vehicles Unit), said: "
            '"Our goal in December was to keep the stocks as low as we could".',
            "en",
        ),
    ],
)
def test_an_apposition_opening_on_a_bare_role_describes_the_speaker_before_it(text: str, language: str) -> None:
    # The rules tag the unit's name a person (a run of capitalised words): it is nearer the verb.
    names = (("Mayank Pareek", "PER"), ("Tata Motors", "ORG"), ("Unità Veicoli Passeggeri", "PER"))
    names += (("Passenger Vehicles Unit", "PER"),)
    found = find_quotes(text, language, entities_of(text, *names))
    assert [q.speaker for q in found] == ["Mayank Pareek"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Il Tesoro completerà presto il suo ultimo giro di regole", ha riportato il Times.', "Times"),
        (
            'Sherry Gay-Dagnogo vuole sapere chi ha demolito la casa. "È un buco nel terreno", '
            "ha detto al Detroit Free Press.",
            "Sherry Gay-Dagnogo",
        ),
    ],
)
def test_italian_reporting_verbs_and_the_one_spoken_to_after_the_verb(text: str, speaker: str) -> None:
    found = find_quotes(
        text, "it", entities_of(text, ("Times", "ORG"), ("Sherry Gay-Dagnogo", "PER"), ("Detroit Free Press", "ORG"))
    )
    assert [q.speaker for q in found] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "– To trochę déjà vu, niektóre stany są wyjątkowe – powiedział na antenie TVP prof. Waldemar Gontarski.",
            "Waldemar Gontarski",
        ),
        (
            "Minister nie przytoczył na to żadnych dowodów – zauważył ekspert ds. stosunków międzynarodowych "
            "Igor Nikołajczuk.",
            "Igor Nikołajczuk",
        ),
    ],
)
def test_a_lower_case_abbreviation_before_the_speakers_name_ends_no_sentence(text: str, speaker: str) -> None:
    names = (("Waldemar Gontarski", "PER"), ("Igor Nikołajczuk", "PER"), ("TVP", "ORG"))
    assert [q.speaker for q in find_quotes(text, "pl", entities_of(text, *names))] == [speaker]


def test_a_pronoun_beside_the_verb_beats_an_organisation_in_a_complement() -> None:
    text = (
        "Joe Root scored 40 on Friday. The England captain has slipped outside the top 10 of "
        'the ICC\'s batting rankings and admits he "played two horrendous shots" in the first Test.'
    )
    ents = entities_of(text, ("Joe Root", "PER"), ("England", "LOC"), ("ICC", "ORG"))
    assert speakers(find_quotes(text, "en", ents)) == [("played two horrendous shots", "Joe Root")]
    # Without a pronoun, the organisation in the complement may be the source: "the statement of X says".
    text = 'A statement of the FIFA says "the match will be replayed next week".'
    ents = entities_of(text, ("FIFA", "ORG"))
    assert speakers(find_quotes(text, "en", ents)) == [("the match will be replayed next week", "FIFA")]


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        # An institution by its description, between "wie" and the verb.
        (
            "Der Mann sei schwer verletzt worden, wie die Staatsanwaltschaft am Mittwoch mitteilte.",
            "Der Mann sei schwer verletzt worden",
            "Staatsanwaltschaft",
        ),
        # A fronted source with no comma before the clause, the article in the lead.
        (
            "Nach Angaben der Staatsanwaltschaft wurde der Mann schwer verletzt.",
            "wurde der Mann schwer verletzt",
            "Staatsanwaltschaft",
        ),
        # The police by their bare noun: nobody in particular, as "officials" are.
        (
            "Der Mann sei schwer verletzt worden, wie die Polizei am Mittwoch mitteilte.",
            "Der Mann sei schwer verletzt worden",
            None,
        ),
        # A short reported clause.
        ("Die Lage sei ernst, sagte Jens Spahn.", "Die Lage sei ernst", "Jens Spahn"),
    ],
)
def test_german_reported_clauses_of_institutions_and_short_clauses(text: str, clause: str, speaker: str | None) -> None:
    quotes = find_quotes(text, "de", find_entities(text, "de"))
    assert [(q.text, q.speaker, q.kind) for q in quotes] == [(clause, speaker, "indirect")]


def test_a_fronted_source_that_is_no_institution_reports_nothing() -> None:
    assert find_quotes("Nach Angaben der Behörden wurde niemand verletzt.", "de", ()) == ()


def test_a_quoted_subheading_in_capitals_quotes_the_speaker_of_its_section() -> None:
    text = (
        "Ankara'da toplantı yapıldı.\n\n"
        '"HAREKAT PLANLANDIĞI GİBİ SÜRÜYOR"\n\n'
        'Milli Savunma Bakanı Hulusi Akar, "Harekat planlandığı gibi devam ediyor, hedeflerimize ulaşıyoruz" dedi.'
    )
    assert ("HAREKAT PLANLANDIĞI GİBİ SÜRÜYOR", "Hulusi Akar") in speakers_in(text, "tr")
    # No quote follows: the person the next paragraph names with a verb of saying.
    text = (
        "Vaka sayısı yine arttı.\n\n"
        '"R DEĞERİ DÜŞÜK KALMALI"\n\n'
        "Almanya Şansölyesi Angela Merkel, daha önce değerin düşük kalması gerektiğini açıklamıştı."
    )
    assert ("R DEĞERİ DÜŞÜK KALMALI", "Angela Merkel") in speakers_in(text, "tr")
    # Nobody named with a verb of saying after it: a quote of someone unnamed.
    text = (
        "Evsizler parkta kalıyor.\n\n‘DIŞARI ÇIKMAM YASAK’\n\nGenç bir evsiz, ailesinin yanına dönemediğini anlatıyor."
    )
    assert speakers_in(text, "tr") == [("DIŞARI ÇIKMAM YASAK", None)]
    # Capitals inside a sentence are no subheading.
    text = 'Taraftarlar maç boyunca "HAYDİ ÇOCUKLAR" diye bağırdı ve takımı destekledi.'
    assert speakers_in(text, "tr") == []


def test_a_subheading_glued_between_two_sentences_by_the_scrape_is_still_one() -> None:
    text = (
        "Turhan, evde kalınması gerektiğini bildirdi.'KORONAVİRÜS ALACAĞIMIZ HİÇBİR TEDBİRDEN GÜÇLÜ DEĞİLDİR'"
        'Bakan Mehmet Cahit Turhan, şunları söyledi: "Evde kalın, sağlıklı kalın."'
    )
    found = speakers_in(text, "tr")
    assert ("KORONAVİRÜS ALACAĞIMIZ HİÇBİR TEDBİRDEN GÜÇLÜ DEĞİLDİR", "Mehmet Cahit Turhan") in found
    # Lower-case words inside, or no sentence end before the mark: an apostrophe, no subheading.
    text = "Bakan Turhan'ın açıklaması.'Türkiye güçlü'Bakan dedi ki yeni bir dönem başlıyor ve herkes evde kalmalı."
    assert all(quote != "Türkiye güçlü" for quote, _ in speakers_in(text, "tr"))


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            '"Bu süreç çok önemli bir adımdır" diyen Mehmet Özhaseki, toplantıdan ayrıldı.',
            "Bu süreç çok önemli bir adımdır",
            "Mehmet Özhaseki",
        ),
        (
            '"Sağlık her şeyden önce gelir" ifadelerini kullanan Mehmet Kasapoğlu, kulüplere teşekkür etti.',
            "Sağlık her şeyden önce gelir",
            "Mehmet Kasapoğlu",
        ),
        # A role noun as the participle's head: the person the article gave the role.
        (
            'Bakan Mehmet Kasapoğlu dün konuştu. "Sağlık her şeyden önce gelir" diyen Bakan, kulüplere teşekkür etti.',
            "Sağlık her şeyden önce gelir",
            "Mehmet Kasapoğlu",
        ),
    ],
)
def test_a_turkish_participle_right_after_a_quote_attributes_it(text: str, quote: str, speaker: str) -> None:
    assert (quote, speaker) in speakers_in(text, "tr")


def test_a_turkish_participle_further_on_attributes_no_earlier_quote() -> None:
    # The hospitals' answer is no words of the mother, whose participle closes the clause.
    text = (
        "Anne Gülsüm Özçelik konuştu. Gittikleri hastanelerde 'Biz bu hastaya bakamayız' cevabı alıp "
        "yıkıldıklarını belirten Özçelik, çaresiz kaldıklarını anlattı."
    )
    quotes = find_quotes(text, "tr", find_entities(text, "tr"))
    assert all(q.speaker is None for q in quotes if q.text == "Biz bu hastaya bakamayız")


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "Pedro Sánchez ha asegurado en una entrevista con El País que convocará elecciones en otoño.",
            "convocará elecciones en otoño",
        ),
        ("Pedro Sánchez insistió en que la pandemia no ha terminado.", "la pandemia no ha terminado"),
        (
            "Pedro Sánchez ha advertido de que la pandemia no ha terminado todavía.",
            "la pandemia no ha terminado todavía",
        ),
    ],
)
def test_spanish_reported_clause_after_the_interviewer_or_the_verbs_preposition(text: str, clause: str) -> None:
    quotes = find_quotes(text, "es", entities_of(text, ("Pedro Sánchez", "PER"), ("El País", "ORG")))
    assert [(q.text, q.speaker, q.kind) for q in quotes] == [(clause, "Pedro Sánchez", "indirect")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            'Thomas Samson ha scattato la foto. "La Commissione sta lavorando a tutti i livelli per monitorare la '
            'situazione", ha affermato una portavoce della Commissione.',
            "it",
        ),
        (
            'Il ministro Roberto Speranza era presente. "La situazione è sotto controllo", ha detto un funzionario.',
            "it",
        ),
        (
            "Bakan Mehmet Özhaseki de toplantıya katıldı. "
            'Bir bakanlık yetkilisi, "Çalışmalar planlandığı gibi sürüyor" dedi.',
            "tr",
        ),
        (
            "Ebru Yiğit fabrikaları gezdi. Bir işçi, “Virüs bizi öldürmezse bile yorgunluk öldürecek” diyor.",
            "tr",
        ),
        (
            "Hatice Doğan okulları gezdi. Bir başka anne ise, “İki ay evde tutmak çok zor oldu bizim için” diyor.",
            "tr",
        ),
    ],
)
def test_italian_and_turkish_unnamed_speakers_stay_unknown(text: str, language: str) -> None:
    quotes = find_quotes(text, language, find_entities(text, language))
    assert quotes
    assert all(q.speaker is None for q in quotes)


def test_an_italian_statement_read_impersonally_is_its_organisations() -> None:
    text = (
        "Il rimpatrio inizierà mercoledì, ha annunciato martedì la Commissione europea. "
        '"In questa fase, solo i cittadini sani saranno autorizzati a viaggiare", si legge nella dichiarazione, '
        "aggiungendo che il Centro di risposta alle emergenze era in contatto con il governo."
    )
    quotes = find_quotes(text, "it", find_entities(text, "it"))
    assert [(q.speaker, q.cue) for q in quotes] == [("European Commission", "si legge")]
    # Read on a sign, the words are nobody's named.
    text = 'Il medico Mario Rossi è arrivato. "Solo i cittadini sani potranno entrare", si legge sul cartello.'
    assert [q.speaker for q in find_quotes(text, "it", find_entities(text, "it"))] == [None]


def test_a_platform_named_after_a_preposition_is_no_medium_spoken_to() -> None:
    text = "„Sytuacja jest bardzo poważna” – napisał na Twitterze Łukasz Szumowski."
    quotes = find_quotes(text, "pl", entities_of(text, ("Twitterze", "ORG"), ("Łukasz Szumowski", "PER")))
    assert speakers(quotes) == [("Sytuacja jest bardzo poważna", "Łukasz Szumowski")]
    # A medium's common noun before the name still makes it the one spoken to, not the speaker.
    text = "„Sytuacja jest bardzo poważna” – powiedział w rozmowie na informacjach TVP minister."
    quotes = find_quotes(text, "pl", entities_of(text, ("TVP", "ORG")))
    assert [q.speaker for q in quotes] == [None]


def test_turkish_words_after_an_announcing_colon_are_a_quote_without_marks() -> None:
    text = (
        "İçişleri Bakanı Süleyman Soylu, yaptığı açıklamada şöyle konuştu: Tedbirler sıkı biçimde uygulanacak. "
        "Kimse evinden çıkmamalı.\n\n"
        "Bakan Fahrettin Koca da toplantıda şunları söyledi:\n\n"
        "* 185 ülkede 8 milyara yakın insan endişe içinde. Hastalığa karşı elimizde güçlü bir koz var.\n\n"
        "* Mücadelemiz kararlılıkla devam edecek ve herkes kurallara uyacak.\n\n"
        "Koca daha sonra hastaneyi ziyaret etti.\n\n"
        "Genelgede yer alan bazı maddeler şöyle:\n\n"
        "* Cenazeler kısa sürede defnedilecek ve taziyeler evde kabul edilmeyecek.\n\n"
        "Genelgeye göre düğünlerde alınacak tedbirler ise şöyle sıralandı:\n\n"
        "* Düğünler mümkün oldukça açık havada yapılacak ve süre kısa tutulacak.\n"
    )
    assert speakers_in(text, "tr") == [
        ("Tedbirler sıkı biçimde uygulanacak. Kimse evinden çıkmamalı.", "Süleyman Soylu"),
        (
            "185 ülkede 8 milyara yakın insan endişe içinde. Hastalığa karşı elimizde güçlü bir koz var.",
            "Fahrettin Koca",
        ),
        ("Mücadelemiz kararlılıkla devam edecek ve herkes kurallara uyacak.", "Fahrettin Koca"),
    ]


def test_a_turkish_quote_whose_opening_mark_was_lost_is_said_in_the_present() -> None:
    text = (
        "İsveç'te salgın sürüyor.\n\nBu yüzden sağlık elemanlarımızı da kaybettik. Düşmana karşı yetersiz "
        "silahla savaşmak zorunda kaldık” diyor Dr. Tallinger. Salgında can kaybı 4 bine dayandı."
    )
    # The quote is taken back to its sentence's start, as wherever an opening mark was lost.
    assert speakers_in(text, "tr") == [("Düşmana karşı yetersiz silahla savaşmak zorunda kaldık", "Tallinger")]


def test_an_embedded_posts_byline_after_a_dash_is_no_quote() -> None:
    text = (
        "Saldırıyı Onda Valisi Rotimi Akeredolu duyurmuş. Vali, patlamanın Akure Owo Yolu üzerinde ve Akure "
        "Havaalanı'na yaklaşık 2 km uzaklıkta gerçekleştiğini de belirtiyor.\n\n"
        "— Arakunrin Akeredolu (@RotimiAkeredolu) March 28, 2020\n\nFotoğraflar paylaşıldı."
    )
    assert speakers_in(text, "tr") == []
