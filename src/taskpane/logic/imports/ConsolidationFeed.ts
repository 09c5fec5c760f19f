import type { Consolidation, FileResult, Plan, PreparedReturn, Roster } from "../../../engine";
import type { ConsolidationKit, ConsolidationRun } from "../../returns/ConsolidationKit";

/** How often, at most, the consolidation is recomputed while returns are still being read. */
const FINISH_EVERY_MS = 250;

/**
 * The consolidation of the returns read so far: each new return is added to the running consolidation; a
 * new plan, roster or choice of executor starts it again from the returns already read (matching is cheap
 * next to reading). The user's choice of executor for a file is passed to the engine with that file.
 */
export class ConsolidationFeed {
  private run: ConsolidationRun | null = null;
  private fed: number[] = [];
  private lastFinish = 0;
  /** How many returns the result covers (later ones are added but not yet consolidated). */
  private finished = 0;
  result: Consolidation | null = null;

  /** The executors the user chose for files: file name → roster id (a new map at each change). */
  picks: ReadonlyMap<string, string> = new Map();

  constructor(
    private readonly kit: ConsolidationKit,
    private plan: Plan,
    private roster: Roster,
  ) {}

  configure(change: { plan: Plan; roster: Roster }): void {
    this.plan = change.plan;
    this.roster = change.roster;
  }

  /** Chooses the executor of a file (null: the engine decides); one executor may have returned several files. */
  pick(fileName: string, executorId: string | null): void {
    if (executorId === null && !this.picks.has(fileName)) return;
    const kept = [...this.picks].filter(([name]) => name !== fileName);
    this.picks = new Map(executorId === null ? kept : [...kept, [fileName, executorId]]);
  }

  /** Adds a return; the result is refreshed unless it was a moment ago (`finish(true)` at the end). */
  add(id: number, prepared: PreparedReturn): void {
    this.run ??= this.kit.startRun(this.plan, this.roster);
    this.run.add(prepared, { executor: this.picks.get(prepared.name) });
    this.fed.push(id);
    this.finish(false);
  }

  /** Starts again from these returns, in this order. */
  rebuild(returns: readonly (readonly [number, PreparedReturn])[]): void {
    this.run = null;
    this.fed = [];
    for (const [id, prepared] of returns) {
      this.run ??= this.kit.startRun(this.plan, this.roster);
      this.run.add(prepared, { executor: this.picks.get(prepared.name) });
      this.fed.push(id);
    }
    this.finish(true);
  }

  finish(force: boolean): void {
    const now = Date.now();
    if (!force && now - this.lastFinish < FINISH_EVERY_MS) return;
    this.lastFinish = now;
    this.result = this.run === null ? null : this.run.finish();
    this.finished = this.fed.length;
  }

  /** How the last result took a file, or null when it is not in it (yet). */
  fileResult(id: number): FileResult | null {
    const at = this.fed.indexOf(id);
    return at < 0 || at >= this.finished ? null : (this.result?.files[at] ?? null);
  }
}
