"""Thresholds of the story prism, in one frozen record."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PrismSettings:
    """Tunable values of :func:`newsprism.prism.build_prism`.

    Cosines are for the bundled USE multilingual encoder (translations of one
    sentence score ~0.7-0.9, same-story sentences about different facts ~0.2-0.5);
    recalibrate them for another encoder.
    """

    #: Candidate neighbours kept per sentence (blocking), among other sources' sentences.
    neighbours: int = 10
    #: Below this cosine a neighbour is not even a candidate.
    candidate_cosine: float = 0.38
    #: Aligned when the cosine plus the evidence bonus reaches this and some evidence is shared.
    anchored_cosine: float = 0.56
    #: Bonus per shared strong anchor (entity, place, date, number) specific to few sentences of the story.
    specific_anchor_bonus: float = 0.06
    #: Bonus per shared strong anchor that most sources repeat in many sentences (the story's own names).
    common_anchor_bonus: float = 0.015
    #: Bonus per shared name-like word (half as telling as an anchor).
    name_bonus: float = 0.03
    #: At most this many shared anchors and names count towards the bonus.
    max_evidence: int = 3
    #: Aligned on the embedding alone, allowed only where one side has no anchor to confirm with.
    unanchored_cosine: float = 0.8
    #: Rows of the similarity matrix computed at once (bounds memory).
    block_rows: int = 1024
    #: From this many sentences on, candidates come from an ANN index instead of exact blocks.
    ann_min_sentences: int = 20_000
    #: Two quotes of one speaker are one statement from this cosine on.
    voice_cosine: float = 0.7
    #: Two quotes attributed to different speakers are still one statement from this cosine on
    #: (attribution differs between sources more often than a translation scores this high).
    voice_any_speaker_cosine: float = 0.88
    #: Two quotes of one speaker are one statement from this cosine on when the quotes themselves
    #: are embedded (an encoder was given); translations of a short quote score ~0.5-0.9.
    voice_encoded_cosine: float = 0.5
    #: Encoded quotes, one side's speaker unknown: one statement from this cosine on.
    voice_unknown_speaker_cosine: float = 0.65
    #: Encoded quotes attributed to different speakers: one statement from this cosine on
    #: (the quote finder sometimes picks a nearby name, not the speaker).
    voice_other_speaker_cosine: float = 0.78
    #: Numbers further apart than this factor are not two versions of one figure.
    dispute_max_ratio: float = 3.0
    #: Dates further apart than this (days) are not two versions of one date.
    dispute_max_days: int = 14
    #: Words either side of a number that say what it counts ("1,200 people were evacuated").
    dispute_context_words: int = 4
    #: Two numbers of different sources count the same thing from this cosine of their contexts on.
    dispute_context_cosine: float = 0.44
    #: Counts below this (ages, durations, small tallies) need ``dispute_small_extra`` more context cosine.
    dispute_small_number: float = 100.0
    dispute_small_extra: float = 0.1
    #: At most this many numbers of a story are compared (bounds the pairwise context comparison).
    dispute_max_details: int = 3000
    #: Sentences in the lead.
    lead_sentences: int = 3
    #: Sentences with fewer words than this are not used for the lead or "adds".
    min_content_words: int = 4
