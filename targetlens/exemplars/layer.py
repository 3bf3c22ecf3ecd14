"""The exemplar layer: when the lexicons find nothing a statement does to a group, its nearest exemplars vote.

The group mention is replaced by a pronoun (as in the exemplars), the statement is embedded, and the K
nearest exemplars — in any language, so an English exemplar can decide a Kazakh statement — vote with their
similarities. A hostile kind is added as a cue only when the nearest hostile exemplar is close (MIN_SIMILARITY) and
clearly closer than the nearest non-hostile one (MIN_MARGIN): a relative test, because similarities
between languages run lower than within one. The cue cites the exemplar ids and similarities.
"""

from __future__ import annotations

import numpy as np

from targetlens.exemplars.bank import PRONOUNS, Encoder, Exemplar, bank_vectors, load_exemplars
from targetlens.model.document import CueHit, WorkDocument, WorkStatement
from targetlens.stages.resolve import main_type

K = 7
MIN_SIMILARITY = 0.84  # the nearest hostile exemplar must be at least this close (cosine)
MIN_MARGIN = 0.05  # ... and this much closer than the nearest non-hostile one
HOSTILE = frozenset(
    {"dehumanisation", "negative_attribute", "contempt", "call_for_exclusion", "call_for_violence", "threat"}
)
#: Cue kinds whose presence means the lexicons already said what the statement does to the group.
DECIDED_KINDS = HOSTILE | {"slur", "insult", "profanity", "negative_generalisation", "migration_metaphor", "positive"}
SKIP_STATEMENT = frozenset({"counter_speech", "quotation", "negation", "state_accusation", "demand"})


class ExemplarLayer:
    def __init__(self) -> None:
        self.exemplars: tuple[Exemplar, ...] = load_exemplars()
        self.encoder = Encoder()
        self.vectors = bank_vectors(self.exemplars, self.encoder)
        self._text = ""
        self._hostile_mask = np.array([e.kind in HOSTILE for e in self.exemplars])

    def __call__(self, doc: WorkDocument) -> None:
        queries: list[tuple[WorkStatement, int, str]] = []
        for st in doc.statements:
            if st.language not in PRONOUNS or any(c.kind in SKIP_STATEMENT for c in st.cues):
                continue
            for idx, mention in enumerate(st.mentions):
                if main_type(mention) != "group" or any(c.mention == idx and c.kind in DECIDED_KINDS for c in st.cues):
                    continue
                if any("done to" in note for note in mention.notes):
                    continue  # the victims of a state action ("Beijing persecutes Uyghurs") are not its target
                queries.append((st, idx, _masked(doc.text, st, idx)))
        if not queries:
            return
        self._text = doc.text
        sims = self.encoder.encode([q for _st, _i, q in queries]) @ self.vectors.T
        for (st, idx, _q), row in zip(queries, sims, strict=True):
            cue = self._vote(st, idx, row)
            if cue is not None:
                st.cues.append(cue)

    def _vote(self, st: WorkStatement, idx: int, row: np.ndarray) -> CueHit | None:
        hostile = self._hostile_mask
        best_hostile = int(np.argmax(np.where(hostile, row, -1.0)))
        best_other = int(np.argmax(np.where(hostile, -1.0, row)))
        h, o = float(row[best_hostile]), float(row[best_other])
        if h < MIN_SIMILARITY or h - o < MIN_MARGIN:
            return None
        top = np.argsort(-row)[:K]
        weights: dict[str, float] = {}
        for i in top:
            kind = self.exemplars[int(i)].kind
            weights[kind] = weights.get(kind, 0.0) + float(row[i])
        kind = max(
            (k for k in weights if k in HOSTILE), key=lambda k: weights[k], default=self.exemplars[best_hostile].kind
        )
        cited = ", ".join(f"{self.exemplars[int(i)].id} ({float(row[i]):.2f})" for i in top[:3])
        why = f"nearest exemplars: {cited}; best hostile {h:.2f} vs best non-hostile {o:.2f}"
        return CueHit(
            f"exemplars:{self.exemplars[best_hostile].id}",
            kind,
            0,
            len(st.tokens),
            st.start,
            st.end,
            self._text[st.start : st.end],
            why,
            "none",
            "group",
            0.8,
            mention=idx,
            attach_reason=f"nearest exemplars vote {kind}: {cited}",
        )


def _masked(text: str, st: WorkStatement, idx: int) -> str:
    m = st.mentions[idx]
    pronoun = PRONOUNS[st.language]["{G}"]
    return (text[st.start : m.start] + pronoun + text[m.end : st.end]).strip()
