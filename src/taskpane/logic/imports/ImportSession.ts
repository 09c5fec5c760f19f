import type { Plan, PreparedReturn, Roster } from "../../../engine";
import type { ConsolidationKit, ReturnReader } from "../../returns/ConsolidationKit";
import { ConsolidationFeed } from "./ConsolidationFeed";
import { readOrFail, type FailedReturn } from "./readOrFail";
import type { ImportedFile, ImportSnapshot } from "./ImportSnapshot";

/** Yields to the page (rendering, input) between two files. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * One import of returns: files are read one after another by the reader (a web worker in the browser) and
 * consolidated as they come (see ConsolidationFeed), yielding to the page between files. A file added under
 * a name already present replaces it. Nothing is written anywhere: the snapshot is the preview.
 */
export class ImportSession {
  private files: ImportedFile[] = [];
  private readonly blobs = new Map<number, Blob>();
  private readonly prepared = new Map<number, PreparedReturn | FailedReturn>();
  private readonly feed: ConsolidationFeed;
  private progress: { done: number; total: number } | null = null;
  private nextId = 1;
  private pumping = false;

  constructor(
    kit: ConsolidationKit,
    private readonly reader: ReturnReader,
    plan: Plan,
    roster: Roster,
    private readonly onChange: (snapshot: ImportSnapshot) => void,
    private readonly pause: () => Promise<void> = nextTask,
  ) {
    this.feed = new ConsolidationFeed(kit, plan, roster);
  }

  add(files: readonly File[]): void {
    if (files.length === 0) return;
    const names = new Set(files.map((file) => file.name));
    const replaced = this.files.filter((f) => names.has(f.name));
    for (const file of replaced) this.forget(file.id);
    const waiting = files.map((file): ImportedFile => {
      const id = this.nextId++;
      this.blobs.set(id, file);
      return { id, name: file.name, state: "waiting", error: null, result: null };
    });
    this.files = [...this.files.filter((f) => !names.has(f.name)), ...waiting];
    this.progress = { done: this.progress?.done ?? 0, total: (this.progress?.total ?? 0) + files.length };
    if (replaced.length > 0) this.rebuild();
    this.emit();
    void this.pump();
  }

  remove(id: number): void {
    this.forget(id);
    this.files = this.files.filter((f) => f.id !== id);
    this.rebuild();
  }

  clear(): void {
    for (const file of this.files) this.forget(file.id);
    this.files = [];
    this.rebuild();
  }

  /** The executor of a file (null: let the engine decide); an executor is chosen for one file at most. */
  pick(fileName: string, executorId: string | null): void {
    this.feed.pick(fileName, executorId);
    this.rebuild();
  }

  update(plan: Plan, roster: Roster): void {
    this.feed.configure({ plan, roster });
    this.rebuild();
  }

  snapshot(): ImportSnapshot {
    return {
      files: this.files.map((f) => ({ ...f, result: this.feed.fileResult(f.id) })),
      result: this.feed.result,
      progress: this.progress,
      picks: this.feed.picks,
      periods: [...this.prepared.values()].map((read) => ("meta" in read ? read.meta?.period : undefined)),
    };
  }

  dispose = (): void => this.reader.dispose();

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      const waiting = (): ImportedFile | undefined => this.files.find((f) => f.state === "waiting");
      for (let next = waiting(); next !== undefined; next = waiting()) {
        await this.readOne(next);
        await this.pause();
      }
    } finally {
      this.pumping = false;
      this.progress = null;
      this.feed.finish(true);
      this.emit();
    }
  }

  private async readOne(file: ImportedFile): Promise<void> {
    const blob = this.blobs.get(file.id);
    this.patch(file.id, { state: "reading" });
    this.emit();
    try {
      if (blob === undefined) return;
      const read = await readOrFail(this.reader, file.name, blob);
      if (!this.blobs.has(file.id)) return; // removed meanwhile
      this.prepared.set(file.id, read);
      this.patch(file.id, "unreadable" in read ? { state: "failed", error: read.error } : { state: "read" });
      this.feed.add(file.id, read);
    } finally {
      if (this.progress !== null) this.progress = { ...this.progress, done: this.progress.done + 1 };
      this.emit();
    }
  }

  private rebuild(): void {
    this.feed.rebuild(
      this.files.flatMap((f) => {
        const prepared = this.prepared.get(f.id);
        return prepared === undefined ? [] : [[f.id, prepared] as const];
      }),
    );
    this.emit();
  }

  private forget(id: number): void {
    const name = this.files.find((f) => f.id === id)?.name;
    if (name !== undefined) this.feed.pick(name, null);
    this.blobs.delete(id);
    this.prepared.delete(id);
  }

  private patch(id: number, change: Partial<ImportedFile>): void {
    this.files = this.files.map((f) => (f.id === id ? { ...f, ...change } : f));
  }

  private emit(): void {
    this.onChange(this.snapshot());
  }
}
