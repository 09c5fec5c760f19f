/** A plan period as people write it: "2026" for one year, "2024–2027" for several. */
export function yearSpan(period: { readonly startYear: number; readonly endYear: number }): string {
  return period.startYear === period.endYear
    ? String(period.startYear)
    : `${period.startYear}–${period.endYear}`;
}
