/**
 * Table names unique in the workbook (tables and defined names share one namespace, and the old output's
 * tables still exist while the new ones are made): "Consolidated", else "Consolidated2"…
 */
export function uniqueTableNames(wanted: readonly string[], taken: ReadonlySet<string>): string[] {
  const used = new Set(taken);
  return wanted.map((name) => {
    const base = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : "PlanCheck";
    let candidate = base;
    for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${base}${n}`;
    used.add(candidate.toLowerCase());
    return candidate;
  });
}
