"""The trained similarity model: seven LightGBM regressors behind a versioned JSON manifest.

The artifact is a folder holding ``manifest.json``, ``topics.json`` (topic
axes) and one LightGBM text model per dimension. Text models (not pickles) cannot run code when loaded, can be
read and diffed, and load in any LightGBM version that reads the format.
Loading checks the manifest's format version, the feature names and each
model file's SHA-256, and fails with ``E016`` when anything is off.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import lightgbm
import numpy as np
import numpy.typing as npt

from newsprism.errors import Errors, ModelIntegrityError
from newsprism.records import DIMENSIONS
from newsprism.similarity.features import VARIANTS, feature_names
from newsprism.similarity.topics import TopicProjection

#: Bump when the artifact layout or the meaning of the features changes.
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
TOPICS = "topics.json"
#: The artifacts shipped with the package, one per scorer variant.
ARTIFACTS: dict[str, Path] = {variant: Path(__file__).parent / "artifacts" / f"{variant}-lgbm" for variant in VARIANTS}
DEFAULT_ARTIFACT = ARTIFACTS["use"]
#: Predictions are clipped to the SemEval scale.
SCALE_MIN, SCALE_MAX = 1.0, 4.0


def _sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _model_file(dimension: str) -> str:
    return f"{dimension.lower()}.lgbm.txt"


@dataclass
class SimilarityModel:
    """Seven regressors (one per dimension) and the manifest describing how they were made.

    Attributes:
        boosters: One LightGBM booster per dimension name.
        topics: Topic axes fitted on the training articles (input of the topic features).
        variant: Which features the model reads (``use`` or ``e5``, see ``features.VARIANTS``).
        manifest: Format version, feature names, encoder, training data hash, CV figures...
    """

    boosters: dict[str, lightgbm.Booster]
    topics: TopicProjection
    variant: str = "use"
    manifest: dict[str, Any] = field(default_factory=dict)

    def predict(self, features: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        """Predict all dimensions for a feature matrix ``(n, len(feature_names(variant)))``.

        Returns:
            Array ``(n, 7)`` in the order of :data:`~newsprism.records.DIMENSIONS`, clipped to 1-4.
        """
        matrix = np.atleast_2d(np.asarray(features, dtype=np.float64))
        if matrix.shape[0] == 0:
            return np.zeros((0, len(DIMENSIONS)), dtype=np.float64)
        columns = [self.boosters[name].predict(matrix, num_threads=1) for name in DIMENSIONS]
        return np.clip(np.column_stack(columns), SCALE_MIN, SCALE_MAX)

    def save(self, folder: str | Path) -> Path:
        """Write the manifest and the seven text models into ``folder`` (created when missing)."""
        target = Path(folder)
        target.mkdir(parents=True, exist_ok=True)
        hashes: dict[str, str] = {}
        topics_text = json.dumps(self.topics.to_json())
        (target / TOPICS).write_text(topics_text, encoding="utf-8")
        hashes["topics"] = _sha256_text(topics_text)
        for name in DIMENSIONS:
            text = self.boosters[name].model_to_string()
            (target / _model_file(name)).write_text(text, encoding="utf-8")
            hashes[name] = _sha256_text(text)
        manifest = {
            **self.manifest,
            "format_version": FORMAT_VERSION,
            "variant": self.variant,
            "feature_names": list(feature_names(self.variant)),
            "dimensions": list(DIMENSIONS),
            "model_sha256": hashes,
        }
        (target / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        self.manifest = manifest
        return target

    @classmethod
    def load(cls, folder: str | Path = DEFAULT_ARTIFACT) -> SimilarityModel:
        """Read an artifact folder, checking version, features and file hashes.

        Raises:
            ModelIntegrityError: ``E016`` when the manifest is missing, unreadable, of another
                format version, lists other features, or a model file is missing or altered.
        """
        source = Path(folder)

        def fail(detail: str) -> ModelIntegrityError:
            return ModelIntegrityError(Errors.E016.format(path=source, detail=detail))

        try:
            manifest = json.loads((source / MANIFEST).read_text(encoding="utf-8"))
        except FileNotFoundError as error:
            raise fail("manifest.json is missing") from error
        except (OSError, ValueError) as error:
            raise fail(f"manifest.json is unreadable ({error})") from error
        if not isinstance(manifest, dict):
            raise fail("manifest.json is not a JSON object")
        version = manifest.get("format_version")
        if version != FORMAT_VERSION:
            raise fail(f"format version {version!r}, this newsprism reads version {FORMAT_VERSION}")
        variant = manifest.get("variant")
        if variant not in VARIANTS:
            raise fail(f"unknown variant {variant!r}")
        if manifest.get("feature_names") != list(feature_names(variant)):
            raise fail("it was trained on other features than this newsprism computes; retrain it")
        hashes = manifest.get("model_sha256") or {}
        try:
            topics_text = (source / TOPICS).read_text(encoding="utf-8")
        except OSError as error:
            raise fail(f"{TOPICS} is missing") from error
        if _sha256_text(topics_text) != hashes.get("topics"):
            raise fail(f"{TOPICS} does not match its recorded SHA-256")
        try:
            topics = TopicProjection.from_json(json.loads(topics_text))
        except (ValueError, KeyError, TypeError) as error:
            raise fail(f"{TOPICS} is malformed ({error})") from error
        boosters: dict[str, lightgbm.Booster] = {}
        for name in DIMENSIONS:
            path = source / _model_file(name)
            try:
                text = path.read_text(encoding="utf-8")
            except OSError as error:
                raise fail(f"model file {path.name} is missing") from error
            if _sha256_text(text) != hashes.get(name):
                raise fail(f"model file {path.name} does not match its recorded SHA-256")
            try:
                boosters[name] = lightgbm.Booster(model_str=text)
            except lightgbm.basic.LightGBMError as error:
                raise fail(f"model file {path.name} could not be read ({error})") from error
        return cls(boosters=boosters, topics=topics, variant=variant, manifest=manifest)
