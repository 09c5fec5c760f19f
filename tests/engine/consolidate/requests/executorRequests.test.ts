import { consolidate, executorRequests, type RequestItem } from "../../../../src/engine/consolidate";
import { expectedRoster, submissionSet } from "../submissionFixtures";

/** A request item as "kind key": the measure's truth key, or the unmatched row's own key. */
function itemKey(item: RequestItem, keyOf: (sheet: string, row: number) => string): string {
  if (item.kind === "unmatched") return `unmatched ${item.source.file}:${item.source.row}`;
  return `${item.kind} ${keyOf(item.measure.sheet, item.measure.rowIndex + 1)}`;
}

describe.each(["000", "003"] as const)("requests for the %s returns", (id) => {
  const set = submissionSet(id);
  const result = consolidate(set.plan, set.returns, { roster: expectedRoster(set.expected) });
  const requests = executorRequests(result);
  const truth = set.expected;
  const keyOf = (sheet: string, row: number) =>
    truth.measures.find((m) => m.sheet === sheet && m.row === row)?.match_key ?? `${sheet}!${row}`;
  const byId = new Map(truth.measures.map((m) => [m.measure_id, m.match_key]));

  it("asks each executor for exactly its gaps, as the fixture's truth lists them", () => {
    const expected = new Map<string, string[]>();
    const add = (agency: string, item: string) =>
      expected.set(agency, [...(expected.get(agency) ?? []), item]);
    for (const m of truth.measures) {
      for (const agency of m.missing_agencies) add(agency, `not-reported ${m.match_key}`);
      for (const r of m.reports)
        if (r.value_type === "string" && r.value_number === null)
          add(r.agency, `value-not-number ${m.match_key}`);
    }
    for (const w of truth.warnings)
      if (w.type === "status_blank") add(w.agency, `status-blank ${byId.get(w.measure_id ?? "")}`);
    for (const c of truth.conflicts) add(c.agency, `conflict ${byId.get(c.measure_id)}`);
    for (const u of truth.unmatched_rows) add(u.agency, `unmatched ${u.file}:${u.row}`);
    const ours = new Map(requests.map((r) => [r.executor.id, r.items.map((i) => itemKey(i, keyOf)).sort()]));
    expect(Object.fromEntries(ours)).toEqual(
      Object.fromEntries([...expected].map(([agency, items]) => [agency, items.sort()])),
    );
  });

  it("gives each request the executor's measures with what it sent, in plan order", () => {
    for (const request of requests) {
      const own = truth.measures.filter(
        (m) =>
          m.expected_agencies.includes(request.executor.id) ||
          m.reported_agencies.includes(request.executor.id),
      );
      expect(request.measures.map((m) => keyOf(m.measure.sheet, m.measure.rowIndex + 1))).toEqual(
        own.map((m) => m.match_key),
      );
      for (const m of request.measures)
        expect(m.reports.every((r) => r.executor === request.executor.id)).toBe(true);
    }
  });
});
