/**
 * @jest-environment node
 */
import { makeIssue, type AnyIssue } from "../../../src/engine/checks/Issue";
import { filterIssues, ruleCounts, severityCounts, SHOW_ALL } from "../../../src/taskpane/logic/filterIssues";
import { groupIssues } from "../../../src/taskpane/logic/groupIssues";
import { issueEntries } from "../../../src/taskpane/logic/issueEntries";

const at = (sheet: string | null, rowIndex: number | null, colIndex: number | null) => ({
  sheet,
  rowIndex,
  colIndex,
});
const none = { placeholder: false };

const ISSUES: AnyIssue[] = [
  makeIssue("missing-column", "error", at(null, null, null), {
    field: "indicator",
    sheets: ["A"],
    seen: [],
    candidate: null,
  }),
  makeIssue("numbering-gap", "warning", at("A", 5, 0), { number: "3", previous: "1" }),
  makeIssue("missing-deadline", "error", at("A", 6, 3), none),
  makeIssue("rows-joined", "info", at("B", 2, null), { firstRow: 3, lastRow: 4 }),
  makeIssue("missing-deadline", "error", at("B", 9, 3), none),
  makeIssue("limit-reached", "info", at(null, null, null), { limit: 5, total: 9 }),
];

describe("grouping and filtering findings", () => {
  const entries = issueEntries(ISSUES);

  it("leaves the cap note out of the list and keys entries by position", () => {
    expect(entries.map((e) => e.key)).toEqual([
      "0:missing-column",
      "1:numbering-gap",
      "2:missing-deadline",
      "3:rows-joined",
      "4:missing-deadline",
    ]);
  });

  it("groups by sheet (workbook-wide first) and by severity, errors first", () => {
    const groups = groupIssues(entries);
    expect(
      groups.map((g) => [g.sheet, g.count, g.severities.map((s) => [s.severity, s.entries.length])]),
    ).toEqual([
      [null, 1, [["error", 1]]],
      [
        "A",
        2,
        [
          ["error", 1],
          ["warning", 1],
        ],
      ],
      [
        "B",
        2,
        [
          ["error", 1],
          ["info", 1],
        ],
      ],
    ]);
  });

  it.each([
    {
      description: "everything",
      filter: SHOW_ALL,
      codes: ["missing-column", "numbering-gap", "missing-deadline", "rows-joined", "missing-deadline"],
    },
    {
      description: "errors only",
      filter: { severities: new Set(["error"] as const), rule: null },
      codes: ["missing-column", "missing-deadline", "missing-deadline"],
    },
    {
      description: "one rule",
      filter: { ...SHOW_ALL, rule: "missing-deadline" as const },
      codes: ["missing-deadline", "missing-deadline"],
    },
    {
      description: "a rule outside the severities",
      filter: { severities: new Set(["info"] as const), rule: "numbering-gap" as const },
      codes: [],
    },
  ])("filters: $description", ({ filter, codes }) => {
    expect(filterIssues(entries, filter).map((e) => e.issue.code)).toEqual(codes);
  });

  it("counts findings per rule in order of appearance and per severity", () => {
    expect(ruleCounts(entries)).toEqual([
      { code: "missing-column", count: 1 },
      { code: "numbering-gap", count: 1 },
      { code: "missing-deadline", count: 2 },
      { code: "rows-joined", count: 1 },
    ]);
    expect(severityCounts(entries)).toEqual({ error: 3, warning: 1, info: 1 });
  });
});
