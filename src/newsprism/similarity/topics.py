"""Topic coordinates: article vectors projected on the main axes of the training articles.

Where two articles sit in the space of topics (finance, sport, conflict...) tells
the model how much their dimensions usually agree: stock reports share places
and style whatever the company; crime reports differ in place and tone. The
axes are the first principal components of the training articles' document
vectors (fitted on training folds only), stored with the model.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

#: Principal axes kept.
TOPIC_AXES = 8
TOPIC_FEATURE_NAMES: tuple[str, ...] = tuple(
    [f"topic_{i}_diff" for i in range(TOPIC_AXES)] + [f"topic_{i}_mean" for i in range(TOPIC_AXES)]
)


@dataclass(frozen=True)
class TopicProjection:
    """Centre and principal axes of document vectors.

    Attributes:
        mean: ``(dimension,)`` centre of the training document vectors.
        axes: ``(TOPIC_AXES, dimension)`` orthonormal principal axes.
    """

    mean: npt.NDArray[np.float64]
    axes: npt.NDArray[np.float64]

    @classmethod
    def fit(cls, vectors: npt.NDArray[np.floating[Any]], axes: int = TOPIC_AXES) -> TopicProjection:
        """Fit on document vectors ``(n, dimension)``; needs at least ``axes`` rows."""
        matrix = np.asarray(vectors, dtype=np.float64)
        if matrix.ndim != 2 or matrix.shape[0] < axes:
            raise ValueError(f"need at least {axes} document vectors to fit topic axes, got {matrix.shape}")
        centre = matrix.mean(axis=0)
        _, _, right = np.linalg.svd(matrix - centre, full_matrices=False)
        # Fix each axis' sign (largest component positive) so refits give comparable coordinates.
        components = right[:axes]
        signs = np.sign(components[np.arange(axes), np.abs(components).argmax(axis=1)])
        return cls(mean=centre, axes=components * signs[:, None])

    def transform(self, vectors: npt.NDArray[np.floating[Any]]) -> npt.NDArray[np.float64]:
        """Coordinates ``(n, TOPIC_AXES)`` of document vectors ``(n, dimension)``."""
        matrix = np.atleast_2d(np.asarray(vectors, dtype=np.float64))
        if matrix.shape[1] != self.mean.shape[0]:
            raise ValueError(f"document vectors have {matrix.shape[1]} dimensions, topic axes {self.mean.shape[0]}")
        return (matrix - self.mean) @ self.axes.T

    def pair_features(
        self, vectors_a: npt.NDArray[np.floating[Any]], vectors_b: npt.NDArray[np.floating[Any]]
    ) -> npt.NDArray[np.float64]:
        """Symmetric topic features ``(n, len(TOPIC_FEATURE_NAMES))``: distance and midpoint per axis."""
        first, second = self.transform(vectors_a), self.transform(vectors_b)
        return np.hstack([np.abs(first - second), (first + second) / 2])

    def to_json(self) -> dict[str, Any]:
        """JSON-ready form (rounded; stored beside the model)."""
        return {"mean": np.round(self.mean, 7).tolist(), "axes": np.round(self.axes, 7).tolist()}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TopicProjection:
        """Inverse of :meth:`to_json`; raises ValueError on a malformed object."""
        mean = np.asarray(data["mean"], dtype=np.float64)
        axes = np.asarray(data["axes"], dtype=np.float64)
        if mean.ndim != 1 or axes.shape != (TOPIC_AXES, mean.shape[0]):
            raise ValueError(f"topic axes of shape {axes.shape} do not fit a centre of shape {mean.shape}")
        return cls(mean=mean, axes=axes)
