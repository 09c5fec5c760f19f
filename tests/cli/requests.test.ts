import { strFromU8 } from "fflate";
import { consolidate, executorRequests } from "../../src/engine/consolidate";
import { cellText } from "../../src/engine/text/cellText";
import { t } from "../../src/i18n/translate";
import { readWorkbookWithInfo } from "../../src/xlsx/readWorkbook";
import { expectedRoster, submissionSet } from "../engine/consolidate/submissionFixtures";
import { rosterCsvOf, run } from "./consolidateHelpers";

// `plancheck requests`: plan 000 and its returns (doz sent two different answers on 15/2; kzd-like silent
// executors sent nothing); one request text and one re-issued template per executor with gaps.
const set = submissionSet("000");
const roster = { "roster.csv": rosterCsvOf(set.expected) };
const argv = (...more: string[]) => [
  "requests",
  set.planFile,
  ...set.returnPaths,
  "--roster",
  "roster.csv",
  "--out",
  "/tmp/requests",
  ...more,
];
const expected = executorRequests(
  consolidate(set.plan, set.returns, { roster: expectedRoster(set.expected) }),
);

describe("plancheck requests", () => {
  it("writes a request text and a re-issued template for each executor with gaps, and lists them", async () => {
    expect(expected.length).toBeGreaterThan(0);
    const result = await run(argv("--period", "2022"), roster);
    expect(result.stderr).not.toMatch(/plancheck:/);
    expect(result.code).toBe(0);
    const texts = [...result.written.keys()].filter(
      (p) => p.startsWith("/tmp/requests/") && p.endsWith(".txt"),
    );
    const books = [...result.written.keys()].filter(
      (p) => p.startsWith("/tmp/requests/") && p.endsWith(".xlsx"),
    );
    expect(texts).toHaveLength(expected.length);
    expect(books).toHaveLength(expected.length);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(
      t("en", "cli.requests.written", { count: expected.length, dir: "/tmp/requests", period: "2022" }),
    );
    for (const request of expected) {
      const line = lines.find((l) => l.includes(request.executor.name));
      expect(line).toMatch(new RegExp(`${request.items.length}`));
    }
    const doz = expected.find((r) => r.executor.id === "doz")!;
    const dozPath = texts.find((p) =>
      strFromU8(result.written.get(p) as Uint8Array).includes(doz.executor.name),
    );
    const dozBytes = result.written.get(dozPath!) as Uint8Array;
    const dozText = strFromU8(dozBytes);
    // the plan's language (uk), a byte-order mark and Windows line ends; the conflicting measure named
    expect([...dozBytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(dozText).toContain("\r\n");
    expect(dozText).toContain("15");
    const dozBook = books.find((p) => {
      const meta = readWorkbookWithInfo(result.written.get(p) as Uint8Array).grid.sheets.find(
        (s) => s.name === "PlanCheck",
      );
      return meta?.cells.some(
        (r) => cellText(r[0] ?? null) === "executorId" && cellText(r[1] ?? null) === "doz",
      );
    });
    expect(dozBook).toBeDefined();
    const meta = readWorkbookWithInfo(result.written.get(dozBook!) as Uint8Array).grid.sheets.find(
      (s) => s.name === "PlanCheck",
    )!;
    expect(meta.cells.map((r) => r.map((v) => cellText(v)))).toEqual(
      expect.arrayContaining([["period", "2022"]]),
    );
  });

  it("the re-issued template returned as it was pre-filled replaces the executor's answers: no request for it again", async () => {
    const made = await run(argv("--period", "2022"), roster);
    const dozBook = [...made.written.entries()].find(
      ([p, data]) =>
        p.endsWith(".xlsx") &&
        readWorkbookWithInfo(data as Uint8Array)
          .grid.sheets.find((s) => s.name === "PlanCheck")
          ?.cells.some((r) => cellText(r[1] ?? null) === "doz"),
    );
    expect(dozBook).toBeDefined();
    const again = await run(
      [...argv("--period", "2022").slice(0, -2), "doz_answer.xlsx", "--out", "/tmp/requests2"],
      { ...roster, "doz_answer.xlsx": dozBook![1] },
    );
    expect(again.stderr).not.toMatch(/plancheck:/);
    const names = [...again.written.keys()].filter(
      (p) => p.startsWith("/tmp/requests2/") && p.endsWith(".txt"),
    );
    expect(names.length).toBe(expected.length - 1);
    const texts = names.map((p) => strFromU8(again.written.get(p) as Uint8Array));
    expect(texts.some((s) => s.includes(expected.find((r) => r.executor.id === "doz")!.executor.name))).toBe(
      false,
    );
  });

  it("refuses a call without returns, naming the usage", async () => {
    const none = await run(["requests", set.planFile, "--out", "/tmp/requests"]);
    expect([none.code, none.stderr]).toEqual([2, `plancheck: ${t("en", "cli.error.requestsUsage")}\n`]);
  });
});
