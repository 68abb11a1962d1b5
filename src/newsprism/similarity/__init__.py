"""Pairwise article similarity on the seven SemEval-2022 Task 8 dimensions."""
