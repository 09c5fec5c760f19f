import { safeFileName } from "../../src/report/safeFileName";
import { submissionSet } from "../engine/consolidate/submissionFixtures";
import { run } from "../cli/consolidateHelpers";

/**
 * Windows's device names, written out here from Microsoft's "Naming Files, Paths, and Namespaces" rather than
 * taken from the code under test: a file whose name up to its first dot is one of them (trailing spaces
 * ignored, any case) opens the device instead of a file.
 */
const DEVICES = [
  "CON",
  "PRN",
  "AUX",
  "NUL",
  ...[..."0123456789¹²³"].flatMap((d) => [`COM${d}`, `LPT${d}`]),
  "CONIN$",
  "CONOUT$",
];
const deviceOf = (fileName: string): string | undefined => {
  const head = fileName.split(".")[0]?.replace(/ +$/, "").toUpperCase() ?? "";
  return DEVICES.find((device) => device === head);
};

describe("file names made from executor ids never name a Windows device", () => {
  const spellings = (device: string): string[] => [
    device,
    device.toLowerCase(),
    device.charAt(0) + device.slice(1).toLowerCase(),
  ];
  const tails = ["", ".txt", ".tar.gz", " .txt", ".xlsx", "  "];

  it.each(DEVICES)("%s, in any case and with any extension", (device) => {
    const taken = new Set<string>();
    for (const spelling of spellings(device)) {
      for (const tail of tails) {
        const name = safeFileName(`${spelling}${tail}`, taken);
        expect(deviceOf(name)).toBeUndefined();
        expect(name.endsWith(".xlsx")).toBe(true);
        // still recognisable: the id is kept after the prefix
        expect(name.toUpperCase()).toContain(device);
      }
    }
  });

  it("the unique suffix keeps the name off the device list", () => {
    const taken = new Set<string>();
    const names = ["COM1", "com1", "COM1 ", "COM1."].map((id) => safeFileName(id, taken));
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const name of names) expect(deviceOf(name)).toBeUndefined();
  });

  it("leaves names that only begin like a device as they are", () => {
    const taken = new Set<string>();
    for (const id of ["CONSOLE", "COM10", "LPT", "Nullam", "auxiliary.txt", "con-ruse", "COM1x", "PRN_2024"])
      expect(safeFileName(id, taken)).toBe(`${id}.xlsx`);
  });

  it("plancheck templates writes no device name for roster ids such as COM1.txt, NUL and lpt¹", async () => {
    const set = submissionSet("000");
    const ids = ["COM1.txt", "NUL", "lpt¹", "Aux .tar.gz", "CONOUT$"];
    const rows = set.expected.roster.map((agency, i) => `${ids[i] ?? agency.agency};${agency.name};;`);
    const roster = `id;executor;file;aliases\r\n${rows.join("\r\n")}\r\n`;
    const result = await run(["templates", set.planFile, "--out", "/t", "--roster", "r.csv"], {
      "r.csv": roster,
    });
    expect(result.code).toBe(0);
    const files = [...result.written.keys()].map((path) => path.slice("/t/".length));
    expect(files.filter((f) => f.endsWith(".xlsx")).length).toBe(set.expected.roster.length);
    for (const file of files) expect(deviceOf(file)).toBeUndefined();
    // the ids that were device names are still there, after the prefix
    for (const id of ids.slice(0, set.expected.roster.length))
      expect(files.some((f) => f.startsWith(`_${id}`))).toBe(true);
    // executors.csv names exactly the files written
    const csv = String(result.written.get("/t/executors.csv"));
    for (const file of files.filter((f) => f.endsWith(".xlsx"))) expect(csv).toContain(file);
  });
});
