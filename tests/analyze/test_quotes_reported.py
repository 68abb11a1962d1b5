"""Reported speech: clauses without "that", the one spoken to between verb and clause, Konjunktiv I,
attributions after the clause, and the person a relative clause describes."""

from __future__ import annotations

import pytest

from newsprism.analyze.entities import find_entities
from newsprism.analyze.quotes import find_quotes, quote_sites
from newsprism.records import EntityLabel

from .test_quotes import entities_of


def reported(text: str, language: str, *names: tuple[str, EntityLabel]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(text, language, entities_of(text, *names)) if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "language", "name", "clause"),
    [
        (
            "After two hard seasons, Mike Daniels said he has a lot more football left in him.",
            "en",
            "Mike Daniels",
            "he has a lot more football left in him",
        ),
        (
            "Justin Braulick tells the Star Tribune he does not remember being punched.",
            "en",
            "Justin Braulick",
            "he does not remember being punched",
        ),
        (
            "El portavoz Diego Pesqueira informó que el menor se encuentra estable y fuera de peligro.",
            "es",
            "Diego Pesqueira",
            "el menor se encuentra estable y fuera de peligro",
        ),
        (
            "Claudia López indicó que, a pesar de las diferencias, pueden confiar el uno en el otro.",
            "es",
            "Claudia López",
            "a pesar de las diferencias, pueden confiar el uno en el otro",
        ),
        (
            "Zugleich beschwerte sich Attilio Fontana, dass immer noch zu viele Menschen unterwegs seien.",
            "de",
            "Attilio Fontana",
            "immer noch zu viele Menschen unterwegs seien",
        ),
        (
            "Sergeant Matthew Oehler said a woman in her 30s was taken to the hospital.",
            "en",
            "Matthew Oehler",
            "a woman in her 30s was taken to the hospital",
        ),
        (
            "Mike Daniels said earlier this week that he plans to return for a ninth season.",
            "en",
            "Mike Daniels",
            "he plans to return for a ninth season",
        ),
        (
            "Paul Morin a annoncé vendredi que le gouvernement abaissait la limite des rassemblements.",
            "fr",
            "Paul Morin",
            "le gouvernement abaissait la limite des rassemblements",
        ),
        (
            "Paul Morin a quant à lui estimé que la balle était dans le camp du premier ministre.",
            "fr",
            "Paul Morin",
            "la balle était dans le camp du premier ministre",
        ),
        (
            "Marie Dupont pense que les investisseurs seront prêts à revenir sur le titre.",
            "fr",
            "Marie Dupont",
            "les investisseurs seront prêts à revenir sur le titre",
        ),
        (
            "El árbitro Luis Romero añade que después del incidente no se volvieron a producir insultos.",
            "es",
            "Luis Romero",
            "después del incidente no se volvieron a producir insultos",
        ),
        (
            "Marie Dupont a expliqué au Parisien que toutes les options restent ouvertes.",
            "fr",
            "Marie Dupont",
            "toutes les options restent ouvertes",
        ),
        (
            "Service NB a annoncé l'an dernier qu’elle révisait ces réductions.",
            "fr",
            "Service NB",
            "elle révisait ces réductions",
        ),
        (
            "Olaf Scholz sagte, er habe keine Zweifel an der Einigung mit den Ländern.",
            "de",
            "Olaf Scholz",
            "er habe keine Zweifel an der Einigung mit den Ländern",
        ),
    ],
)
def test_reported_clause_without_that_or_with_the_addressee_between(
    text: str, language: str, name: str, clause: str
) -> None:
    assert reported(text, language, (name, "PER")) == [(clause, name)]


def test_said_with_a_pronoun_object_and_nothing_reported_is_no_quote() -> None:
    text = "Mike Daniels said it twice. Then he left the stadium."
    assert find_quotes(text, "en", entities_of(text, ("Mike Daniels", "PER"))) == ()


@pytest.mark.parametrize(
    ("text", "language", "names", "expected"),
    [
        (
            "Markus Kreitmayr commands the unit. Extremists will be removed from the KSK, he said, but urged calm.",
            "en",
            (("Markus Kreitmayr", "PER"), ("KSK", "ORG")),
            ("Extremists will be removed from the KSK", "Markus Kreitmayr"),
        ),
        (
            "Le virus menace les serres. La tomate est la première culture légumière du pays, "
            "rappelle le ministère de l'Agriculture.",
            "fr",
            (("ministère de l'Agriculture", "ORG"),),
            ("La tomate est la première culture légumière du pays", "ministère de l'Agriculture"),
        ),
        (
            # Spanish drops the subject: the verb alone attributes to the person in focus.
            "Rubén Pérez habló ayer en el pleno. No puede ser que el Ayuntamiento siga sin informe, señaló.",
            "es",
            (("Rubén Pérez", "PER"), ("Ayuntamiento", "ORG")),
            ("No puede ser que el Ayuntamiento siga sin informe", "Rubén Pérez"),
        ),
        (
            "Scholz kam am Montag nach Paris. Die Lage sei ernst und man müsse jetzt handeln, sagte Olaf Scholz.",
            "de",
            (("Olaf Scholz", "PER"), ("Scholz", "PER"), ("Paris", "LOC")),
            ("Die Lage sei ernst und man müsse jetzt handeln", "Olaf Scholz"),
        ),
        (
            # Where and when it was said may follow the name: the attribution is read up to the name.
            "Genauere Angaben dazu könne er noch nicht machen, sagte EU-Industriekommissar Thierry Breton im "
            "Anschluss an ein Treffen der EU-Wettbewerbsminister in Brüssel.",
            "de",
            (("Thierry Breton", "PER"), ("Brüssel", "LOC")),
            ("Genauere Angaben dazu könne er noch nicht machen", "Thierry Breton"),
        ),
        (
            "The plant will close by the end of the summer, said Finance Minister John Smith at a press "
            "conference in the capital on Monday afternoon.",
            "en",
            (("John Smith", "PER"),),
            ("The plant will close by the end of the summer", "John Smith"),
        ),
        (
            # An attribution opening on its verb may say when and where before who, at length.
            "Toute personne souhaitant entrer aura besoin d'une bonne raison, a déclaré dimanche à Berlin le "
            "ministre allemand de l'Intérieur, Horst Seehofer.",
            "fr",
            (("Horst Seehofer", "PER"), ("Berlin", "LOC")),
            ("Toute personne souhaitant entrer aura besoin d'une bonne raison", "Horst Seehofer"),
        ),
        (
            "La coalition a convenu d'un plan pour soutenir l'économie, a déclaré le co-dirigeant du Parti "
            "social-démocrate (SPD) Norbert Walter-Borjans.",
            "fr",
            (("Norbert Walter-Borjans", "PER"), ("SPD", "ORG")),
            ("La coalition a convenu d'un plan pour soutenir l'économie", "Norbert Walter-Borjans"),
        ),
    ],
)
def test_attribution_after_the_clause(
    text: str, language: str, names: tuple[tuple[str, EntityLabel], ...], expected: tuple[str, str]
) -> None:
    assert reported(text, language, *names) == [expected]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # "said goodbye": a verb of saying with an object, nobody's words reported.
        ("Anna Berg went home after the long game, said goodbye and left.", "en"),
        # A comma inside the writer's own sentence, no verb of saying after it.
        ("In the morning, after the long game, the whole team of Anna Berg went home.", "en"),
        # A plural cue: a group speaks, which no named person stands for.
        ("Ana Ruiz la apoya. Es un punto de encuentro para todas, cuentan desde la plataforma.", "es"),
        # A long tail after a verb that opens it names nobody close to the verb.
        ("The plant will close by the end of the summer, said the workers who met with Anna Berg on Monday.", "en"),
        # A long tail after a verb that opens it, with a name at its end that is no subject of the verb.
        ("La coalition veut un plan de relance, annonce un rapport publié lundi par le cabinet de Anna Berg.", "fr"),
        ("Dem Tief gehört auch eine warme Front, so das Ausmass des Ereignisses hängt vom Weg von Anna Berg ab.", "de"),
    ],
)
def test_no_attribution_after_the_clause(text: str, language: str) -> None:
    names: tuple[tuple[str, EntityLabel], ...] = (("Anna Berg", "PER"), ("Ana Ruiz", "PER"))
    assert reported(text, language, *names) == []


def test_a_post_posed_attribution_inside_quotation_marks_is_left_to_the_direct_rules() -> None:
    text = "Anna Berg spoke on Monday. “Prices will rise again next year, she said,” the report notes."
    quotes = find_quotes(text, "en", entities_of(text, ("Anna Berg", "PER")))
    assert [q.kind for q in quotes] == ["direct"]


def test_the_speaker_is_the_person_a_relative_clause_describes() -> None:
    text = (
        "“We have around forty beds for the homeless,” Sunil Kumar, who manages a shelter near "
        "the Nizamuddin station, told Al Jazeera."
    )
    ents = entities_of(text, ("Sunil Kumar", "PER"), ("Nizamuddin", "PER"), ("Al Jazeera", "ORG"))
    ((_, speaker),) = [(q.text, q.speaker) for q in find_quotes(text, "en", ents)]
    assert speaker == "Sunil Kumar"


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        (
            "Lider Kim Dzong Un, którego wystąpienie było punktem obrad KC Partii Pracy, zapowiedział, że "
            "„świat ujrzy wkrótce broń strategiczną nowej generacji”.",
            "pl",
            (("Kim Dzong Un", "PER"), ("KC Partii Pracy", "PER")),
        ),
        (
            "Dijo Fernando Simón, el director del Centro de Alertas Sanitarias, cuando confirmó que "
            "en España se diagnosticaron casi dos mil casos nuevos.",
            "es",
            (("Fernando Simón", "PER"), ("Alertas Sanitarias", "PER")),
        ),
    ],
)
def test_a_name_inside_a_relative_clause_or_apposition_is_not_the_speaker(
    text: str, language: str, names: tuple[tuple[str, EntityLabel], ...]
) -> None:
    quotes = find_quotes(text, language, entities_of(text, *names))
    assert quotes
    assert {q.speaker for q in quotes} == {names[0][0]}


def test_a_closed_relative_clause_before_the_speaker_changes_nothing() -> None:
    text = (
        "Anna Berg, who met him last year, left. Later Sunil Kumar said: “We have around forty beds for the homeless.”"
    )
    ents = entities_of(text, ("Anna Berg", "PER"), ("Sunil Kumar", "PER"))
    ((_, speaker),) = [(q.text, q.speaker) for q in find_quotes(text, "en", ents)]
    assert speaker == "Sunil Kumar"


def test_quote_sites_give_the_marks_and_the_named_mentions() -> None:
    text = "Anna Berg spoke. «Nous restons prudents face à la situation», a-t-elle dit."
    sites, mentions = quote_sites(text, "fr", entities_of(text, ("Anna Berg", "PER")))
    (site,) = sites
    assert text[site.open_start] == "«"
    assert text[site.close_end - 1] == "»"
    assert site.quote.speaker == "Anna Berg"
    assert [(m.name, m.start, m.is_person, m.key) for m in mentions] == [("Anna Berg", 0, True, "per:anna-berg")]


@pytest.mark.parametrize(
    ("text", "language", "names", "expected"),
    [
        (
            "According to Maria Lopez, the bridge will reopen to traffic before the end of March.",
            "en",
            (("Maria Lopez", "PER"),),
            ("the bridge will reopen to traffic before the end of March", "Maria Lopez"),
        ),
        (
            "Pour le président du Conseil du Trésor, Christian Dubé, la relance passe par les infrastructures.",
            "fr",
            (("Conseil du Trésor", "ORG"), ("Christian Dubé", "PER")),
            ("la relance passe par les infrastructures", "Christian Dubé"),
        ),
        (
            "Según la Organización Mundial de la Salud, el brote podría durar varios meses más.",
            "es",
            (("Organización Mundial de la Salud", "ORG"),),
            ("el brote podría durar varios meses más", "Organización Mundial de la Salud"),
        ),
    ],
)
def test_a_named_source_opening_the_sentence_owns_the_clause_after_its_comma(
    text: str, language: str, names: tuple[tuple[str, EntityLabel], ...], expected: tuple[str, str]
) -> None:
    assert reported(text, language, *names) == [expected]


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        # No name after the preposition: a time or a purpose, not a source.
        ("For years, the bridge was closed to traffic before the end of every winter.", "en", ()),
        # A role whose holder is not named: the organisation is the employer, not the source.
        (
            "Pour le vice-président de la CENI, le double scrutin se tient dans un contexte inédit.",
            "fr",
            (("CENI", "ORG"),),
        ),
    ],
)
def test_no_fronted_source_without_a_named_one(
    text: str, language: str, names: tuple[tuple[str, EntityLabel], ...]
) -> None:
    assert reported(text, language, *names) == []


def test_a_short_quoted_fragment_does_not_stop_an_attribution_after_the_clause() -> None:
    text = "La mortalité routière a atteint un chiffre « historiquement bas », s’est réjoui le ministre Jean Roux."
    assert reported(text, "fr", ("Jean Roux", "PER")) == [
        ("La mortalité routière a atteint un chiffre « historiquement bas »", "Jean Roux")
    ]


def test_the_people_around_someone_speak_not_that_person() -> None:
    text = "L'entourage d'Emmanuel Macron explique au JDD que toutes les options restent ouvertes."
    assert reported(text, "fr", ("Emmanuel Macron", "PER")) == [("toutes les options restent ouvertes", None)]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "Thilo Brandt hat angekündigt, dass er das Schiedsgericht der Partei anrufen werde.",
            "er das Schiedsgericht der Partei anrufen werde",
        ),
        ("Die Sprecherin von Thilo Brandt hatte erklärt, Brandt sei schwer krank.", "Brandt sei schwer krank"),
    ],
)
def test_german_perfect_verbs_of_saying_and_a_named_subject_in_konjunktiv(text: str, clause: str) -> None:
    assert [q for q, _ in reported(text, "de", ("Thilo Brandt", "PER"))] == [clause]


def test_a_german_sentence_in_konjunktiv_goes_on_with_the_last_speakers_words() -> None:
    text = (
        "„Wir müssen die kleinen Einkommen entlasten“, sagte Anna Berger der Zeitung. "
        "Die Abgabenlast müsse gerechter verteilt werden. Gott sei Dank kam am Ende eine Mehrheit zustande."
    )
    quotes = find_quotes(text, "de", entities_of(text, ("Anna Berger", "PER")))
    assert [(q.text, q.speaker, q.kind) for q in quotes] == [
        ("Wir müssen die kleinen Einkommen entlasten", "Anna Berger", "direct"),
        ("Die Abgabenlast müsse gerechter verteilt werden", "Anna Berger", "indirect"),
    ]


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        ("Jeden Tag kämen Hunderte Menschen ins Weiße Haus.", True),
        ("Die Minister hätten in Rom weiter vereinbart, die Grenzen offen zu halten.", True),
        ("Die Hilfen würden schnell und unbürokratisch erteilt.", True),
        # The writer's own guess, not the speaker's words.
        ("Das Osterfest dürfte also kulinarisch nicht unter der Krise leiden.", False),
        ("Dies könnte noch einmal Jahre dauern.", False),
        ("Die Ministerinnen sollten am Abend nach Rom reisen.", False),
    ],
)
def test_a_german_sentence_in_konjunktiv_ii_goes_on_with_the_last_speakers_words(sentence: str, reported: bool) -> None:
    text = "„Wir haben das sehr gut unter Kontrolle“, sagte Anna Berger am Montag in Berlin. " + sentence
    quotes = find_quotes(text, "de", entities_of(text, ("Anna Berger", "PER")))
    expected = [("Wir haben das sehr gut unter Kontrolle", "Anna Berger")]
    if reported:
        expected.append((sentence.rstrip("."), "Anna Berger"))
    assert [(q.text, q.speaker) for q in quotes] == expected


def test_a_german_konjunktiv_sentence_after_someone_else_is_named_is_left_alone() -> None:
    text = (
        "„Wir müssen die kleinen Einkommen entlasten“, sagte Anna Berger der Zeitung. "
        "Der Minister Paul Roth war am Montag in Berlin. Die Abgabenlast müsse gerechter verteilt werden."
    )
    quotes = find_quotes(text, "de", entities_of(text, ("Anna Berger", "PER"), ("Paul Roth", "PER")))
    assert [q.kind for q in quotes] == ["direct"]


def test_an_unnamed_speaker_after_a_long_attribution_and_the_report_going_on() -> None:
    # The spokesman is nobody named, however long the attribution; the one it names in passing is no one else
    # who would stop the report from going on in Konjunktiv I.
    text = (
        "Die EU hat das Vorgehen scharf verurteilt. Moskau verletze dadurch das humanitäre Völkerrecht, sagte ein "
        "Sprecher des EU-Außenbeauftragten Josep Borrell am Samstag in Brüssel. Russland sei durch internationales "
        "Recht dazu verpflichtet, die Menschenrechte zu schützen."
    )
    assert reported(text, "de", ("EU", "ORG"), ("Josep Borrell", "PER")) == [
        ("Moskau verletze dadurch das humanitäre Völkerrecht", None),
        ("Russland sei durch internationales Recht dazu verpflichtet, die Menschenrechte zu schützen", None),
    ]


@pytest.mark.parametrize(
    ("text", "language", "organisation", "clause"),
    [
        (
            "Der VW-Konzern hat die Produktion in Polen wieder hochgefahren. Die Arbeit in Posen werde zunächst mit "
            "20 Prozent der Kapazität aufgenommen, teilte der Konzern am Montag mit.",
            "de",
            "VW-Konzern",
            "Die Arbeit in Posen werde zunächst mit 20 Prozent der Kapazität aufgenommen",
        ),
        (
            "Shares of Acme Widgets Inc. fell on Monday. Deliveries will resume in March, the company said.",
            "en",
            "Acme Widgets Inc.",
            "Deliveries will resume in March",
        ),
    ],
)
def test_an_organisation_described_after_a_reported_clause_is_the_one_named_before(
    text: str, language: str, organisation: str, clause: str
) -> None:
    assert reported(text, language, (organisation, "ORG")) == [(clause, organisation)]


def test_a_description_of_an_organisation_nobody_named_gives_no_speaker() -> None:
    text = "Die Arbeit in Posen werde zunächst mit 20 Prozent der Kapazität aufgenommen, teilte der Konzern mit."
    assert reported(text, "de") == []


def test_a_german_sentence_pointing_back_to_the_source_goes_on_with_its_report() -> None:
    # "demnach" and "den Angaben zufolge" name the last source again: the sentence is its report, in any mood.
    text = (
        "Die Preise seien stark gestiegen, heisst es in einer Analyse der Buchungsplattform billiger-mietwagen.de. "
        "In Frankreich müssen Urlauber den Angaben zufolge mit höheren Preisen rechnen. "
        "Leichte Rückgänge wurden demnach auch in Ungarn festgestellt."
    )
    assert reported(text, "de") == [
        ("Die Preise seien stark gestiegen", "billiger-mietwagen.de"),
        ("In Frankreich müssen Urlauber den Angaben zufolge mit höheren Preisen rechnen", "billiger-mietwagen.de"),
        ("Leichte Rückgänge wurden demnach auch in Ungarn festgestellt", "billiger-mietwagen.de"),
    ]


def test_a_sentence_pointing_back_with_no_source_before_it_is_no_report() -> None:
    text = "Der Zoo ist geschlossen. Leichte Rückgänge wurden demnach auch in Ungarn festgestellt."
    assert reported(text, "de") == []


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        (
            "You cannot be silent in face of racism and police brutality, Labour's Lisa Nandy says ES News email "
            "The latest headlines in your inbox.",
            "You cannot be silent in face of racism and police brutality",
            "Lisa Nandy",
        ),
        (
            "Trump would beat every Democrat but Biden in Florida and Virginia, polls say WASHINGTON – President "
            "Donald Trump would beat every Democratic candidate in Florida.",
            "Trump would beat every Democrat but Biden in Florida and Virginia",
            None,
        ),
    ],
)
def test_a_headline_closed_by_its_attribution_is_the_quote_not_the_body_after_it(
    text: str, clause: str, speaker: str | None
) -> None:
    assert reported(text, "en", ("Lisa Nandy", "PER"), ("Donald Trump", "PER")) == [(clause, speaker)]


def test_a_verb_of_a_first_sentence_followed_by_a_name_closes_no_headline() -> None:
    text = "In a phone call, President George W. Bush urged French President Jacques Chirac to join the war."
    quotes = find_quotes(text, "en", find_entities(text, "en"))
    assert not any(q.text.startswith("In a phone call") for q in quotes)


def test_an_organisation_talked_about_in_the_clause_is_not_the_statement_issuer() -> None:
    text = (
        "The pod was unveiled on Monday, a statement issued by the Personnel Ministry said. The device, built by "
        "Acme Medical Systems, is the first of its kind in the country, according to the statement."
    )
    found = reported(text, "en", ("Personnel Ministry", "ORG"), ("Acme Medical Systems", "ORG"))
    assert (
        "The device, built by Acme Medical Systems, is the first of its kind in the country",
        "Personnel Ministry",
    ) in found


def test_a_german_body_named_with_small_words_speaks_as_written_when_it_spoke_aside() -> None:
    text = "Die Zahl stieg. Im Mai waren es 1497 mehr Arbeitslose, wie die Agentur für Arbeit am Mittwoch mitteilte."
    assert reported(text, "de") == [("Im Mai waren es 1497 mehr Arbeitslose", "Agentur für Arbeit")]
    # A common noun alone is nobody in particular.
    assert reported("Die Preise steigen weiter stark an, wie die Zeitung am Montag berichtete.", "de") == [
        ("Die Preise steigen weiter stark an", None)
    ]


def test_a_spanish_verb_of_saying_without_a_subject_is_the_person_in_focus() -> None:
    text = (
        "El portavoz Diego Pesqueira habló con la prensa el lunes. "
        "De igual forma, informó que el menor se encuentra estable. Señalaron que la escuela abrirá pronto."
    )
    assert reported(text, "es", ("Diego Pesqueira", "PER")) == [
        ("el menor se encuentra estable", "Diego Pesqueira"),
        ("la escuela abrirá pronto", None),
    ]


def test_a_quote_ending_a_reported_clause_is_its_speakers() -> None:
    text = (
        "El ministro recorrió el laboratorio. Agustín Rossi afirmó hoy que las Fuerzas Armadas (FFAA) "
        '"están absolutamente comprometidas con la lucha contra el virus en el país", y afirmó que ya '
        "están produciendo alcohol en gel."
    )
    ents = entities_of(text, ("Agustín Rossi", "PER"), ("Fuerzas Armadas", "ORG"), ("FFAA", "MISC"))
    assert {q.speaker for q in find_quotes(text, "es", ents)} == {"Agustín Rossi"}


def test_a_short_quote_ending_a_reported_clause_is_one_quote_with_it() -> None:
    text = "Markus Kreitmayr said the unit was currently facing “the most difficult phase in its history.”"
    quotes = find_quotes(text, "en", entities_of(text, ("Markus Kreitmayr", "PER")))
    clause = "the unit was currently facing “the most difficult phase in its history.”"
    assert [(q.text, q.speaker, q.kind) for q in quotes] == [(clause, "Markus Kreitmayr", "indirect")]
    assert text[quotes[0].start : quotes[0].end] == clause


@pytest.mark.parametrize(
    ("text", "name", "clause"),
    [
        # The subject inverted between the verb and "que", by the surname the article gave in full before.
        (
            "La concejal Dora Saldarriaga habló ayer. En 2019 la ciudad registró 42 casos, señala Saldarriaga "
            "que muchos tenían denuncias previas.",
            "Dora Saldarriaga",
            "muchos tenían denuncias previas",
        ),
        (
            "El proyecto fue presentado ayer. Dijo Ana Ruiz que el proyecto seguirá adelante este año.",
            "Ana Ruiz",
            "el proyecto seguirá adelante este año",
        ),
    ],
)
def test_a_spanish_subject_inverted_before_que_is_the_speaker(text: str, name: str, clause: str) -> None:
    # The surname after the verb is the person the article named in full before.
    assert [quote for quote in reported(text, "es", (name, "PER")) if quote[0] == clause] == [(clause, name)]


@pytest.mark.parametrize(
    ("text", "language", "name", "clause"),
    [
        (
            "Anna Berg said she is “proud” of the young people demanding change.",
            "en",
            "Anna Berg",
            "she is “proud” of the young people demanding change",
        ),
        (
            "Diosdado Cabello aseguró que no pasará “nada” cuando vuelva al país.",
            "es",
            "Diosdado Cabello",
            "no pasará “nada” cuando vuelva al país",
        ),
    ],
)
def test_a_word_quoted_inside_a_reported_clause_is_part_of_it(text: str, language: str, name: str, clause: str) -> None:
    assert reported(text, language, (name, "PER")) == [(clause, name)]


def test_a_quote_that_does_not_end_the_sentence_stays_apart_from_the_clause() -> None:
    # Must not join: the sentence goes on after the quote, which is a phrase inside the clause.
    text = "Anna Berg said the plan was “reckless and rushed” and that the council would vote again."
    quotes = find_quotes(text, "en", entities_of(text, ("Anna Berg", "PER")))
    assert ("reckless and rushed", "Anna Berg", "direct") in [(q.text, q.speaker, q.kind) for q in quotes]


def test_an_inverted_attribution_is_no_reported_clause() -> None:
    text = "The trains will run again on Monday, said the minister on Tuesday."
    clauses = reported(text, "en", ("Monday", "MISC"))
    assert ("the minister on Tuesday", None) not in clauses
    assert all(not clause.startswith("the minister") for clause, _ in clauses)


@pytest.mark.parametrize(
    ("text", "language", "name", "expected"),
    [
        (
            "El hospital no registró heridos durante la mañana por primera vez en años, según Eduardo Strusi, jefe.",
            "es",
            "Eduardo Strusi",
            [("El hospital no registró heridos durante la mañana por primera vez en años", "Eduardo Strusi")],
        ),
        (
            "Le message du comité est très clair, selon Vincent Marissal.",
            "fr",
            "Vincent Marissal",
            [("Le message du comité est très clair", "Vincent Marissal")],
        ),
        # Must not fire: the source is vague ("selon lui") or sourced a phrase, not the clause.
        ("Le message du comité est très clair, selon lui.", "fr", "Vincent Marissal", []),
        ("Le comité a publié son rapport hier, les chiffres selon Vincent Marissal.", "fr", "Vincent Marissal", []),
    ],
)
def test_a_clause_followed_by_a_named_source_is_that_sources_reported_speech(
    text: str, language: str, name: str, expected: list[tuple[str, str | None]]
) -> None:
    assert reported(text, language, (name, "PER")) == expected


def test_a_clause_attributed_to_unnamed_people_is_reported_speech_with_no_speaker() -> None:
    text = "To qualify, Marston had to buy a ticket worth more than $6 this summer, lottery officials said."
    assert reported(text, "en", ("Marston", "PER")) == [
        ("To qualify, Marston had to buy a ticket worth more than $6 this summer", None)
    ]
    assert reported("The shop will open again next spring, the neighbours said.", "en") == []


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "Jacinda Ardern said more general restrictions on gatherings would be imposed soon.",
            "more general restrictions on gatherings would be imposed soon",
        ),
        (
            "Jacinda Ardern says her life changed this week when the tip came.",
            "her life changed this week when the tip came",
        ),
    ],
)
def test_a_clause_without_that_opens_on_a_determiner_and_a_verb_follows(text: str, clause: str) -> None:
    assert reported(text, "en", ("Jacinda Ardern", "PER")) == [(clause, "Jacinda Ardern")]


def test_a_participle_with_its_preposition_is_no_verb_of_a_clause_without_that() -> None:
    text = "Jacinda Ardern said the money used to build schools in the area."
    assert reported(text, "en", ("Jacinda Ardern", "PER")) == []


def test_a_clause_attributed_before_a_quoted_name_later_in_the_sentence_is_reported_speech() -> None:
    text = (
        "Oft wisse man gar nicht, welche Plätze es zwei Dörfer weiter gibt, so Rita Atzwanger, "
        "Geschäftsführerin der Region „Mitten im Innviertel“."
    )
    assert reported(text, "de", ("Rita Atzwanger", "PER")) == [
        ("Oft wisse man gar nicht, welche Plätze es zwei Dörfer weiter gibt", "Rita Atzwanger")
    ]


def test_a_phrase_before_someones_quoted_speech_is_no_reported_clause() -> None:
    # Must not fire: the subject and verb lead into the quote; the phrase before them is no one's words.
    text = (
        "Fidèle à cette tactique qui lui vaut tant de colère, Emmanuel Macron a dénoncé jeudi "
        "« des mensonges répétés sans cesse »."
    )
    assert reported(text, "fr", ("Emmanuel Macron", "PER")) == []
    text = 'Kurz y el líder de los Verdes, Werner Kogler, anunció el acuerdo para cumplir "todas sus promesas clave".'
    assert reported(text, "es", ("Kurz", "PER"), ("Werner Kogler", "PER")) == []


@pytest.mark.parametrize(
    ("text", "language", "names", "expected"),
    [
        # The text ends on an acronym and its full stop: the last sentence is read too.
        (
            "Le trafic sera quasi normal sur tous les axes dimanche, a indiqué la SNCF.",
            "fr",
            (("SNCF", "ORG"),),
            [("Le trafic sera quasi normal sur tous les axes dimanche", "SNCF")],
        ),
        (
            "Le trafic sera quasi normal sur tous les axes dimanche, a indiqué la SNCF",
            "fr",
            (("SNCF", "ORG"),),
            [("Le trafic sera quasi normal sur tous les axes dimanche", "SNCF")],
        ),
        # A name the tagger missed after the clause.
        (
            "The remains of a teenager lost at sea were found on Wednesday, Netwerk24 reported.",
            "en",
            (),
            [("The remains of a teenager lost at sea were found on Wednesday", "Netwerk24")],
        ),
        # A German noun with its article is no name: the initiators, unnamed, report the clause.
        (
            "Die Ausflugsorte bieten willkommene Auszeiten für alle, so die Initiatoren.",
            "de",
            (),
            [("Die Ausflugsorte bieten willkommene Auszeiten für alle", None)],
        ),
    ],
)
def test_the_attribution_after_a_clause_at_the_end_of_the_text(
    text: str, language: str, names: tuple[tuple[str, EntityLabel], ...], expected: list[tuple[str, str | None]]
) -> None:
    assert reported(text, language, *names) == expected


def test_a_clause_without_that_may_open_on_a_contracted_pronoun() -> None:
    text = "Andrea Bocelli will sing alone, but Bocelli says he's not viewing this as a typical performance."
    assert reported(text, "en", ("Andrea Bocelli", "PER")) == [
        ("he's not viewing this as a typical performance", "Andrea Bocelli")
    ]


def test_a_description_after_a_comma_is_the_subject_not_a_name_before_it() -> None:
    text = (
        "Cosmopolitan had planned a shoot. After a date alongside Peter Weber, the magazine announced "
        "the cover has been pulled."
    )
    names: tuple[tuple[str, EntityLabel], ...] = (("Cosmopolitan", "ORG"), ("Peter Weber", "PER"))
    assert reported(text, "en", *names) == [("the cover has been pulled", "Cosmopolitan")]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Le vice-président Paul Diatta a parlé hier. Par conséquent, a-t-il poursuivi, tant que le dernier "
            "électeur n’est pas venu, les bureaux ne seront pas fermés.",
            "fr",
            [("tant que le dernier électeur n’est pas venu, les bureaux ne seront pas fermés", "Paul Diatta")],
        ),
        (
            "The talks went on. For now, said Paul Diatta, the offices will stay open until the last voter leaves.",
            "en",
            [("the offices will stay open until the last voter leaves", "Paul Diatta")],
        ),
        # Must not fire: words set off by commas without a verb of saying, or with a group's.
        ("Par conséquent, selon les cas, les bureaux de vote ne seront pas fermés avant minuit.", "fr", []),
        ("Par conséquent, ont-ils dit, les bureaux de vote ne seront pas fermés avant minuit.", "fr", []),
    ],
)
def test_the_clause_after_an_attribution_set_off_by_commas_is_reported_speech(
    text: str, language: str, expected: list[tuple[str, str | None]]
) -> None:
    assert reported(text, language, ("Paul Diatta", "PER")) == expected


def test_reported_speech_of_an_organisation_described_by_a_noun_is_the_organisations() -> None:
    text = (
        "Celltrion built a plant in Korea in 2019. At the time the firm said the plan was to develop "
        "new antibody drugs for the Chinese market."
    )
    quotes = find_quotes(text, "en", entities_of(text, ("Celltrion", "ORG")))
    assert [(q.kind, q.speaker) for q in quotes] == [("indirect", "Celltrion")]


@pytest.mark.parametrize(
    ("text", "language", "clause"),
    [
        (
            "The talks went on. The United States and the Taliban have agreed on a truce, a senior U.S. official said.",
            "en",
            "The United States and the Taliban have agreed on a truce",
        ),
        (
            "Le virus progresse. L'Espagne a annoncé un premier mort dû à l'épidémie, ont annoncé les autorités.",
            "fr",
            "L'Espagne a annoncé un premier mort dû à l'épidémie",
        ),
        (
            "Es gibt viel zu sehen. Naturdenkmäler, Museen und Gärten laden zum Besuch ein, so die Initiatoren.",
            "de",
            "Naturdenkmäler, Museen und Gärten laden zum Besuch ein",
        ),
        (
            "Hubo una pelea. La pelea se registró la tarde del martes en el penal, indicaron las autoridades.",
            "es",
            "La pelea se registró la tarde del martes en el penal",
        ),
    ],
)
def test_a_clause_attributed_after_it_to_unnamed_people_is_reported_speech_of_nobody_named(
    text: str, language: str, clause: str
) -> None:
    assert [(q.text, q.speaker, q.kind) for q in find_quotes(text, language)] == [(clause, None, "indirect")]


def test_german_separable_verbs_of_saying_introduce_reported_speech() -> None:
    text = (
        "Anna Lang stellte zudem klar, dass niemand verletzt worden sei. "
        "Tom Berg wies darauf hin, dass die Straße gesperrt bleibe."
    )
    quotes = find_quotes(text, "de", entities_of(text, ("Anna Lang", "PER"), ("Tom Berg", "PER")))
    assert [(q.text, q.speaker) for q in quotes] == [
        ("niemand verletzt worden sei", "Anna Lang"),
        ("die Straße gesperrt bleibe", "Tom Berg"),
    ]


def test_a_source_fronted_without_a_name_names_nobody() -> None:
    assert find_quotes("Laut Anwohnern wurde am Montag niemand verletzt.", "de") == ()


def test_a_konjunktiv_sentence_after_a_long_first_phrase_goes_on_with_the_report() -> None:
    text = (
        "Die Preise für Mietautos hätten in Spanien stark angezogen, heißt es in einer Analyse der Buchungsplattform "
        "billiger-mietwagen.de, die der Agentur AFP vorlag. Im Vergleich zum Vorjahreszeitraum seien die Preise "
        "dort insgesamt um 23 Prozent gestiegen."
    )
    assert reported(text, "de") == [
        ("Die Preise für Mietautos hätten in Spanien stark angezogen", "billiger-mietwagen.de"),
        (
            "Im Vergleich zum Vorjahreszeitraum seien die Preise dort insgesamt um 23 Prozent gestiegen",
            "billiger-mietwagen.de",
        ),
    ]


def test_a_german_company_described_after_wie_is_the_one_named_before_and_the_passive_names_nobody() -> None:
    text = (
        "Die private Österreichische Staatsdruckerei hat ihr Ziel nicht erreicht, wie das Unternehmen am "
        "Neujahrstag mitteilte. Ein Mann verletzte bei der Kontrolle einen Polizisten leicht, wie mitgeteilt "
        "wurde. Die Stadt hatte die Straße am Morgen gesperrt, wie berichtet."
    )
    assert reported(text, "de", ("Österreichische Staatsdruckerei", "ORG")) == [
        ("Die private Österreichische Staatsdruckerei hat ihr Ziel nicht erreicht", "Österreichische Staatsdruckerei"),
        ("Ein Mann verletzte bei der Kontrolle einen Polizisten leicht", None),
    ]


def test_a_public_body_fronted_by_its_bare_noun_reports_the_clause() -> None:
    (quote,) = find_quotes("Laut Staatsanwaltschaft wurde am Montag niemand verletzt.", "de")
    assert (quote.text, quote.speaker) == ("wurde am Montag niemand verletzt", "Staatsanwaltschaft")


@pytest.mark.parametrize(
    ("text", "language", "names", "speakers"),
    [
        # The police by their bare noun name nobody in particular, as "officials" do, whatever the construction.
        (
            "Laut Polizei wurde niemand verletzt. Das Duo schlug laut Polizei ein Fenster ein und floh. "
            "Der Fahrer sei schwer verletzt worden, wie die Polizei am Mittwoch mitteilte.",
            "de",
            (),
            [None, None, None],
        ),
        (
            "The driver was taken to hospital with serious injuries on Monday, police said.",
            "en",
            (),
            [None],
        ),
        # A force described with its place is particular: its fullest description speaks.
        (
            "A driver slammed into them and fled. Monroe police said the officer had pulled over a vehicle early "
            "Sunday.",
            "en",
            (("Monroe", "LOC"),),
            ["Monroe police"],
        ),
        # The police force the article named before speaks.
        (
            "Die Polizei Köln ermittelt. Das Duo schlug laut Polizei ein Fenster ein und kletterte in die Wohnung.",
            "de",
            (("Polizei Köln", "ORG"),),
            ["Polizei Köln"],
        ),
        # Named anywhere in the article, even after: the fullest name it gives them.
        (
            "Police said the teen was mishandling a handgun when he shot himself. Anyone with information is "
            "asked to contact the Detroit Police Department.",
            "en",
            (("Detroit Police Department", "ORG"),),
            ["Detroit Police Department"],
        ),
        # A name inside the sentence reports it too.
        (
            "Die Regeln für Stadien sollen laut Werner Kogler noch im Juni bekanntgegeben werden.",
            "de",
            (("Werner Kogler", "PER"),),
            ["Werner Kogler"],
        ),
        # What a source gave names it as well: its findings, its report.
        (
            "Die Frau filmte nach einem Bericht des RBB die Demonstration. Nach den Ermittlungen der Polizei wurde "
            "das Feuer von einer Himmelslaterne ausgelöst.",
            "de",
            (("RBB", "ORG"),),
            ["RBB", None],
        ),
    ],
)
def test_a_source_inside_a_german_sentence_reports_it_and_bare_police_are_nobody_in_particular(
    text: str, language: str, names: tuple[tuple[str, EntityLabel], ...], speakers: list[str | None]
) -> None:
    assert [speaker for _, speaker in reported(text, language, *names)] == speakers


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Anna Lagae said in a statement on Monday that the factory would reopen in May.",
            "en",
            ("the factory would reopen in May.", "Anna Lagae"),
        ),
        (
            "Laut Anna Lang wird die Fabrik im Mai wieder öffnen.",
            "de",
            ("wird die Fabrik im Mai wieder öffnen", "Anna Lang"),
        ),
        (
            "Anna Lagae said Tuesday that the factory would reopen in May.",
            "en",
            ("the factory would reopen in May.", "Anna Lagae"),
        ),
        (
            "Ana Ruiz explicó en rueda de prensa que la fábrica reabrirá en mayo.",
            "es",
            ("la fábrica reabrirá en mayo", "Ana Ruiz"),
        ),
        (
            "Anna Lang erklärte gegenüber der Zeitung, dass die Fabrik im Mai öffne.",
            "de",
            ("die Fabrik im Mai öffne", "Anna Lang"),
        ),
        (
            "Anna Lagae a déclaré dans un communiqué que l'usine rouvrirait en mai.",
            "fr",
            ("l'usine rouvrirait en mai", "Anna Lagae"),
        ),
        (
            "Anna Lagae a expliqué lors d'une conférence de presse que l'usine rouvrirait en mai.",
            "fr",
            ("l'usine rouvrirait en mai", "Anna Lagae"),
        ),
        (
            "Anna Lagae said during a press conference that the factory would reopen in May.",
            "en",
            ("the factory would reopen in May.", "Anna Lagae"),
        ),
        (
            "Ana Ruiz señaló a través de un comunicado que la fábrica reabrirá en mayo.",
            "es",
            ("la fábrica reabrirá en mayo", "Ana Ruiz"),
        ),
        (
            "Anna Lang teilte am Montag mit, die Fabrik werde im Mai öffnen.",
            "de",
            ("die Fabrik werde im Mai öffnen", "Anna Lang"),
        ),
    ],
)
def test_a_day_a_channel_or_the_one_spoken_to_may_stand_before_the_clause_and_a_german_source_before_its_verb(
    text: str, language: str, expected: tuple[str, str]
) -> None:
    names = entities_of(text, (expected[1], "PER"))
    assert [(q.text, q.speaker) for q in find_quotes(text, language, names)] == [expected]


@pytest.mark.parametrize(
    ("text", "language", "names", "expected"),
    [
        (
            "Tuckerman Babcock, a former state GOP chair and former Mike Dunleavy chief of staff, "
            "said Giessel's position on the dividend changed.",
            "en",
            (("Tuckerman Babcock", "PER"), ("Mike Dunleavy", "PER")),
            [("Giessel's position on the dividend changed", "Tuckerman Babcock")],
        ),
        (
            "Prime Minister Jacinda Ardern announced new border rules on Saturday. "
            "She said the measures — in effect as of midnight Sunday — include New Zealanders returning home.",
            "en",
            (("Jacinda Ardern", "PER"),),
            [
                (
                    "the measures — in effect as of midnight Sunday — include New Zealanders returning home",
                    "Jacinda Ardern",
                )
            ],
        ),
        (
            "Hanan Ashrawi spoke on Monday. Federal hate crime charges say, in detail, the man entered the home "
            "with a large knife.",
            "en",
            (("Hanan Ashrawi", "PER"),),
            [("in detail, the man entered the home with a large knife", None)],
        ),
        (
            "Le ministre de la Santé, Olivier Véran, a confirmé ce dimanche que les écoles resteraient ouvertes.",
            "fr",
            (("Olivier Véran", "PER"),),
            [("les écoles resteraient ouvertes", "Olivier Véran")],
        ),
    ],
)
def test_the_parse_reads_clauses_the_patterns_cannot_reach(
    text: str, language: str, names: tuple[tuple[str, EntityLabel], ...], expected: list[tuple[str, str | None]]
) -> None:
    # Words the cue patterns do not expect between the verb and its clause, or between subject and verb.
    assert reported(text, language, *names) == expected


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        (
            "Er starb am Montag in Berlin, wie seine Agentur Arsis am Dienstag ankündigte.",
            (("Arsis", "ORG"),),
            [("Er starb am Montag in Berlin", "Arsis")],
        ),
        (
            "Die Polizei Köln sucht Zeugen. Der Fahrer sei mit hoher Geschwindigkeit unterwegs gewesen, "
            "wie die Polizei am Montag mitteilte.",
            (("Polizei Köln", "ORG"),),
            [("Der Fahrer sei mit hoher Geschwindigkeit unterwegs gewesen", "Polizei Köln")],
        ),
        (
            "Die Funktionsweise der Systeme ist dem Amt nicht bekannt, heißt es in der Antwort der Bundesregierung.",
            (("Bundesregierung", "ORG"),),
            [("Die Funktionsweise der Systeme ist dem Amt nicht bekannt", "Bundesregierung")],
        ),
        (
            "Die Einreise werde extrem eingeschränkt, wie aus einem Dekret des Präsidenten Kassym Tokajew hervorgeht.",
            (("Kassym Tokajew", "PER"),),
            [("Die Einreise werde extrem eingeschränkt", "Kassym Tokajew")],
        ),
        (
            "Die Polizei Köln sucht Zeugen. Der Fahrer sei geflohen, wie die Polizei am Montag mitgeteilt hat.",
            (("Polizei Köln", "ORG"),),
            [("Der Fahrer sei geflohen", "Polizei Köln")],
        ),
        (
            "Auf der Linie S5 kam es zu Verspätungen und Ausfällen, wie die Berliner S-Bahn twitterte.",
            (("Berliner S-Bahn", "ORG"),),
            [("Auf der Linie S5 kam es zu Verspätungen und Ausfällen", "Berliner S-Bahn")],
        ),
        # Machine translation writes "als" or "da" for the "as" of "as the police said", and drops the auxiliary
        (
            "Die Polizei Köln sucht Zeugen. Ein Hubschrauber flog den Verletzten in eine Klinik, als die Polizei "
            "Köln mitgeteilt.",
            (("Polizei Köln", "ORG"),),
            [("Ein Hubschrauber flog den Verletzten in eine Klinik", "Polizei Köln")],
        ),
        (
            "Die Polizei Köln sucht Zeugen. Eine Person wurde ernsthaft verletzt, da die Polizei Köln auf Anfrage "
            "berichtete.",
            (("Polizei Köln", "ORG"),),
            [("Eine Person wurde ernsthaft verletzt", "Polizei Köln")],
        ),
        # Unnamed sources: reported speech with no speaker.
        (
            "Die Schulen bleiben bis Ende April geschlossen, wie es in einer Mitteilung hieß.",
            (),
            [("Die Schulen bleiben bis Ende April geschlossen", None)],
        ),
        (
            "Die Gespräche würden am Montag fortgesetzt, hieß es aus Regierungskreisen.",
            (),
            [("Die Gespräche würden am Montag fortgesetzt", None)],
        ),
        (
            "Die Gespräche würden am Montag fortgesetzt, wie die Behörden mitteilten.",
            (),
            [("Die Gespräche würden am Montag fortgesetzt", None)],
        ),
        # A comparison is no attribution.
        ("Das Haus ist genau so groß und hell, wie man es sich immer vorgestellt hat.", (), []),
        ("Er lief am Sonntag so schnell durch den Park, wie er konnte.", (), []),
    ],
)
def test_german_attributions_with_wie_and_hiess_es_after_the_clause(
    text: str, names: tuple[tuple[str, EntityLabel], ...], expected: list[tuple[str, str | None]]
) -> None:
    assert reported(text, "de", *names) == expected


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        (
            "Claudia Rohrer stellt aber auch fest, dass sich die Gemeinden sehr unterschiedlich entwickeln.",
            (("Claudia Rohrer", "PER"),),
            [("sich die Gemeinden sehr unterschiedlich entwickeln", "Claudia Rohrer")],
        ),
        (
            "Die Polizei Köln gab am Dienstag bekannt, dass der Fahrer festgenommen worden sei.",
            (("Polizei Köln", "ORG"),),
            [("der Fahrer festgenommen worden sei", "Polizei Köln")],
        ),
        ("Er stellte den Stuhl fest an die Wand, damit er am Abend nicht umfällt.", (), []),
        # After the clause: "..., gab die Polizei Oslo am Dienstag bekannt."
        (
            "Tom Hagen werde vorgeworfen, seine Frau getötet zu haben, gab die Polizei Oslo am Dienstag bekannt.",
            (("Tom Hagen", "PER"), ("Polizei Oslo", "ORG")),
            [("Tom Hagen werde vorgeworfen, seine Frau getötet zu haben", "Polizei Oslo")],
        ),
        # "gab" without its particle is no verb of saying ("Es gab ...": there was).
        ("Am Abend gab es Streit, weil Tom Hagen Anna Lang nichts gab.", (("Tom Hagen", "PER"),), []),
    ],
)
def test_german_separable_verbs_fest_and_bekannt_report_the_dass_clause(
    text: str, names: tuple[tuple[str, EntityLabel], ...], expected: list[tuple[str, str | None]]
) -> None:
    assert reported(text, "de", *names) == expected


@pytest.mark.parametrize(
    ("text", "language", "name", "clause"),
    [
        (
            "Para el exsubdirector de Obras Públicas, Andrés Carbajal Casas, la única forma de acabar con el "
            "problema es reducir el parque.",
            "es",
            "Andrés Carbajal Casas",
            "la única forma de acabar con el problema es reducir el parque.",
        ),
        (
            "Pour l'ex-ministre de la Santé, Agnès Buzyn, la situation reste très préoccupante dans les hôpitaux.",
            "fr",
            "Agnès Buzyn",
            "la situation reste très préoccupante dans les hôpitaux.",
        ),
    ],
)
def test_a_role_with_a_former_or_deputy_prefix_is_a_role(text: str, language: str, name: str, clause: str) -> None:
    # "exsubdirector", "ex-ministre": the holder named after the comma owns the clause.
    assert reported(text, language, (name, "PER")) == [(clause.rstrip("."), name)]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "De los lesionados 11 son menores de 15 años, según informó el director del hospital, "
            "José González del Cerro.",
            "es",
            "José González del Cerro",
        ),
        (
            "Le bilan s'élève à douze morts dans la région, a indiqué le ministre de la Santé, Olivier Véran.",
            "fr",
            "Olivier Véran",
        ),
    ],
)
def test_an_attribution_after_the_clause_may_name_the_role_holder_after_a_comma(
    text: str, language: str, name: str
) -> None:
    ((_, speaker),) = reported(text, language, (name, "PER"))
    assert speaker == name


def test_a_role_followed_by_a_long_clause_after_its_comma_is_no_apposition() -> None:
    # More than a name after the comma: not the role's holder, so no attribution is read from it.
    text = (
        "Le bilan s'élève à douze morts, a indiqué le ministre de la Santé, ce qui inquiète beaucoup "
        "Olivier Véran et ses collègues du gouvernement."
    )
    assert reported(text, "fr", ("Olivier Véran", "PER")) == []


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        (
            "Nach Angaben der Polizei Köln wurde der Fahrer bei dem Unfall leicht verletzt.",
            (("Polizei Köln", "ORG"),),
            [("wurde der Fahrer bei dem Unfall leicht verletzt", "Polizei Köln")],
        ),
        (
            "Wie Olaf Scholz am Montag sagte, werden die Steuern im nächsten Jahr sinken.",
            (("Olaf Scholz", "PER"),),
            [("werden die Steuern im nächsten Jahr sinken", "Olaf Scholz")],
        ),
        (
            "Olaf Scholz zufolge sei die Lage in den Krankenhäusern sehr ernst.",
            (("Olaf Scholz", "PER"),),
            [("sei die Lage in den Krankenhäusern sehr ernst", "Olaf Scholz")],
        ),
        (
            "Angela Merkel betonte am Montag in Berlin, die Lage in den Krankenhäusern sei sehr ernst.",
            (("Angela Merkel", "PER"),),
            [("die Lage in den Krankenhäusern sei sehr ernst", "Angela Merkel")],
        ),
        (
            "Der Minister Olaf Scholz kündigt an, dass die Steuern im nächsten Jahr sinken werden.",
            (("Olaf Scholz", "PER"),),
            [("die Steuern im nächsten Jahr sinken werden", "Olaf Scholz")],
        ),
        # "According to reports" names nobody; "Wie jedes Jahr" is no attribution.
        ("Berichten zufolge werden die Steuern im nächsten Jahr deutlich sinken.", (), []),
        ("Wie jedes Jahr kamen viele Besucher, die Stimmung war gut.", (), []),
    ],
)
def test_german_attributions_opening_the_sentence_and_adverbials_before_the_clause(
    text: str, names: tuple[tuple[str, EntityLabel], ...], expected: list[tuple[str, str | None]]
) -> None:
    assert reported(text, "de", *names) == expected


def test_a_german_verb_after_und_goes_on_with_the_previous_sentences_speaker() -> None:
    text = "Olaf Scholz sprach am Montag in Berlin. Und kündigt an, dass die Steuern im nächsten Jahr sinken werden."
    assert reported(text, "de", ("Olaf Scholz", "PER")) == [
        ("die Steuern im nächsten Jahr sinken werden", "Olaf Scholz")
    ]


def test_a_parsed_clause_after_a_conjunction_does_not_take_a_later_clause_as_its_first_half() -> None:
    # The parse's clauses are added after all the patterns' ones: "pero reconoció ..." must not be read as the
    # second half of Juan Pérez's later clause, which would lose its words and give its speaker away.
    text = (
        "Ana López habló de las obras en mayo, pero reconoció ante los periodistas reunidos en la sede el lunes "
        "por la tarde que el presupuesto no alcanza. Más tarde, Juan Pérez dijo que la empresa pagará todas las "
        "facturas pendientes."
    )
    assert reported(text, "es", ("Ana López", "PER"), ("Juan Pérez", "PER")) == [
        ("el presupuesto no alcanza", "Ana López"),
        ("la empresa pagará todas las facturas pendientes", "Juan Pérez"),
    ]


def test_according_to_names_the_source_of_the_clause_before_it() -> None:
    text = (
        "Blaine Marston won a trip. The first millionaire of the year gave 300 people the chance to win, "
        "according to the Maine Lottery."
    )
    assert reported(text, "en", ("Blaine Marston", "PER"), ("Maine Lottery", "ORG")) == [
        ("The first millionaire of the year gave 300 people the chance to win", "Maine Lottery")
    ]


def test_a_verb_after_a_source_preposition_and_a_name_after_a_description_attribute_the_clause() -> None:
    text = (
        "Fueron atendidas 21 personas. De los lesionados 11 son menores de 15 años y un adulto está grave, "
        "según informó el encargado de Guardia, José González del Cerro."
    )
    assert reported(text, "es", ("José González del Cerro", "PER")) == [
        ("De los lesionados 11 son menores de 15 años y un adulto está grave", "José González del Cerro")
    ]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "Donald Trump betonte auch, drei Mitglieder der Corona-Arbeitsgruppe des "
            "Weißen Hauses hätten sich wegen Kontakts in Quarantäne begeben.",
            "drei Mitglieder der Corona-Arbeitsgruppe des Weißen Hauses hätten sich wegen Kontakts in Quarantäne "
            "begeben",
        ),
        (
            "Donald Trump sagte, die Tests seien sicher.",
            "die Tests seien sicher",
        ),
        (
            "Donald Trump erklärte daraufhin, die Präsenz der Truppen untergrabe die Sicherheit der Region.",
            "die Präsenz der Truppen untergrabe die Sicherheit der Region",
        ),
    ],
)
def test_german_reported_clauses_in_plural_konjunktiv_or_konjunktiv_ii(text: str, clause: str) -> None:
    assert reported(text, "de", ("Donald Trump", "PER")) == [(clause, "Donald Trump")]


def test_a_german_clause_in_the_indicative_after_a_verb_of_saying_is_not_reported_speech() -> None:
    text = "Donald Trump sagte am Montag, die Tests kommen aus Deutschland und ich fordere mehr davon."
    assert reported(text, "de", ("Donald Trump", "PER")) == []


@pytest.mark.parametrize("determiner", ["seine", "eine", "keine", "meine"])
def test_a_determiner_ending_in_e_is_no_konjunktiv_verb(determiner: str) -> None:
    # "seine" is listed under "sein" and "eine" under "ein" (to unite): forms, not the Konjunktiv I of those verbs.
    text = f"Donald Trump sagte am Montag, {determiner} Regierung hat die Tests aus Deutschland gekauft."
    assert reported(text, "de", ("Donald Trump", "PER")) == []


@pytest.mark.parametrize("verb", ["fordere", "handle", "ändere"])
def test_a_konjunktiv_i_verb_outside_the_closed_list_is_read_by_its_infinitive(verb: str) -> None:
    text = f"Donald Trump sagte am Montag, die Regierung {verb} nur im Interesse des Landes."
    assert reported(text, "de", ("Donald Trump", "PER")) == [
        (f"die Regierung {verb} nur im Interesse des Landes", "Donald Trump")
    ]


def test_a_newspaper_named_in_quotation_marks_beside_the_verb_is_the_speaker() -> None:
    text = (
        "Die Wahl ist vorbei. Die konservativen Kandidaten hätten die Wahl gewonnen, schrieb am Sonntag die "
        "ultrakonservative Zeitung „Kayhan“. Anscheinend half die niedrige Beteiligung."
    )
    assert reported(text, "de", ("Kayhan", "ORG")) == [
        ("Die konservativen Kandidaten hätten die Wahl gewonnen", "Kayhan")
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Le premier ministre Blaine Higgs affirme que la province est prête et avance que les mesures "
            "fonctionnent bien.",
            "fr",
            [("la province est prête", "Blaine Higgs"), ("les mesures fonctionnent bien", "Blaine Higgs")],
        ),
        (
            "Le premier ministre Blaine Higgs a laissé entendre qu'il pourrait rouvrir les écoles en mai.",
            "fr",
            [("il pourrait rouvrir les écoles en mai", "Blaine Higgs")],
        ),
        (
            "Le docteur Blaine Higgs a indiqué, lors d'un point de presse, que la situation est stable.",
            "fr",
            [("la situation est stable", "Blaine Higgs")],
        ),
        (
            "La ministra Ana López indicó, en un comunicado difundido el lunes, que las clases seguirán "
            "y recomendó que las familias vacunen a los niños.",
            "es",
            [("las clases seguirán", "Ana López"), ("las familias vacunen a los niños", "Ana López")],
        ),
    ],
)
def test_more_verbs_of_saying_words_set_off_by_commas_before_que_and_coordinated_verbs(
    text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    assert reported(text, language, ("Blaine Higgs", "PER"), ("Ana López", "PER")) == expected


def test_the_role_after_a_fronted_sources_name_is_not_part_of_the_clause() -> None:
    text = "Selon Djamel Fourar, porte-parole du comité scientifique, la situation est stable dans le pays."
    assert reported(text, "fr", ("Djamel Fourar", "PER")) == [("la situation est stable dans le pays", "Djamel Fourar")]


def test_a_source_named_by_an_organisations_noun_after_the_clause_is_that_organisation() -> None:
    text = (
        "La Policía Nacional acudió al lugar. El hombre también comenzó a amenazar a los agentes que llegaron, "
        "según la policía."
    )
    assert reported(text, "es", ("Policía Nacional", "ORG")) == [
        ("El hombre también comenzó a amenazar a los agentes que llegaron", "Policía Nacional")
    ]


def test_a_fronted_source_named_by_an_organisations_noun_is_that_organisation() -> None:
    text = "Le ministère de la Santé a publié un bilan. Selon le ministère, la Tunisie compte désormais 35 décès."
    assert reported(text, "fr", ("ministère de la Santé", "ORG")) == [
        ("la Tunisie compte désormais 35 décès", "ministère de la Santé")
    ]


@pytest.mark.parametrize(
    ("text", "name", "clause"),
    [
        # A plural subject takes the plural verb.
        (
            "Die Ärzte der Charité bestätigten in ihrer Erklärung, dass der Patient die Klinik verlassen habe.",
            "Charité",
            "der Patient die Klinik verlassen habe",
        ),
        (
            "Die Grünen kritisierten, die Regierung habe zu spät gehandelt.",
            "Grünen",
            "die Regierung habe zu spät gehandelt",
        ),
        # Up to six words of time, place and occasion between the verb and its clause.
        (
            "Steffen Seibert sagte am Donnerstag auf der Pressekonferenz, Deutschland werde helfen.",
            "Steffen Seibert",
            "Deutschland werde helfen",
        ),
    ],
)
def test_german_plural_verbs_of_saying_and_longer_adverbials_before_the_clause(
    text: str, name: str, clause: str
) -> None:
    found = reported(text, "de", (name, "PER" if " " in name else "ORG"))
    assert [q for q, _ in found] == [clause]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "Die Polizei Köln teilte mit, der Mann sei ins Krankenhaus gebracht worden.",
            "der Mann sei ins Krankenhaus gebracht worden",
        ),
        ("Die Polizei Köln fordert, dass die Autofahrer langsamer fahren.", "die Autofahrer langsamer fahren"),
        ("Die Polizei Köln machte deutlich, dass niemand verletzt wurde.", "niemand verletzt wurde"),
        ("Die Polizei Köln sprach sich dafür aus, dass mehr kontrolliert wird.", "mehr kontrolliert wird"),
    ],
)
def test_german_present_tense_verbs_and_phrases_of_saying_report_a_clause(text: str, clause: str) -> None:
    assert reported(text, "de", ("Polizei Köln", "ORG")) == [(clause, "Polizei Köln")]


def test_a_german_belief_or_expectation_is_no_reported_speech() -> None:
    text = "Die Polizei Köln geht davon aus, dass der Mann betrunken war."
    assert reported(text, "de", ("Polizei Köln", "ORG")) == []


@pytest.mark.parametrize(
    ("text", "language", "name", "clause"),
    [
        (
            "En los hoteles se podrá atender a los pacientes leves, explicó este miércoles por la tarde "
            "el Gobierno Vasco en un comunicado.",
            "es",
            "Gobierno Vasco",
            "En los hoteles se podrá atender a los pacientes leves",
        ),
        (
            "The talks will resume on Monday in Geneva, Pierre Eltschinger said on Tuesday in a statement posted on "
            "the ministry's website.",
            "en",
            "Pierre Eltschinger",
            "The talks will resume on Monday in Geneva",
        ),
    ],
)
def test_a_channel_phrase_closing_a_long_attribution_after_the_clause_is_no_part_of_it(
    text: str, language: str, name: str, clause: str
) -> None:
    label: EntityLabel = "ORG" if name.startswith("Gobierno") else "PER"
    assert reported(text, language, (name, label)) == [(clause, name)]


def test_a_spanish_verb_of_describing_reports_the_clause_after_que() -> None:
    text = "El ministro Juan Pérez describió que la economía crecerá este año un tres por ciento."
    assert reported(text, "es", ("Juan Pérez", "PER")) == [
        ("la economía crecerá este año un tres por ciento", "Juan Pérez")
    ]


def test_a_title_before_the_name_in_an_attribution_after_the_clause_does_not_push_the_name_out_of_reach() -> None:
    text = 'Officer Timothy Hinton was "recovering well" at home, deputy police chief Bill Bonney said.'
    found = reported(text, "en", ("Timothy Hinton", "PER"), ("Bill Bonney", "PER"))
    assert found == [('Officer Timothy Hinton was "recovering well" at home', "Bill Bonney")]


def test_five_words_before_the_verb_without_a_name_right_before_it_are_no_attribution() -> None:
    text = "The company was recovering well at home, a report on the state of its accounts said."
    assert reported(text, "en") == []


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "Angela Merkel kündigte an, die Maßnahmen bis Ende Mai zu verlängern.",
            "die Maßnahmen bis Ende Mai zu verlängern",
        ),
        (
            "Angela Merkel hat angekündigt, sich gegen den Vorwurf zu verteidigen.",
            "sich gegen den Vorwurf zu verteidigen",
        ),
        ("Angela Merkel versprach, die Steuer abzuschaffen.", "die Steuer abzuschaffen"),
        ("Angela Merkel rief die Bürger dazu auf, zu Hause zu bleiben.", "zu Hause zu bleiben"),
    ],
)
def test_a_german_announcement_or_call_reports_an_infinitive_clause(text: str, clause: str) -> None:
    assert reported(text, "de", ("Angela Merkel", "PER")) == [(clause, "Angela Merkel")]


def test_a_german_infinitive_clause_after_a_plain_verb_of_saying_is_no_reported_speech() -> None:
    text = "Angela Merkel sagte, um die Lage zu verbessern."
    assert reported(text, "de", ("Angela Merkel", "PER")) == []


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "Juan Pérez dio a conocer que la economía crecerá este año un tres por ciento.",
            "la economía crecerá este año un tres por ciento",
        ),
        (
            "Juan Pérez hizo saber que la economía crecerá este año un tres por ciento.",
            "la economía crecerá este año un tres por ciento",
        ),
        (
            "La economía crecerá este año un tres por ciento, de acuerdo con Juan Pérez.",
            "La economía crecerá este año un tres por ciento",
        ),
    ],
)
def test_spanish_phrases_of_making_known_and_a_source_after_the_clause(text: str, clause: str) -> None:
    assert reported(text, "es", ("Juan Pérez", "PER")) == [(clause, "Juan Pérez")]


def test_the_holder_of_a_ministry_named_after_the_role_speaks_not_the_portfolio() -> None:
    text = "La economía crecerá este año un tres por ciento, aseguró el ministro de Economía, Juan Pérez."
    # The entity finder's own names: the small Spanish model tags "Economía" as a person.
    found = [(q.text, q.speaker) for q in find_quotes(text, "es", find_entities(text, "es"))]
    assert found == [("La economía crecerá este año un tres por ciento", "Juan Pérez")]


@pytest.mark.parametrize(
    ("text", "language", "name", "clause"),
    [
        (
            "Ein Unfall in Köln. Der Fahrer wurde schwer verletzt ins Krankenhaus gebracht. "
            "Das teilte die Polizei Köln am Montag mit.",
            "de",
            "Polizei Köln",
            "Der Fahrer wurde schwer verletzt ins Krankenhaus gebracht",
        ),
        (
            "Hubo un accidente. El conductor fue trasladado al hospital con heridas graves. "
            "Así lo informó la Policía Nacional en un comunicado.",
            "es",
            "Policía Nacional",
            "El conductor fue trasladado al hospital con heridas graves",
        ),
        (
            "Un accident. Le conducteur a été transporté à l'hôpital dans un état grave. "
            "C'est ce qu'a annoncé la préfecture du Nord lundi.",
            "fr",
            "préfecture du Nord",
            "Le conducteur a été transporté à l'hôpital dans un état grave",
        ),
    ],
)
def test_a_sentence_attributed_by_a_pronoun_in_the_next_one_is_reported_speech(
    text: str, language: str, name: str, clause: str
) -> None:
    assert reported(text, language, (name, "ORG")) == [(clause, name)]


@pytest.mark.parametrize(
    "attribution",
    ["Das teilten die Behörden von Spitzbergen am Donnerstag mit.", "Dies verlautete am Dienstag aus Konzernkreisen."],
)
def test_an_attribution_by_a_pronoun_to_unnamed_people_or_circles_reports_for_nobody_in_particular(
    attribution: str,
) -> None:
    text = "Die Lage ist ernst. Rund 80.000 Beschäftigte in Deutschland gehen in Kurzarbeit. " + attribution
    assert reported(text, "de") == [("Rund 80.000 Beschäftigte in Deutschland gehen in Kurzarbeit", None)]


def test_a_german_estimate_after_a_clause_in_konjunktiv_is_the_estimators_report() -> None:
    text = "Das operative Ergebnis sei dadurch um 300 Millionen Euro niedriger ausgefallen, schätzte Sony am Mittwoch."
    assert reported(text, "de", ("Sony", "ORG")) == [
        ("Das operative Ergebnis sei dadurch um 300 Millionen Euro niedriger ausgefallen", "Sony")
    ]


def test_an_attribution_by_a_pronoun_to_nobody_named_takes_nothing() -> None:
    text = "Der Fahrer war viel zu schnell unterwegs gewesen. Das sagte er aber nicht."
    assert reported(text, "de") == []


@pytest.mark.parametrize(
    "text",
    [
        "Juan Pérez externó que la economía crecerá este año un tres por ciento.",
        "Juan Pérez informó a través de sus redes sociales que la economía crecerá este año un tres por ciento.",
    ],
)
def test_mexican_externar_and_a_social_media_channel_before_que(text: str) -> None:
    assert reported(text, "es", ("Juan Pérez", "PER")) == [
        ("la economía crecerá este año un tres por ciento", "Juan Pérez")
    ]


@pytest.mark.parametrize(
    ("text", "language", "clause", "speaker"),
    [
        (
            "Die Zahl der Infizierten kletterte von 26.062 auf 28.719, teilte der italienische Zivilschutz in Rom mit.",
            "de",
            "Die Zahl der Infizierten kletterte von 26.062 auf 28.719",
            "italienische Zivilschutz in Rom",
        ),
        (
            "The driver was taken to hospital with serious injuries on Monday, the fire department said.",
            "en",
            "The driver was taken to hospital with serious injuries on Monday",
            "fire department",
        ),
        (
            "Le conducteur a été transporté à l'hôpital dans un état grave, a indiqué la préfecture.",
            "fr",
            "Le conducteur a été transporté à l'hôpital dans un état grave",
            "préfecture",
        ),
        (
            "Die Staatsanwaltschaft teilte am Montag mit, der Fahrer sei schwer verletzt worden.",
            "de",
            "der Fahrer sei schwer verletzt worden",
            "Staatsanwaltschaft",
        ),
        (
            "La préfecture a indiqué que le conducteur avait été grièvement blessé.",
            "fr",
            "le conducteur avait été grièvement blessé",
            "préfecture",
        ),
        (
            "In Bolivien finden am 3. Mai Präsidentschaftswahlen statt. Das teilte die Wahlkommission in La Paz mit.",
            "de",
            "In Bolivien finden am 3. Mai Präsidentschaftswahlen statt",
            "Wahlkommission in La Paz",
        ),
    ],
)
def test_an_institution_the_article_names_no_other_way_speaks_by_its_description(
    text: str, language: str, clause: str, speaker: str
) -> None:
    assert reported(text, language) == [(clause, speaker)]


def test_an_institution_described_after_its_name_is_the_named_one() -> None:
    text = "Polizei Köln ermittelt. Die Zahl der Verletzten stieg am Montag auf zwölf, teilte die Polizei abends mit."
    assert reported(text, "de", ("Polizei Köln", "ORG")) == [
        ("Die Zahl der Verletzten stieg am Montag auf zwölf", "Polizei Köln")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # A person whose role names the institution speaks, not the institution.
        "The driver was taken to hospital with serious injuries on Monday, said the police chief.",
        # A clause of its own after the verb: no closing attribution.
        "The driver was taken to hospital on Monday, the police said in a long statement that was published "
        "late on Tuesday evening by the regional office.",
    ],
)
def test_no_institution_speaker_where_the_attribution_is_not_the_institution_alone(text: str) -> None:
    assert all(speaker != "police" for _, speaker in reported(text, "en"))


def test_spanish_al_and_an_infinitive_of_saying_reports_the_subjects_words() -> None:
    text = "Este lunes Juan Pérez reiteró su optimismo al señalar que el miércoles realizará una ceremonia en palacio."
    assert reported(text, "es", ("Juan Pérez", "PER")) == [
        ("el miércoles realizará una ceremonia en palacio", "Juan Pérez")
    ]


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        (
            "Die Regierung in Athen wiederholte, Griechenland werde keine illegalen Grenzübertritte dulden.",
            "Griechenland werde keine illegalen Grenzübertritte dulden",
            "Regierung in Athen",
        ),
        (
            "Peter Müller gab an, er habe von dem Vorfall nichts gewusst.",
            "er habe von dem Vorfall nichts gewusst",
            None,
        ),
        (
            "Peter Müller behauptete, der Vertrag sei nie unterschrieben worden.",
            "der Vertrag sei nie unterschrieben worden",
            None,
        ),
    ],
)
def test_more_german_verbs_of_saying_report_a_clause(text: str, clause: str, speaker: str | None) -> None:
    assert reported(text, "de", ("Peter Müller", "PER")) == [(clause, speaker or "Peter Müller")]


def test_german_hoping_is_no_saying() -> None:
    assert (
        reported("Peter Müller hofft, dass die Zahlen bald wieder sinken werden.", "de", ("Peter Müller", "PER")) == []
    )


def test_a_spanish_verb_without_subject_goes_on_with_the_institution_reported_before() -> None:
    text = (
        "Aumenta la seguridad tras la riña en el Penal Varonil El gobierno de Zacatecas informó que se reforzará "
        "la seguridad en los centros penitenciarios. En un comunicado, describió que la tarde de ayer se reportó "
        "una confrontación en el penal. Agregó que al interior se activaron los protocolos de contención."
    )
    speakers = {speaker for _, speaker in reported(text, "es", ("Penal Varonil", "ORG"))}
    assert speakers == {"gobierno de Zacatecas"}


def test_an_institution_after_the_verb_and_a_weekday_speaks() -> None:
    text = "En los hoteles se podrá atender a los pacientes leves, explicó este miércoles el Gobierno regional."
    assert reported(text, "es") == [("En los hoteles se podrá atender a los pacientes leves", "Gobierno regional")]


def test_a_pro_drop_verb_far_from_any_reported_clause_names_nobody() -> None:
    text = (
        "El gobierno de Zacatecas informó que se reforzará la seguridad en los centros penitenciarios. "
        + "Los hechos ocurrieron en la tarde del martes en el patio del penal de la ciudad. " * 6
        + "Agregó que al interior se activaron los protocolos de contención."
    )
    assert reported(text, "es")[-1] == ("al interior se activaron los protocolos de contención", None)


@pytest.mark.parametrize(
    ("text", "language", "names", "speaker"),
    [
        (
            "Bernie Sanders spoke on Monday. Prices will rise sharply next year, the 78-year-old said.",
            "en",
            (("Bernie Sanders", "PER"),),
            "Bernie Sanders",
        ),
        (
            "Anna Lang sprach am Montag mit Hans Meier. Die Preise würden stark steigen, sagte die 48-Jährige.",
            "de",
            (("Anna Lang", "PER"), ("Hans Meier", "PER")),
            "Anna Lang",
        ),
        (
            "Hans Meier sprach am Montag mit Anna Lang. Die Preise würden stark steigen, sagte der 48-Jährige.",
            "de",
            (("Hans Meier", "PER"), ("Anna Lang", "PER")),
            "Hans Meier",
        ),
    ],
)
def test_a_description_after_the_clause_is_the_person_in_focus(
    text: str, language: str, names: tuple[tuple[str, EntityLabel], ...], speaker: str
) -> None:
    """A role or an age with its article, given to nobody before, stands for the person in focus, of its gender."""
    ((_, found),) = reported(text, language, *names)
    assert found == speaker


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # A public body by its bare noun after "laut", and a source in the genitive after "nach Angaben des".
        (
            "Einbruch in Wien. Laut Polizei sind zwei Räuber über ein Baugerüst in die Wohnung eingedrungen.",
            (("Wien", "LOC"),),
            [("sind zwei Räuber über ein Baugerüst in die Wohnung eingedrungen", None)],
        ),
        (
            "Nach Angaben des Gesundheitsministeriums ist der Erreger bei 11235 Personen nachgewiesen worden.",
            (),
            [("ist der Erreger bei 11235 Personen nachgewiesen worden", "Gesundheitsministeriums")],
        ),
        # An appeal's infinitive clause.
        (
            "Elisabeth Köstinger sprach in Wien. Sie appellierte an Zivildiener, sich für den Dienst zu melden.",
            (("Elisabeth Köstinger", "PER"), ("Wien", "LOC")),
            [("sich für den Dienst zu melden", "Elisabeth Köstinger")],
        ),
        # "laut" as an adverb ("loud") names no source.
        ("Er sprach am Montag laut und deutlich mit Anna Lang über das Wetter.", (("Anna Lang", "PER"),), []),
    ],
)
def test_german_sources_in_the_genitive_bare_nouns_and_infinitive_clauses(
    text: str, names: tuple[tuple[str, EntityLabel], ...], expected: list[tuple[str, str | None]]
) -> None:
    assert reported(text, "de", *names) == expected


def test_a_name_after_a_longer_description_attributes_the_clause_before_it() -> None:
    text = (
        "Deputies rounded up about 30 llamas after receiving calls that they were running amok along a busy "
        "roadway, ABC Los Angeles station KABC reported."
    )
    ((clause, speaker),) = reported(text, "en", ("ABC", "ORG"), ("Los Angeles", "LOC"), ("KABC", "ORG"))
    assert clause == text[: text.index(", ABC")]
    assert speaker == "KABC"


def test_a_clause_with_a_conjunction_before_a_name_is_no_description_of_it() -> None:
    text = "The Amir wished all Gulf peoples a happy New Year, welfare and prosperity on all GCC states."
    assert reported(text, "en", ("GCC", "ORG")) == []


@pytest.mark.parametrize(
    ("text", "language", "names", "speaker"),
    [
        (
            "El papa Francisco saludó a los fieles. El Vaticano dijo que Francisco estaba preocupado por los gérmenes.",
            "es",
            (("Francisco", "PER"), ("Vaticano", "LOC")),
            "Vaticano",
        ),
        (
            "Joe Biden met officials in Tokyo. India has assured Japan that the visa rules will not stop travel.",
            "en",
            (("Joe Biden", "PER"), ("Tokyo", "LOC"), ("India", "LOC"), ("Japan", "LOC")),
            "India",
        ),
        (
            "Joe Biden met officials in Tokyo. Apparently upset, Japan has conveyed to India that a blanket ban on "
            "visas is going to hurt economic engagement.",
            "en",
            (("Joe Biden", "PER"), ("Tokyo", "LOC"), ("Japan", "LOC"), ("India", "LOC")),
            "Japan",
        ),
    ],
)
def test_a_place_as_the_subject_of_a_verb_of_saying_speaks_for_its_government(
    text: str, language: str, names: tuple[tuple[str, EntityLabel], ...], speaker: str
) -> None:
    ((_, found),) = reported(text, language, *names)
    assert found == speaker


def test_a_name_ending_like_a_past_tense_opens_no_reported_clause() -> None:
    text = (
        'The boy was born at midnight. "I am very happy to have this miracle boy," said his father '
        "Deeq Mohameed Farah after welcoming the child."
    )
    quotes = find_quotes(text, "en", entities_of(text, ("Deeq Mohameed Farah", "PER")))
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", "Deeq Mohameed Farah")]


def test_a_name_after_a_preposition_of_time_or_circumstance_is_no_subject() -> None:
    text = (
        "The family of a man stabbed multiple times during a Hanukkah attack at the home of a New York rabbi "
        "says he is in dire condition."
    )
    assert reported(text, "en", ("Hanukkah", "MISC"), ("New York", "LOC")) == [("he is in dire condition", None)]


def test_informing_someone_that_reports_the_clause() -> None:
    text = "Registrar Ann Lee met the press. Ann Lee informed the council that the office would reopen in March."
    assert reported(text, "en", ("Ann Lee", "PER"), ("Ann Lee", "PER")) == [
        ("the office would reopen in March", "Ann Lee")
    ]


def test_a_place_after_a_preposition_is_no_subject() -> None:
    text = "Joe Biden spoke to reporters. Officials in Japan said the visa rules will not stop business travel."
    assert "Japan" not in {s for _, s in reported(text, "en", ("Joe Biden", "PER"), ("Japan", "LOC"))}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Der Kreis Gütersloh hat eine Corona-Hotline eingerichtet, wie owl24.de* berichtet.", "owl24.de"),
        (
            "Die Polizei war vor Ort, griff aber nicht ein, wie ein Journalist der Agentur Keystone-SDA berichtete.",
            None,
        ),
        ("Der Fahrer sei geflohen, wie die Zeitung berichtete.", None),
    ],
)
def test_a_german_medium_named_as_written_and_an_unnamed_reporter(text: str, speaker: str | None) -> None:
    ((_, found),) = reported(text, "de", ("Gütersloh", "LOC"), ("Keystone-SDA", "ORG"))
    assert found == speaker


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Dozens of llamas were stolen from an animal farm in Perris, according to reports.", "en"),
        ("Docenas de llamas fueron robadas de una granja en Perris, según los informes.", "es"),
    ],
)
def test_a_clause_according_to_unnamed_reports_is_reported_by_nobody_named(text: str, language: str) -> None:
    ((clause, speaker),) = reported(text, language, ("Perris", "LOC"))
    assert (clause, speaker) == (text[: text.index(",")], None)


def test_a_clause_according_to_a_named_source_keeps_its_source() -> None:
    text = "Dozens of llamas were stolen from an animal farm in Perris, according to Eduardo Strusi."
    assert [s for _, s in reported(text, "en", ("Perris", "LOC"), ("Eduardo Strusi", "PER"))] == ["Eduardo Strusi"]


def test_a_pronoun_before_the_verb_is_its_subject_not_the_name_before_it() -> None:
    text = (
        "Senator Susan Collins says she is open to calling witnesses at the impeachment trial of President "
        "Donald Trump, but she says it is premature to decide who should be called."
    )
    names = (("Susan Collins", "PER"), ("Donald Trump", "PER"))
    quotes = find_quotes(text, "en", entities_of(text, *names))
    last = [q for q in quotes if q.text.startswith("it is premature")]
    assert [q.speaker for q in last] == ["Susan Collins"]
    # A name right before the verb is its subject, whatever pronoun came earlier.
    text = "She met the minister, and Donald Trump said the talks had gone well for both countries."
    quotes = find_quotes(text, "en", entities_of(text, *names))
    assert [q.speaker for q in quotes] == ["Donald Trump"]


def test_an_adverb_between_a_described_organisation_and_its_verb_keeps_the_organisation() -> None:
    text = (
        "DoorDash changed its rules for restaurant workers this week. The company also announced that it "
        "would waive commission fees for pick-up orders."
    )
    quotes = find_quotes(text, "en", entities_of(text, ("DoorDash", "ORG")))
    assert [(q.kind, q.speaker) for q in quotes] == [("indirect", "DoorDash")]


def test_a_police_force_named_by_its_place_speaks_for_the_police_said_after_it() -> None:
    text = (
        "Graham was charged with robbery, Arlington County police said. Montgomery County police said Graham "
        "had robbed a jewelry store in December. Detectives received numerous tips about Graham, police said."
    )
    names = (("Graham", "PER"), ("Arlington County", "LOC"), ("Montgomery County", "LOC"))
    quotes = find_quotes(text, "en", entities_of(text, *names))
    assert [q.speaker for q in quotes] == [
        "Arlington County police",
        "Montgomery County police",
        "Montgomery County police",
    ]
    # Without a force named anywhere, bare police stay nobody in particular.
    text = "Detectives received numerous tips about Graham and his car, police said."
    quotes = find_quotes(text, "en", entities_of(text, ("Graham", "PER")))
    assert [q.speaker for q in quotes] == [None]


@pytest.mark.parametrize("source", ["state media", "state media citing local authorities", "local media reports"])
def test_a_clause_according_to_unnamed_media_is_reported_by_nobody_named(source: str) -> None:
    text = f"At least nine people were killed on Wednesday after heavy rains struck the capital, according to {source}."
    quotes = find_quotes(text, "en", ())
    assert [(q.kind, q.speaker, q.cue) for q in quotes] == [("indirect", None, "according to")]


def test_a_clergyman_named_by_his_office_is_the_one_introduced() -> None:
    text = (
        "Pastor Enoch Adeboye called on Nigerians to pray for the nation. On the international scene, the "
        "clergyman said earthquakes and volcanoes will erupt."
    )
    quotes = find_quotes(text, "en", entities_of(text, ("Enoch Adeboye", "PER")))
    assert [(q.kind, q.speaker) for q in quotes] == [("indirect", "Enoch Adeboye")]


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        # A long first phrase before the verb in Konjunktiv I.
        ("Für rund 70 Frauen und Männer sei häusliche Quarantäne angeordnet worden.", True),
        # A verb in Konjunktiv I that no fixed list holds: the dictionary knows it.
        ("Oxycodon zähle in Deutschland nicht zu den häufig verordneten Opioiden.", True),
        # The Konjunktiv of a clause after the comma, or of a question or condition opening the sentence.
        ("Einige kritisieren, dass er vergleichsweise wenig Geld spende.", False),
        ("In welcher Form dies geschehen solle, war zunächst nicht klar.", False),
        # A noun's end after a soft hyphen ("Nach-frage") is no verb.
        ("Nicht nur die gesunkene Nach\xadfrage sorgt für schlechte Zahlen.", False),
    ],
)
def test_a_german_konjunktiv_sentence_after_a_report_by_an_organisation(sentence: str, reported: bool) -> None:
    text = "Eine weitere Person habe sich infiziert, teilte der Landkreis Leer am Samstag mit. " + sentence
    quotes = find_quotes(text, "de", entities_of(text, ("Landkreis Leer", "ORG")))
    expected = [("Eine weitere Person habe sich infiziert", "Landkreis Leer")]
    if reported:
        expected.append((sentence.rstrip("."), "Landkreis Leer"))
    assert [(q.text, q.speaker) for q in quotes] == expected


@pytest.mark.parametrize(
    ("text", "language", "clause"),
    [
        (
            "Die Aktion habe im Rahmen der Kampagne stattgefunden, teilten die Verantwortlichen mit.",
            "de",
            "Die Aktion habe im Rahmen der Kampagne stattgefunden",
        ),
        (
            "Nach dem Anstieg in der Vorwoche kämen Gewinnmitnahmen nicht überraschend, hieß es am Markt.",
            "de",
            "Nach dem Anstieg in der Vorwoche kämen Gewinnmitnahmen nicht überraschend",
        ),
        (
            "La causa del incendio fue un cortocircuito en la cocina, según indicaron algunas personas.",
            "es",
            "La causa del incendio fue un cortocircuito en la cocina",
        ),
    ],
)
def test_a_clause_reported_by_a_group_or_nobody_named_has_no_speaker(text: str, language: str, clause: str) -> None:
    assert reported(text, language) == [(clause, None)]


def test_an_infinitive_after_the_comma_is_no_attribution_of_the_clause_before() -> None:
    # "zu sagen" does not attribute what stands before the comma; the accusation reports the infinitive.
    text = "Unter anderem wirft er dem Intendanten des Senders vor, Unwahrheiten zu sagen."
    assert reported(text, "de") == [("Unwahrheiten zu sagen", None)]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("Außerdem sagte er, das System müsse gestützt werden.", "das System müsse gestützt werden"),
        ("Zudem rechnet er damit, dass die Steuern steigen werden.", "die Steuern steigen werden"),
        # The name after the pronoun is the one accused, not the speaker.
        ("Unter anderem wirft er dem Intendanten Ulrich Wilhelm vor, Unwahrheiten zu sagen.", "Unwahrheiten zu sagen"),
        ("Er plädierte, dass beide Länder nach vorne schauen sollten.", "beide Länder nach vorne schauen sollten"),
    ],
)
def test_a_german_pronoun_after_the_verb_of_saying_is_the_person_in_focus(sentence: str, clause: str) -> None:
    text = "Norbert Walter-Borjans will mehr Geld für die Rente. " + sentence
    names: tuple[tuple[str, EntityLabel], ...] = (("Norbert Walter-Borjans", "PER"), ("Ulrich Wilhelm", "PER"))
    assert reported(text, "de", *names) == [(clause, "Norbert Walter-Borjans")]


def test_a_german_clause_before_its_attribution_is_read_when_a_second_verb_reports_more() -> None:
    text = (
        "Die Regierung unternehme alles, um die Versorgung zu gewährleisten, sagte Elisabeth Köstinger und "
        "appellierte an ehemalige Zivildiener, sich für den freiwilligen Dienst zu melden"
    )
    assert reported(text, "de", ("Elisabeth Köstinger", "PER")) == [
        ("Die Regierung unternehme alles, um die Versorgung zu gewährleisten", "Elisabeth Köstinger"),
        ("sich für den freiwilligen Dienst zu melden", "Elisabeth Köstinger"),
    ]


def test_german_advice_and_requests_are_not_reported_speech() -> None:
    text = "Die Bahn empfahl Pendlern zwischen Berlin und Potsdam, auf die Regionalbahnen auszuweichen."
    assert reported(text, "de", ("Bahn", "ORG")) == []


@pytest.mark.parametrize(
    ("text", "name", "clause"),
    [
        (
            "ER24 spokesperson Ross Campbell said the fire department and another private service arrived to help "
            "the injured.",
            "Ross Campbell",
            "the fire department and another private service arrived to help the injured",
        ),
        (
            # The apposition keeps the parser from reading the clause: the pattern must see past the channel.
            "South Africa's President Cyril Ramaphosa, re-elected in 2019, said in a New Year's statement that jobs "
            "are his biggest challenge for 2020.",
            "Cyril Ramaphosa",
            "jobs are his biggest challenge for 2020",
        ),
    ],
)
def test_english_reported_clauses_past_a_purpose_or_a_described_statement(text: str, name: str, clause: str) -> None:
    assert reported(text, "en", (name, "PER")) == [(clause, name)]


def test_a_spanish_verb_of_saying_may_name_the_medium_spoken_to() -> None:
    text = "Un oficial subalterno le dijo a The Standard que estaban de vacaciones."
    assert reported(text, "es", ("The Standard", "ORG")) == [("estaban de vacaciones", None)]


def test_a_name_after_von_in_a_plural_subject_is_the_pollster_not_the_speaker() -> None:
    text = "Am Montag sagten die von Reuters befragten Analysten, dass die Notenbank den Leitzins belassen werde."
    assert reported(text, "de", ("Reuters", "ORG")) == [("die Notenbank den Leitzins belassen werde", None)]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "Becky Dell went on to say that she hoped the challenge would inspire others.",
            "she hoped the challenge would inspire others",
        ),
        (
            "Becky Dell took to Twitter, revealing she saved £1,621 after the effort.",
            "she saved £1,621 after the effort",
        ),
        ("Becky Dell was quick to point out that the shops had been empty.", "the shops had been empty"),
    ],
)
def test_english_reports_by_an_infinitive_or_a_participle(sentence: str, clause: str) -> None:
    assert reported(sentence, "en", ("Becky Dell", "PER")) == [(clause, "Becky Dell")]


def test_an_english_sentence_head_before_its_own_report_is_not_read_as_a_second_clause() -> None:
    text = (
        "Firefighters were sent to the Extended Stay America hotel, according to the Los Angeles Fire Department, "
        "which reported that three other patients were taken to hospital."
    )
    found = reported(text, "en", ("Los Angeles Fire Department", "ORG"))
    assert [clause for clause, _ in found] == ["three other patients were taken to hospital"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Signalstörungen sorgten für Einschränkungen bei der Berliner S-Bahn. Auf der Linie S5 kam es zu "
            "Verspätungen, wie die S-Bahn twitterte.",
            "Berliner S-Bahn",
        ),
        # A sentence's capitalised article is no part of a name.
        ("Die Zeitung schrieb viel. Die Linie S7 wurde unterbrochen, wie die Zeitung berichtete.", None),
    ],
)
def test_a_german_common_noun_subject_is_the_name_written_with_it_before(text: str, speaker: str | None) -> None:
    assert [name for _, name in reported(text, "de")] == [speaker]


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("according to local police", None),
        ("according to state police", "state police"),
        # A name that begins as an article does ("Den-", "Lo-") keeps its letters.
        ("Denver police said", "Denver police"),
    ],
)
def test_police_by_a_vague_adjective_are_nobody_and_a_name_keeps_its_first_letters(
    attribution: str, speaker: str | None
) -> None:
    text = f"The accident happened on a road full of bars shortly after midnight, {attribution}."
    assert [name for _, name in reported(text, "en")] == [speaker]


def test_a_german_expert_of_an_organisation_is_the_person_in_focus_not_the_organisation() -> None:
    text = (
        "Carsten Telschow vom Wissenschaftlichen Institut der AOK hat die Zahlen ausgewertet. Aus den "
        "Verordnungszahlen lasse sich kein Problem ableiten, so der Arzneimittelexperte des WIdO."
    )
    names: tuple[tuple[str, EntityLabel], ...] = (("Carsten Telschow", "PER"), ("WIdO", "ORG"), ("AOK", "ORG"))
    assert reported(text, "de", *names) == [
        ("Aus den Verordnungszahlen lasse sich kein Problem ableiten", "Carsten Telschow")
    ]
