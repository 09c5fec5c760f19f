/**
 * Which variant numbers a suite runs for a fixture: PLANCHECK_VARIANT="003#7,000#2" picks single ones
 * (others of that fixture are skipped by not being generated), else 0 … PLANCHECK_VARIANTS-1 (default below).
 */
export function variantIndices(fixture: string, defaultCount = 12): number[] {
  const only = process.env.PLANCHECK_VARIANT;
  if (only !== undefined && only !== "") {
    return only
      .split(",")
      .map((s) => s.trim().split("#"))
      .filter(([id]) => id === fixture)
      .map(([, n]) => Number(n));
  }
  const count = Number(process.env.PLANCHECK_VARIANTS ?? defaultCount);
  return Array.from({ length: count }, (_, i) => i);
}
