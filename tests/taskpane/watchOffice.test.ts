import { watchOffice, type OfficeProbe, type PaneMode } from "../../src/taskpane/platform/watchOffice";

function probe(): { office: OfficeProbe; answer: (host: unknown) => void; fail: () => void } {
  let answer: (info: { host: unknown }) => void = () => undefined;
  let fail: (error: unknown) => void = () => undefined;
  const ready = new Promise<{ host: unknown }>((resolve, reject) => {
    answer = resolve;
    fail = reject;
  });
  return {
    office: { onReady: () => ready },
    answer: (host) => answer({ host }),
    fail: () => fail(new Error("blocked")),
  };
}

describe("watchOffice", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const watch = (office: OfficeProbe | undefined): PaneMode[] => {
    const modes: PaneMode[] = [];
    watchOffice((mode) => modes.push(mode), { office, timeoutMs: 1000 });
    return modes;
  };

  it("starts standalone at once when Office.js did not load", () => {
    expect(watch(undefined)).toEqual(["standalone"]);
  });

  it.each([
    { host: "Excel", mode: "excel" },
    { host: null, mode: "standalone" },
    { host: "Word", mode: "standalone" },
  ])("reports $mode when Office.js says the host is $host", async ({ host, mode }) => {
    const { office, answer } = probe();
    const modes = watch(office);
    answer(host);
    await jest.runAllTimersAsync();
    expect(modes).toEqual([mode]);
  });

  it("starts standalone when Office.js never answers, and switches to Excel if it answers late", async () => {
    const { office, answer } = probe();
    const modes = watch(office);
    await jest.advanceTimersByTimeAsync(999);
    expect(modes).toEqual([]);
    await jest.advanceTimersByTimeAsync(1);
    expect(modes).toEqual(["standalone"]);
    answer("Excel");
    await jest.runAllTimersAsync();
    expect(modes).toEqual(["standalone", "excel"]);
  });

  it("starts standalone when Office.js fails", async () => {
    const { office, fail } = probe();
    const modes = watch(office);
    fail();
    await jest.runAllTimersAsync();
    expect(modes).toEqual(["standalone"]);
  });

  it("stays silent after it was stopped", async () => {
    const { office, answer } = probe();
    const modes: PaneMode[] = [];
    const stop = watchOffice((mode) => modes.push(mode), { office, timeoutMs: 1000 });
    stop();
    answer("Excel");
    await jest.runAllTimersAsync();
    expect(modes).toEqual([]);
  });
});
