import { collapseSpace } from "../engine";

/**
 * Column labels for an Excel table: one line, not empty, at most 120 characters, distinct from each other
 * and from `reserved` without regard to case (Excel's rule); clashes get " (2)", " (3)" …
 */
export function uniqueLabels(labels: readonly string[], reserved: readonly string[] = []): string[] {
  const taken = new Set(reserved.map((label) => label.toUpperCase()));
  return labels.map((label) => {
    const base = collapseSpace(label).slice(0, 120) || "—";
    let unique = base;
    for (let n = 2; taken.has(unique.toUpperCase()); n++) unique = `${base} (${n})`;
    taken.add(unique.toUpperCase());
    return unique;
  });
}
