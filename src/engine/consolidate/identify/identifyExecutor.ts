import { fileNameScore } from "./fileNameScore";
import type { ExecutorEntry } from "../roster";

export type Identification = { readonly id: string | null; readonly candidates: readonly string[] };

/** Below this share of reported rows naming it, a body is not taken for the file's author. */
const MIN_COVERAGE = 0.5;

/**
 * Who wrote a return, from the responsible cells of the rows it reports on (`named`: the roster ids each row
 * names). Ranked by coverage (share of the reported rows that name the executor), then by how well the file
 * name fits it, then by recall (share of the executor's own measures the file reports; a body named on every
 * row of the plan, like "ВЦА, ОМС", has low recall). A tie on all three leaves the file unidentified and
 * lists the candidates; so does a file whose rows name nobody often enough.
 */
export function identifyExecutor(
  fileName: string,
  named: readonly (readonly string[])[],
  expectedCount: ReadonlyMap<string, number>,
  entries: readonly ExecutorEntry[],
  prefer: "uk" | "bg",
): Identification {
  if (named.length === 0) return { id: null, candidates: [] };
  const hits = new Map<string, number>();
  for (const ids of named) for (const id of new Set(ids)) hits.set(id, (hits.get(id) ?? 0) + 1);
  const scored = [...hits]
    .map(([id, count]) => ({
      id,
      coverage: Math.round((count / named.length) * 100) / 100,
      name: 0,
      recall: count / Math.max(count, expectedCount.get(id) ?? 0),
    }))
    .filter((score) => score.coverage >= MIN_COVERAGE);
  const top = Math.max(...scored.map((score) => score.coverage));
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  // The file name is read only when the rows leave several executors level.
  if (scored.filter((score) => score.coverage === top).length > 1)
    for (const score of scored) {
      const entry = byId.get(score.id);
      if (score.coverage === top && entry !== undefined) score.name = fileNameScore(fileName, entry, prefer);
    }
  const ranked = scored.sort((a, b) => b.coverage - a.coverage || b.name - a.name || b.recall - a.recall);
  const [first, second] = ranked;
  if (first === undefined) return { id: null, candidates: [] };
  const tied =
    second !== undefined &&
    second.coverage === first.coverage &&
    second.name === first.name &&
    Math.abs(second.recall - first.recall) < 1e-9;
  if (!tied) return { id: first.id, candidates: [first.id] };
  const candidates = ranked
    .filter((s) => s.coverage === first.coverage && s.name === first.name && s.recall === first.recall)
    .map((s) => s.id);
  return { id: null, candidates };
}
