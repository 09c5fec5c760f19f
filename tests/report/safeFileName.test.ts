import { safeFileName } from "../../src/report/safeFileName";

describe("file names from executor names", () => {
  it.each([
    ["АЗ/ДБТ", "АЗ-ДБТ.xlsx"],
    ["Відділ: освіти?*", "Відділ- освіти-.xlsx"],
    ["CON", "_CON.xlsx"],
    ["con.backup", "_con.backup.xlsx"],
    ["Nul ", "_Nul.xlsx"],
    ["COM1", "_COM1.xlsx"],
    ["lpt²", "_lpt².xlsx"],
    ["CONOUT$", "_CONOUT$.xlsx"],
    ["Console", "Console.xlsx"],
    ["...", "_.xlsx"],
    ["  Управління культури.  ", "Управління культури.xlsx"],
    ["a\u0000b\nc", "a-b-c.xlsx"],
    ["..\\..\\etc/passwd", "etc-passwd.xlsx"],
  ])("%j → %j", (name, file) => {
    expect(safeFileName(name, new Set())).toBe(file);
  });

  it("keeps at most 80 characters before the extension, never ending in a space or a dot", () => {
    const long = `${"Департамент ".repeat(6)}. облдержадміністрації`;
    const name = safeFileName(long, new Set(), ".txt");
    expect(name.endsWith(".txt")).toBe(true);
    const stem = name.slice(0, -4);
    expect(stem.length).toBeLessThanOrEqual(80);
    expect(stem).not.toMatch(/[ .]$/);
  });

  it("makes names unique, whatever their case", () => {
    const taken = new Set<string>();
    expect(["РУО", "руо", "РУО"].map((n) => safeFileName(n, taken))).toEqual([
      "РУО.xlsx",
      "руо-2.xlsx",
      "РУО-3.xlsx",
    ]);
  });
});
