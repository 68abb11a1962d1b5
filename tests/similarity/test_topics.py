from __future__ import annotations

import numpy as np
import pytest

from newsprism.similarity.topics import TOPIC_AXES, TOPIC_FEATURE_NAMES, TopicProjection


def test_topic_features_are_symmetric_and_zero_apart_for_the_same_vector() -> None:
    rng = np.random.default_rng(0)
    topics = TopicProjection.fit(rng.normal(size=(50, 16)))
    a, b = rng.normal(size=(3, 16)), rng.normal(size=(3, 16))
    forward, backward = topics.pair_features(a, b), topics.pair_features(b, a)
    assert forward.shape == (3, len(TOPIC_FEATURE_NAMES))
    np.testing.assert_allclose(forward, backward)
    assert np.all(topics.pair_features(a, a)[:, :TOPIC_AXES] == 0)


def test_json_round_trip_and_malformed_input() -> None:
    topics = TopicProjection.fit(np.random.default_rng(1).normal(size=(30, 12)))
    again = TopicProjection.from_json(topics.to_json())
    np.testing.assert_allclose(again.axes, topics.axes, atol=1e-6)
    with pytest.raises(ValueError):
        TopicProjection.from_json({"mean": [0.0] * 12, "axes": [[0.0] * 11] * TOPIC_AXES})
    with pytest.raises(ValueError):
        TopicProjection.fit(np.zeros((3, 12)))
    with pytest.raises(ValueError):
        topics.transform(np.zeros((1, 13)))
