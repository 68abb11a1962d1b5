"""Story clustering: online assignment of articles to stories."""

from __future__ import annotations

from newsprism.cluster.judge import CosineJudge, PairJudge
from newsprism.cluster.online import Assignment, OnlineClusterer, story_id_for

__all__ = ["Assignment", "CosineJudge", "OnlineClusterer", "PairJudge", "story_id_for"]
