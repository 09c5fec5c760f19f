// The pure pieces behind issue 12's fixes: fills as Excel reports them, ledgers read entry by entry, request
// sizes in bytes, event trigger sources (dates in regional formats: tests/engine/values/isDateFormat.test.ts).
import { EditSuppressor } from "../../../src/excel/events/EditSuppressor";
import { parseLedger, serializeLedger, type MarkLedger } from "../../../src/excel/marks/MarkLedger";
import { isMarkFill, isNoFill, MARK_FILLS, settableFill } from "../../../src/excel/marks/markFills";
import { jsonBytes, requestBudget, utf8Bytes } from "../../../src/excel/requests/requestBytes";
import { syncJobs, type SyncJob } from "../../../src/excel/requests/syncJobs";

const fill = (f: Record<string, unknown>) => f as Excel.CellPropertiesFill;

describe("fills as Excel reports them", () => {
  it.each([
    [{ color: "#FFFFFF", pattern: "None", tintAndShade: 0 }, true],
    [{ color: "#FFFFFF", pattern: null, tintAndShade: null }, true], // office-js#4900
    [{ color: "#FFFFFF", pattern: "None", tintAndShade: null }, true],
    [{ color: "#FFFFFF", pattern: null, tintAndShade: 0 }, false], // a white fill
    [{ color: "#FFFFFF", pattern: "Solid", tintAndShade: 0 }, false],
    [{ color: "#92D050", pattern: "Gray25", tintAndShade: 0 }, false],
  ])("%j is no fill: %s", (given, expected) => {
    expect(isNoFill(fill(given))).toBe(expected);
  });

  it.each([
    [{ color: MARK_FILLS.error, pattern: "Solid", tintAndShade: 0 }, true],
    [{ color: MARK_FILLS.warning.toLowerCase(), pattern: null, tintAndShade: 0 }, true],
    [{ color: MARK_FILLS.info, pattern: "Solid" }, true],
    [{ color: MARK_FILLS.error, pattern: "Gray25", tintAndShade: 0 }, false],
    [{ color: MARK_FILLS.error, pattern: "Solid", tintAndShade: 0.4 }, false],
    [{ color: "#FFFF00", pattern: "Solid", tintAndShade: 0 }, false],
    [{ pattern: "Solid" }, false],
  ])("%j is our mark: %s", (given, expected) => {
    expect(isMarkFill(fill(given))).toBe(expected);
  });

  it("gives setCellProperties no nulls, and a solid pattern back to a fill reported without one", () => {
    expect(
      settableFill(fill({ color: "#FFFFFF", pattern: null, tintAndShade: 0, patternColor: null })),
    ).toEqual({
      color: "#FFFFFF",
      pattern: "Solid",
      tintAndShade: 0,
    });
    const hatched = { color: "#92D050", pattern: "Gray25", patternColor: "#7030A0", tintAndShade: 0 };
    expect(settableFill(fill(hatched))).toEqual(hatched);
  });
});

describe("ledgers read entry by entry", () => {
  const ledger: MarkLedger = {
    v: 1,
    annotations: "note",
    sheets: [
      {
        id: "{1}",
        name: "A",
        fills: [
          { color: "#FFFFFF", pattern: null, tintAndShade: null } as unknown as Excel.CellPropertiesFill,
        ],
        cells: [["B2", 0, ["0123abcd"]]],
      },
      { id: "{2}", name: "B", fills: [], cells: [["C3", -1, []]] },
    ],
  };

  it("keeps null fill properties", () => {
    expect(parseLedger(serializeLedger(ledger))).toEqual(ledger);
  });

  it("drops only the unreadable sheet, cell or fill", () => {
    const stored = JSON.parse(serializeLedger(ledger)) as { sheets: Record<string, unknown>[] };
    stored.sheets[1]!.cells = "broken";
    expect(parseLedger(JSON.stringify(stored)).sheets.map((s) => s.name)).toEqual(["A"]);
    const cells = JSON.parse(serializeLedger(ledger)) as { sheets: { cells: unknown[]; fills: unknown[] }[] };
    cells.sheets[0]!.cells.push(["D4", "x", []], ["E5", 0, []]);
    cells.sheets[0]!.fills[0] = { color: 7 };
    expect(parseLedger(JSON.stringify(cells)).sheets[0]!.cells).toEqual([
      ["B2", -1, ["0123abcd"]],
      ["E5", -1, []],
    ]);
  });
});

describe("request sizes", () => {
  it("counts UTF-8 bytes as Node does", () => {
    for (const text of [
      "abc",
      "Київ",
      "€ 5",
      "😀 x",
      "Plan «План» „План“",
      "\u0000\u007f\u0080\u07ff\u0800\uffff",
    ])
      expect(utf8Bytes(text)).toBe(Buffer.byteLength(text, "utf8"));
    expect(jsonBytes({ a: "ї" })).toBe(Buffer.byteLength(JSON.stringify({ a: "ї" })));
  });

  it("keeps the web's requests a fifth below 5 MB and lets the desktop apps send more", () => {
    expect(requestBudget("OfficeOnline")).toBeLessThanOrEqual(0.8 * 5 * 1024 * 1024);
    expect(requestBudget(null)).toBe(requestBudget("OfficeOnline"));
    expect(requestBudget("PC")).toBeGreaterThan(requestBudget("OfficeOnline"));
    expect(requestBudget("Mac")).toBe(requestBudget("PC"));
  });
});

describe("syncJobs", () => {
  const job = (log: string[], name: string, bytes: number, response: number): SyncJob => ({
    queue: () => {
      log.push(`queue ${name}`);
      return () => log.push(`done ${name}`);
    },
    split: () => null,
    bytes,
    response,
  });

  it("syncs as few times as the estimated requests and responses allow, each within the budget", async () => {
    const log: string[] = [];
    const context = { sync: async () => void log.push("sync") };
    await syncJobs(
      context,
      [job(log, "a", 400, 0), job(log, "b", 400, 0), job(log, "c", 300, 900), job(log, "d", 10, 200)],
      1_000,
    );
    // a+b fit; c would take the request past 1,000 bytes; d the response.
    expect(log.join(" ")).toBe("queue a queue b sync done a done b queue c sync done c queue d sync done d");
  });
});

describe("our own edits and the user's", () => {
  it("trusts triggerSource once Excel has labelled one of our writes, and the clock before", async () => {
    let clock = 0;
    const suppressor = new EditSuppressor(() => clock);
    let during: boolean[] = [];
    await suppressor.during(async () => {
      during = [suppressor.isOwn({ triggerSource: "Unknown" }), suppressor.isOwn({})];
    });
    expect(during).toEqual([true, true]);
    clock += 1_000;
    expect(suppressor.isOwn({ triggerSource: "Unknown" })).toBe(true); // grace period
    clock += 1_000;
    expect(suppressor.isOwn({ triggerSource: "Unknown" })).toBe(false);
    expect(suppressor.isOwn({ triggerSource: "ThisLocalAddin" })).toBe(true);
    await suppressor.during(async () => {
      during = [suppressor.isOwn({ triggerSource: "Unknown" }), suppressor.isOwn({})];
    });
    expect(during).toEqual([false, true]);
  });
});
