import { validateWorkbook } from "../../../src/engine";
import { deriveRoster, prepareReturn, type PreparedReturn } from "../../../src/engine/consolidate";
import { browserKit } from "../../../src/taskpane/returns/browserKit";
import type { ReturnReader } from "../../../src/taskpane/returns/ConsolidationKit";
import { ImportSession } from "../../../src/taskpane/logic/imports/ImportSession";
import type { ImportSnapshot } from "../../../src/taskpane/logic/imports/ImportSnapshot";
import { anonymousReturn, plan000 } from "../helpers/reportsFixture";

const grid = plan000();
const { plan } = validateWorkbook(grid);
const roster = deriveRoster(plan);

/** A session whose reader answers at once from `returns` (by name) and records when the page got a turn. */
function session(returns: Record<string, PreparedReturn>) {
  const events: string[] = [];
  const snapshots: ImportSnapshot[] = [];
  const reader: ReturnReader = {
    read: async (name) => {
      events.push(`read ${name}`);
      const prepared = returns[name];
      if (prepared === undefined) throw new Error("unreadable");
      return prepared;
    },
    dispose: () => events.push("dispose"),
  };
  const pause = async (): Promise<void> => void events.push("pause");
  const it = new ImportSession(browserKit, reader, plan, roster, (s) => snapshots.push(s), pause);
  const last = (): ImportSnapshot => snapshots[snapshots.length - 1]!;
  const idle = async (): Promise<void> => {
    for (let i = 0; i < 50 && (last().progress !== null || snapshots.length === 0); i++)
      await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { it, events, snapshots, last, idle };
}

const file = (name: string): File => new File(["x"], name);
const anonymous = anonymousReturn(grid, "a.xlsx");
const empty = (name: string): PreparedReturn => prepareReturn({ name, workbook: { sheets: [] } });

describe("ImportSession", () => {
  it("reads files one at a time with a pause between them, counting progress", async () => {
    const s = session({ "a.xlsx": anonymous, "b.xlsx": empty("b.xlsx") });
    s.it.add([file("a.xlsx"), file("b.xlsx")]);
    await s.idle();
    expect(s.events).toEqual(["read a.xlsx", "pause", "read b.xlsx", "pause"]);
    const progress = s.snapshots.map((snap) => snap.progress).filter((p) => p !== null);
    expect(progress[0]).toEqual({ done: 0, total: 2 });
    expect(progress).toContainEqual({ done: 1, total: 2 });
    expect(s.last().progress).toBeNull();
    expect(s.last().files.map((f) => [f.name, f.state])).toEqual([
      ["a.xlsx", "read"],
      ["b.xlsx", "read"],
    ]);
    expect(s.last().result?.files.map((f) => f.file)).toEqual(["a.xlsx", "b.xlsx"]);
  });

  it("replaces a file added again under the same name, and forgets removed ones", async () => {
    const s = session({ "a.xlsx": anonymous, "b.xlsx": empty("b.xlsx") });
    s.it.add([file("a.xlsx"), file("b.xlsx")]);
    await s.idle();
    s.it.add([file("a.xlsx")]);
    await s.idle();
    expect(s.last().files.map((f) => f.name)).toEqual(["b.xlsx", "a.xlsx"]);
    expect(s.last().result?.files.map((f) => f.file)).toEqual(["b.xlsx", "a.xlsx"]);
    s.it.remove(s.last().files[0]!.id);
    expect(s.last().result?.files.map((f) => f.file)).toEqual(["a.xlsx"]);
    s.it.clear();
    expect(s.last()).toMatchObject({ files: [], result: null });
  });

  it("keeps a failed file with its error and goes on", async () => {
    const s = session({ "b.xlsx": empty("b.xlsx") });
    s.it.add([file("bad.xlsx"), file("b.xlsx")]);
    await s.idle();
    expect(s.last().files.map((f) => f.state)).toEqual(["failed", "read"]);
    expect(s.last().files[0]!.error).toEqual(new Error("unreadable"));
  });

  it("takes the user's choice of executor for a file, also the same executor for two files", async () => {
    const s = session({ "a.xlsx": anonymous, "c.xlsx": anonymousReturn(grid, "c.xlsx") });
    s.it.add([file("a.xlsx"), file("c.xlsx")]);
    await s.idle();
    expect(s.last().result?.files.map((f) => f.executor)).toEqual([null, null]);
    const id = roster.entries[4]!.id;
    s.it.pick("a.xlsx", id);
    expect(s.last().result?.files.map((f) => [f.executor, f.identifiedBy])).toEqual([
      [id, "chosen"],
      [null, "unknown"],
    ]);
    s.it.pick("c.xlsx", id);
    expect(s.last().picks).toEqual(
      new Map([
        ["a.xlsx", id],
        ["c.xlsx", id],
      ]),
    );
    expect(s.last().result?.files.map((f) => f.executor)).toEqual([id, id]);
    s.it.pick("c.xlsx", null);
    expect(s.last().result?.files.map((f) => f.executor)).toEqual([id, null]);
  });
});
