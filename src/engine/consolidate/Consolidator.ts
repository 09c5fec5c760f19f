import type { Plan } from "../plan/Plan";
import type { Consolidation, FileResult, Report, UnmatchedRow } from "./Consolidation";
import { deriveRoster, type Roster } from "./roster";
import { ExecutorMatcher, identifyFile, type IdentifyContext } from "./identify";
import { finishConsolidation } from "./finishConsolidation";
import {
  hasReport,
  plannedRoles,
  prepareReturn,
  type PreparedReturn,
  reportOfRow,
  unmatchedOfRow,
  type ReportRole,
  type ReturnFile,
  type ReturnRow,
  type UnreadableReturn,
} from "./returns";
import { matchRow, type RowMatchResult, measureWordsCache, PlanIndex, type Scope } from "./match";
import { planHash, planLanguage, parseMeasureId } from "./template";
import { type AnyProblem, fileProblems, makeProblem } from "./problems";

/** Per file: the roster id of its executor when the user has said whose the return is. */
export type AddOptions = { readonly executor?: string | undefined };

export type ConsolidateOptions = {
  /** The coordinator's roster; default: the executors the plan's responsible cells name. */
  readonly roster?: Roster | undefined;
};

/**
 * Consolidates executors' returns against a plan, one file at a time (a host can show progress, drop each
 * workbook after `add`, or prepare returns in parallel and `addPrepared` them in order). Each return is read once; rows are matched with hash lookups. Never throws on
 * messy data: everything odd becomes a problem in the result.
 *
 * @example
 * const consolidator = new Consolidator(plan, { roster });
 * for (const file of returns) consolidator.add(file);
 * const result = consolidator.finish();
 */
export class Consolidator {
  readonly roster: Roster;
  readonly planHash: string;
  private readonly index: PlanIndex;
  private readonly context: IdentifyContext;
  private readonly expected: (readonly string[])[];
  private readonly planned: ReadonlySet<ReportRole>[];
  private readonly allPlanned: ReadonlySet<ReportRole>;
  private readonly reports: Report[][];
  private readonly unmatched: UnmatchedRow[] = [];
  private readonly problems: AnyProblem[] = [];
  private readonly files: FileResult[] = [];
  /** Per file added, in order: when its template was re-issued (null for any other return). */
  private readonly reissued: (string | null)[] = [];
  private readonly fold = measureWordsCache();
  /** The first file read of each content (see returnFingerprint). */
  private readonly fingerprints = new Map<string, FileResult>();
  /** The plan's language: it settles ambiguous number writings in the returns ("1,234"). */
  private readonly locale: "uk" | "bg" | "en";

  constructor(plan: Plan, options: ConsolidateOptions = {}) {
    this.roster = options.roster ?? deriveRoster(plan);
    this.planHash = planHash(plan);
    this.index = new PlanIndex(plan);
    const matcher = new ExecutorMatcher(this.roster.entries, plan.abbreviations);
    this.expected = this.index.measures.map((m) => matcher.namedIn(m.measure));
    const expectedCount = new Map<string, number>();
    for (const ids of this.expected)
      for (const id of ids) expectedCount.set(id, (expectedCount.get(id) ?? 0) + 1);
    this.planned = plan.sheets.map(plannedRoles);
    this.allPlanned = new Set(this.planned.flatMap((roles) => [...roles]));
    this.reports = this.index.measures.map(() => []);
    this.locale = planLanguage(plan);
    this.context = {
      entries: this.roster.entries,
      matcher,
      expectedAt: (position) => this.expected[position] ?? [],
      expectedCount,
      language: this.locale === "bg" ? "bg" : "uk",
    };
  }

  /** Reads one return and files its reports; `executor` (a roster id) overrides identification. */
  add(file: ReturnFile, options: AddOptions = {}): FileResult {
    return this.addPrepared(prepareReturn(file, this.fold), options);
  }

  /**
   * Files the reports of a return prepared beforehand (see prepareReturn). A return whose content repeats one
   * added before (the same file given twice, or saved as .xlsx and .csv) is not counted again: it is listed,
   * with a problem naming the first.
   */
  addPrepared(prepared: PreparedReturn, options: AddOptions = {}): FileResult {
    const { meta, name } = prepared;
    const first = prepared.rows.length === 0 ? undefined : this.fingerprints.get(prepared.fingerprint);
    if (first !== undefined) return this.addDuplicate(prepared, first);
    const samePlan = meta !== null && meta.planHash === this.planHash;
    const rows: { row: ReturnRow; found: RowMatchResult }[] = [];
    for (const row of prepared.rows) {
      const scope = this.index.scopeOf(row.sheet, row.sectionNumber);
      const found =
        (samePlan ? this.byTemplateId(row) : null) ??
        matchRow(this.index, scope, row.key, row.words, row.goal);
      const target = found.kind === "matched" ? found.target.measure : null;
      if (hasReport(row, this.plannedIn(scope), target)) rows.push({ row, found });
    }
    const chosen =
      options.executor === undefined ? undefined : this.roster.entries.find((e) => e.id === options.executor);
    const identity =
      chosen === undefined
        ? identifyFile(name, meta, rows, this.context)
        : { executor: chosen.id, identifiedBy: "chosen" as const, candidates: [chosen.id] };
    const { executor } = identity;
    const problems = fileProblems(name, meta, samePlan, identity, rows.length, this.roster);
    let matched = 0;
    const locale = prepared.language ?? this.locale;
    for (const { row, found } of rows) {
      if (found.kind === "matched") {
        const built = reportOfRow(row, name, executor, found, locale);
        this.reports[found.target.position]?.push(built.report);
        problems.push(...built.problems);
        matched++;
      } else {
        const built = unmatchedOfRow(row, name, executor, found.reason, locale);
        this.unmatched.push(built.unmatched);
        problems.push(...built.problems);
      }
    }
    this.problems.push(...problems);
    const result: FileResult = {
      file: name,
      executor,
      identifiedBy: identity.identifiedBy,
      candidates: identity.candidates,
      reportRows: rows.length,
      matchedRows: matched,
      unmatchedRows: rows.length - matched,
      template: meta !== null,
      duplicateOf: null,
    };
    this.files.push(result);
    this.reissued.push(prepared.reissued);
    if (prepared.rows.length > 0) this.fingerprints.set(prepared.fingerprint, result);
    return result;
  }

  /** A return the host could not read: a problem of that file; the others are consolidated as usual. */
  addUnreadable(file: UnreadableReturn): FileResult {
    const { unreadable: reason, exceeded } = file;
    const params = exceeded === undefined ? { reason } : { reason, exceeded };
    this.problems.push(makeProblem("return-unreadable", { file: file.name }, params));
    return this.pushFile(
      { file: file.name, executor: null, identifiedBy: "unreadable", candidates: [] },
      null,
    );
  }

  private addDuplicate(prepared: PreparedReturn, first: FileResult): FileResult {
    // whose it is by its own template record or roster line, else the first file's executor
    const own = identifyFile(prepared.name, prepared.meta, [], this.context);
    const executor = own.executor ?? first.executor;
    this.problems.push(
      makeProblem("duplicate-return", { file: prepared.name, executor }, { of: first.file }),
    );
    return this.pushFile(
      {
        file: prepared.name,
        executor,
        identifiedBy: "duplicate",
        candidates: own.candidates,
        template: prepared.meta !== null,
      },
      first.file,
    );
  }

  private pushFile(
    file: Pick<FileResult, "file" | "executor" | "identifiedBy" | "candidates"> & { template?: boolean },
    duplicateOf: string | null,
  ): FileResult {
    const result: FileResult = {
      ...file,
      reportRows: 0,
      matchedRows: 0,
      unmatchedRows: 0,
      template: file.template ?? false,
      duplicateOf,
    };
    this.files.push(result);
    // a file not consolidated (unreadable, or a repeat of one that is) replaces no other return
    this.reissued.push(null);
    return result;
  }

  /** The consolidation of everything added so far: a snapshot that later `add`s do not change. */
  finish(): Consolidation {
    const replaced = replacedFiles(this.files, this.reissued);
    const kept = <T extends { readonly file: string | null }>(items: readonly T[]): T[] =>
      replaced.size === 0
        ? [...items]
        : items.filter((item) => item.file === null || !replaced.has(item.file));
    const notes = [...replaced].map(([file, by]) => {
      const executor = this.files.find((f) => f.file === file)?.executor ?? null;
      return makeProblem("return-replaced", { file, executor }, { by });
    });
    return finishConsolidation({
      roster: this.roster,
      measures: this.index.measures,
      expected: this.expected,
      reports: this.reports.map((reports) => kept(reports)),
      unmatched: kept(this.unmatched),
      files: [...this.files],
      problems: [...kept(this.problems), ...notes],
    });
  }

  private byTemplateId(row: ReturnRow): RowMatchResult | null {
    const id = row.templateId === null ? null : parseMeasureId(row.templateId);
    const target = id === null ? undefined : this.index.at(id.sheetIndex, id.rowIndex);
    return target === undefined
      ? null
      : { kind: "matched", target, match: "exact", via: "id", similarity: null };
  }

  private plannedIn(scope: Scope): ReadonlySet<ReportRole> {
    return scope === null ? this.allPlanned : (this.planned[scope] ?? this.allPlanned);
  }
}

/**
 * The files whose answers a re-issued template's return replaces (file → the return replacing it): for each
 * executor that returned a re-issued template, every other file of that executor; among several re-issued
 * returns the one issued last (or, issued at the same time, added last) wins.
 */
function replacedFiles(
  files: readonly FileResult[],
  reissued: readonly (string | null)[],
): Map<string, string> {
  const winners = new Map<string, { file: string; issued: string }>();
  files.forEach((f, i) => {
    const issued = reissued[i] ?? null;
    if (f.executor === null || issued === null) return;
    const best = winners.get(f.executor);
    if (best === undefined || issued >= best.issued) winners.set(f.executor, { file: f.file, issued });
  });
  const replaced = new Map<string, string>();
  for (const f of files) {
    const winner = f.executor === null ? undefined : winners.get(f.executor);
    if (winner !== undefined && winner.file !== f.file) replaced.set(f.file, winner.file);
  }
  return replaced;
}
