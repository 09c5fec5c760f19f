import "./helpers/browserShims";
import { HostError } from "../../src/host/WorkbookHost";
import type { ReadClient } from "../../src/taskpane/platform/ReadClient";
import { readInWorker } from "../../src/taskpane/platform/readInWorker";
import { readOnPage } from "../../src/taskpane/platform/readOnPage";
import type { ReadReply, ReadRequest } from "../../src/taskpane/platform/readWorker";
import { UnreadableFileError } from "../../src/taskpane/platform/UnreadableFileError";
import { readNamedWorkbookAsync, WorkbookReadError } from "../../src/xlsx/readNamedWorkbookAsync";
import { nulSheetBomb, workbookWith } from "../helpers/hostileWorkbooks";

/**
 * A stand-in for the browser's Worker that answers as src/taskpane/platform/readWorker.ts does (the same readers,
 * asynchronously), or fails the way a real one can: refused before it starts, or broken while it reads.
 */
class FakeWorker {
  onmessage: ((event: MessageEvent<ReadReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  readonly received: ReadRequest[] = [];

  constructor(private readonly behaviour: "reads" | "never-starts" | "breaks") {
    setTimeout(() => {
      if (behaviour === "never-starts") this.fail("blocked by the Content-Security-Policy");
      else this.reply({ id: -1, ready: true });
    });
  }

  postMessage(request: ReadRequest): void {
    this.received.push(request);
    if (this.behaviour === "never-starts") return;
    if (this.behaviour === "breaks") return void setTimeout(() => this.fail("Out of memory"));
    void readNamedWorkbookAsync(request.bytes, request.name).then(
      (workbook) => this.reply({ id: request.id, workbook }),
      (error: unknown) => {
        const refused = error instanceof WorkbookReadError ? error : null;
        this.reply({
          id: request.id,
          problem: refused?.problem ?? null,
          message: String(error),
          exceeded: refused?.exceeded ?? null,
        });
      },
    );
  }

  terminate(): void {
    this.terminated = true;
  }

  private reply(data: ReadReply): void {
    if (!this.terminated) this.onmessage?.({ data } as MessageEvent<ReadReply>);
  }

  private fail(message: string): void {
    this.onerror?.({ message, preventDefault: () => undefined } as ErrorEvent);
  }
}

function client(behaviour: FakeWorker["behaviour"]) {
  const workers: FakeWorker[] = [];
  const fallbacks: ReadClient[] = [];
  const reader = readInWorker(
    () => {
      const onPage = readOnPage();
      fallbacks.push(onPage);
      return onPage;
    },
    () => {
      const worker = new FakeWorker(behaviour);
      workers.push(worker);
      return worker as unknown as Worker;
    },
  );
  return { reader, workers, fallbacks };
}

const plan = workbookWith({});

describe("reading in the pane's worker", () => {
  it("reads a plan in the worker", async () => {
    const { reader, workers, fallbacks } = client("reads");
    const { grid } = await reader.workbook("plan.xlsx", plan);
    expect(grid.sheets[0]?.cells).toEqual([["Найменування заходу"]]);
    expect(workers[0]?.received.map((r) => r.kind)).toEqual(["workbook"]);
    expect(fallbacks).toHaveLength(0);
  });

  it("a zip bomb is refused there, naming the limit", async () => {
    const { reader } = client("reads");
    const failure = reader.workbook("bomb.xlsx", nulSheetBomb());
    await expect(failure).rejects.toBeInstanceOf(UnreadableFileError);
    await expect(failure).rejects.toMatchObject({
      problem: "too-large",
      exceeded: { limit: "partBytes", value: 256, part: "xl/worksheets/sheet1.xml" },
    });
  });

  it("a worker that cannot start: the file is read on the page, with the same limits", async () => {
    const { reader, fallbacks } = client("never-starts");
    const read = reader.workbook("plan.xlsx", plan);
    const refused = reader.workbook("bomb.xlsx", nulSheetBomb());
    expect((await read).grid.sheets).toHaveLength(1);
    await expect(refused).rejects.toMatchObject({ problem: "too-large" });
    expect(fallbacks).toHaveLength(1);
  });

  it("a worker that breaks while reading: the file fails with an error the pane shows, never read again on the page", async () => {
    const { reader, workers, fallbacks } = client("breaks");
    await new Promise((resolve) => setTimeout(resolve, 10));
    const failure = reader.workbook("huge.xlsx", plan);
    await expect(failure).rejects.toBeInstanceOf(HostError);
    await expect(failure).rejects.toMatchObject({ reason: "unknown", message: "Out of memory" });
    expect(fallbacks).toHaveLength(0);
    expect(workers[0]?.terminated).toBe(true);
  });

  it("a worker the browser refuses to construct", async () => {
    let fellBack = 0;
    const reader = readInWorker(
      () => {
        fellBack++;
        return readOnPage();
      },
      () => {
        throw new DOMException("Workers are not allowed", "SecurityError");
      },
    );
    expect((await reader.workbook("plan.xlsx", plan)).grid.sheets).toHaveLength(1);
    expect(fellBack).toBe(1);
  });
});
