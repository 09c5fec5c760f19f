/** Excel sheet names: at most 31 characters, compared without case. */
const MAX_SHEET_NAME = 31;

/**
 * Names for the new output sheets that no other sheet uses: the wanted name, else "Name (2)", "Name (3)"…
 * `taken` holds the names of the sheets that stay (the user's), lower-cased.
 */
export function uniqueSheetNames(wanted: readonly string[], taken: ReadonlySet<string>): string[] {
  const used = new Set(taken);
  return wanted.map((name) => {
    let candidate = name.slice(0, MAX_SHEET_NAME);
    for (let n = 2; used.has(candidate.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      candidate = `${name.slice(0, MAX_SHEET_NAME - suffix.length)}${suffix}`;
    }
    used.add(candidate.toLowerCase());
    return candidate;
  });
}

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
