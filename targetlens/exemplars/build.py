"""Regenerate the exemplar vectors shipped with the package: `python -m targetlens.exemplars.build`."""

from __future__ import annotations

from targetlens.exemplars.bank import Encoder, load_exemplars, write_shipped

if __name__ == "__main__":
    path = write_shipped(load_exemplars(), Encoder())
    print(f"wrote {path}")
