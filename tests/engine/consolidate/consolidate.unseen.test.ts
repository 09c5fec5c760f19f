import { consolidate } from "../../../src/engine/consolidate/consolidate";
import type { Roster } from "../../../src/engine/consolidate/roster/Roster";
import type { CellValue } from "../../../src/engine/grid/CellValue";
import { parsePlan } from "../../../src/engine/plan/parsePlan";
import { sheet } from "../../helpers/grid";

/** An English donor-style plan: numbering restarts under each objective; executors defined by a short form. */
const HEADER = ["No.", "Activity", "Lead", "Partners", "Timeline", "Indicator", "Target"];
const MDE = "Ministry of Digital Economy";
const plan = parsePlan({
  sheets: [
    sheet(
      "Action plan",
      [
        ["Digital Inclusion Action Plan 2025-2026"],
        HEADER,
        ["Objective 1. Access to services", null, null, null, null, null, null],
        [
          "1",
          "Open digital help desks in libraries",
          `${MDE} (MDE)`,
          "Municipalities",
          "Q2 2025",
          "Number of desks",
          20,
        ],
        [
          "2",
          "Train librarians as digital mentors",
          "MDE",
          "NGOs",
          "2nd half of 2025",
          "Number of mentors",
          40,
        ],
        ["Objective 2. Skills", null, null, null, null, null, null],
        [
          "1",
          "Run digital skills courses for seniors",
          "Employment Service (ES)",
          "MDE",
          "2025-2026",
          "Number of trainees",
          500,
        ],
        ["2", "Publish an online self-study course", "MDE", null, "by 31 Dec 2025", "Number of users", 1000],
        ["Total", null, null, null, null, null, 1560],
      ],
      ["A3:G3", "A6:G6"],
    ),
  ],
});
const roster: Roster = {
  source: "roster",
  entries: [
    { id: "mde", name: MDE, aliases: [], file: null, byConsent: false },
    { id: "es", name: "Employment Service", aliases: [], file: null, byConsent: false },
  ],
};
const REPORT = ["Status", "Achieved value", "Progress / comments"];

const ret = (name: string, rows: CellValue[][], merges: string[] = []) => ({
  name,
  workbook: { sheets: [sheet("Report", [[...HEADER, ...REPORT], ...rows], merges)] },
});

describe("consolidate: an English plan and returns in wordings the fixtures do not show", () => {
  it("reads the plan: totals are not measures, numbers restart per objective without duplicates", () => {
    const measures = plan.sheets[0]?.measures ?? [];
    expect(measures.map((m) => `${m.goal?.number}/${m.number}`)).toEqual(["1/1", "1/2", "2/1", "2/2"]);
    expect(measures[1]?.responsible.map((e) => e.name)).toEqual([MDE]);
  });

  it("reads English report columns, statuses and numbers, and places each row under its objective", () => {
    const result = consolidate(
      plan,
      [
        ret(
          "mde.xlsx",
          [
            ["Objective 2. Skills", null, null, null, null, null, null, null, null, null],
            [
              "2",
              "Publish an online self-study course",
              "MDE",
              null,
              "by 31 Dec 2025",
              "Number of users",
              1000,
              "Completed",
              "1,250",
              "Published in May",
            ],
            ["Objective 1. Access to services", null, null, null, null, null, null, null, null, null],
            [
              "2",
              "Train librarians as mentors",
              "MDE",
              "NGOs",
              "2nd half of 2025",
              "Number of mentors",
              40,
              "Partially completed",
              "25",
              "Two cohorts of three",
            ],
            [
              "1",
              "Open digital help desks in libraries",
              "MDE",
              "Municipalities",
              "Q2 2025",
              "Number of desks",
              20,
              "Not started",
              "0",
              "",
            ],
          ],
          ["A2:J2", "A4:J4"],
        ),
        ret("es.xlsx", [
          [
            "1",
            "Run digital skills courses for seniors",
            "ES",
            "MDE",
            "2025-2026",
            "Number of trainees",
            500,
            "Ongoing",
            "3 of 5 regions",
            "",
          ],
        ]),
      ],
      { roster },
    );
    const byMeasure = result.measures.map((m) =>
      m.reports.map((r) => `${r.executor}:${r.status}:${r.value ?? String(r.valueRaw)}:${r.match}`),
    );
    expect(byMeasure).toEqual([
      ["mde:not_done:0:exact"],
      ["mde:in_progress:25:text_changed"],
      ["es:in_progress:3 of 5 regions:exact"],
      ["mde:done:1250:exact"],
    ]);
    expect(result.unmatched).toEqual([]);
  });

  it("places the same number and wording under two goals by the row's goal, and never guesses without one", () => {
    const twice = parsePlan({
      sheets: [
        sheet(
          "Plan",
          [
            HEADER,
            ["Objective 1. Schools", null, null, null, null, null, null],
            ["1", "Information campaign", "MDE", null, "2025", "Number of events", 5],
            ["Objective 2. Libraries", null, null, null, null, null, null],
            ["1", "Information campaign", "MDE", null, "2026", "Number of events", 3],
          ],
          ["A2:G2", "A4:G4"],
        ),
      ],
    });
    const row: CellValue[] = [
      "1",
      "Information campaign",
      "MDE",
      null,
      "2026",
      "Number of events",
      3,
      "Completed",
      "4",
      "",
    ];
    const withGoal = consolidate(
      twice,
      [
        ret(
          "a.xlsx",
          [["Objective 2. Libraries", null, null, null, null, null, null, null, null, null], row],
          ["A2:J2"],
        ),
      ],
      { roster },
    );
    expect(withGoal.measures.map((m) => m.reports.length)).toEqual([0, 1]);
    const withoutGoal = consolidate(twice, [ret("b.xlsx", [row])], { roster });
    expect(withoutGoal.measures.map((m) => m.reports.length)).toEqual([0, 0]);
    expect(withoutGoal.unmatched.map((u) => u.reason)).toEqual(["ambiguous"]);
  });

  it("reads a return that kept only the activity and its report columns, and gives it to the one executor named there", () => {
    const short = {
      name: "report.xlsx",
      workbook: {
        sheets: [
          sheet(
            "Report",
            [
              ["Progress report"],
              ["No.", "Activity", "Progress", "Status", "Achieved"],
              ["Objective 2. Skills", null, null, null, null],
              ["1", "Run digital skills courses for seniors", "Courses in 3 regions", "Ongoing", "320"],
            ],
            ["A3:E3"],
          ),
        ],
      },
    };
    const result = consolidate(plan, [short], { roster });
    expect(result.files.map((f) => [f.executor, f.identifiedBy])).toEqual([["es", "responsible"]]);
    expect(result.measures[2]?.reports.map((r) => `${r.status}:${r.value}`)).toEqual(["in_progress:320"]);
  });

  it("does not say a return's number differs where the plan has no numbers", () => {
    const unnumbered = parsePlan({
      sheets: [
        sheet(
          "Plan",
          [
            ["Activity", "Lead", "Timeline", "Indicator"],
            ["Open digital help desks in libraries", "MDE", "Q2 2025", "Number of desks"],
            ["Run digital skills courses for seniors", "ES", "2025-2026", "Number of trainees"],
          ],
          [],
        ),
      ],
    });
    const numbered = {
      name: "es.xlsx",
      workbook: {
        sheets: [
          sheet(
            "Report",
            [
              ["No.", "Activity", "Lead", "Status"],
              ["1.", "Run digital skills courses for seniors", "ES", "Completed"],
            ],
            [],
          ),
        ],
      },
    };
    const result = consolidate(unnumbered, [numbered], { roster });
    expect(result.measures[1]?.reports.map((r) => r.status)).toEqual(["done"]);
    expect(result.problems.map((p) => p.code)).not.toContain("number-changed");
  });

  it("takes the status from a report text that opens with one, where no status is given, and says so", () => {
    const textOnly = {
      name: "mde.xlsx",
      workbook: {
        sheets: [
          sheet(
            "Report",
            [
              ["No.", "Activity", "Lead", "Status", "Information on implementation"],
              ["Objective 1. Access to services", null, null, null, null],
              [
                "1",
                "Open digital help desks in libraries",
                "MDE",
                null,
                "Completed. 20 desks opened in May.",
              ],
              [
                "2",
                "Train librarians as digital mentors",
                "MDE",
                "In progress",
                "Not started in two regions",
              ],
            ],
            ["A2:E2"],
          ),
        ],
      },
    };
    const result = consolidate(plan, [textOnly], { roster });
    expect(
      result.measures.slice(0, 2).map((m) => m.reports.map((r) => `${r.status}:${r.statusRaw}`)),
    ).toEqual([["done:Completed"], ["in_progress:In progress"]]);
    const codes = result.problems.map((p) => `${p.code}@${p.row}`);
    expect(codes).toContain("status-from-text@3");
    expect(codes).not.toContain("status-blank@3");
  });
});
