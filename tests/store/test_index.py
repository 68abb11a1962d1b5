from __future__ import annotations

import numpy as np

from newsprism.store.index import UsearchIndex
from tests.store.helpers import near, unit


def test_nearest_first_with_cosine():
    index = UsearchIndex()
    base = unit(1)
    index.add([1, 2, 3], np.stack([base, near(base, 5, 0.3), unit(9)]))
    hits = index.search(base, 3)
    assert [key for key, _ in hits][:2] == [1, 2]
    assert abs(hits[0][1] - 1.0) < 1e-2
    assert hits[0][1] >= hits[1][1] >= hits[2][1]


def test_adding_a_key_twice_is_ignored():
    index = UsearchIndex()
    index.add([1], unit(1)[None, :])
    index.add([1], unit(2)[None, :])
    assert len(index) == 1
    assert index.search(unit(1), 1)[0][0] == 1


def test_saved_index_reloads_and_damaged_file_is_tolerated(tmp_path):
    path = tmp_path / "x.usearch"
    index = UsearchIndex(path=path)
    index.add([4, 7], np.stack([unit(1), unit(2)]))
    index.save()
    again = UsearchIndex(path=path)
    assert len(again) == 2
    assert again.max_key() == 7
    path.write_bytes(b"not an index")
    damaged = UsearchIndex(path=path)
    assert len(damaged) == 0  # rebuilt from the store by the engine


def test_empty_index_search():
    assert UsearchIndex().search(unit(1), 5) == []


def test_similarity_model_still_loads_after_the_index_module(tmp_path):
    import subprocess
    import sys

    code = (
        "import newsprism.store.index\n"
        "from newsprism.similarity.scorer import Scorer\n"
        "Scorer().load()\n"
        "print('loaded')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "loaded" in result.stdout
