/**
 * @jest-environment node
 */
import { makeIssue, type AnyIssue } from "../../../src/engine/checks/Issue";
import { filterIssues, SHOW_ALL } from "../../../src/taskpane/logic/filterIssues";
import { ruleTally, severityLabel, severityTally } from "../../../src/taskpane/logic/findingCounts";
import { groupIssues } from "../../../src/taskpane/logic/groupIssues";
import { issueEntries } from "../../../src/taskpane/logic/issueEntries";
import { makeText } from "../../../src/taskpane/text/makeText";

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

  it("counts what is listed per rule and per severity, beside what the engine found", () => {
    // the engine found more than the cap let through: 9 in all
    const counts = { error: 6, warning: 2, info: 1 };
    const byCode = { "missing-column": 1, "numbering-gap": 2, "missing-deadline": 5, "rows-joined": 1 };
    expect(ruleTally(entries, byCode)).toEqual([
      { code: "missing-column", listed: 1, total: 1 },
      { code: "numbering-gap", listed: 1, total: 2 },
      { code: "missing-deadline", listed: 2, total: 5 },
      { code: "rows-joined", listed: 1, total: 1 },
    ]);
    expect(severityTally(entries, counts)).toEqual({
      error: { listed: 3, total: 6 },
      warning: { listed: 1, total: 2 },
      info: { listed: 1, total: 1 },
    });
  });

  it("says a count whole when all is listed, and “n of m listed” when the cap cut it", () => {
    const en = makeText("en");
    const uk = makeText("uk");
    expect(severityLabel(en, "warning", { listed: 6944, total: 6944 })).toBe("Warnings: 6,944");
    expect(severityLabel(en, "warning", { listed: 327, total: 6944 })).toBe("Warnings: 327 of 6,944 listed");
    expect(severityLabel(uk, "error", { listed: 1000, total: 12500 })).toBe(
      "Помилки: 1\u00a0000 з 12\u00a0500 у списку",
    );
  });
});
