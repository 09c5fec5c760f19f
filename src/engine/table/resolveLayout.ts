import type { SheetView } from "../grid/SheetView";
import type { ColumnCandidate, ColumnChoice, Evidence } from "./ColumnChoice";
import {
  columnContent,
  contentShare,
  CONTENT_KIND,
  MIN_CONTENT_SHARE,
  type ContentProfile,
} from "./columnContent";
import { CHECKABLE_FIELDS, type FieldRole } from "./FieldRole";
import { MIN_LABEL_SCORE } from "./labelColumns";
import { scoreLabel } from "./scoreLabel";
import { lowerLabel } from "./labelParts";
import { namesPeriodEnd, namesPeriodStart } from "./periodEnds";
import { periodLabel } from "./periodLabel";
import type { ColumnRoles, HeaderBlock, TableLayout, TimelineColumn } from "./TableColumns";

/** Columns a sheet of the same workbook and layout read (by content, or as the user mapped them), lent to one. */
export type LentColumns = { readonly sheet: string; readonly roles: ColumnRoles };

/** Roles the cells of a column can stand in for when no label names them, most distinctive first. */
const CONTENT_ROLES: readonly FieldRole[] = ["deadline", "responsible", "indicator", "status", "measure"];
/**
 * Roles a column takes when its label only hints at them ("Бюджет": an amount or a source?) and its cells
 * settle which: amounts, or names of funding sources.
 */
const HINTED_ROLES: readonly FieldRole[] = ["financingAmount", "financing"];
/** A label this strong hints at a role (below MIN_LABEL_SCORE it does not name it). */
const HINT_SCORE = 1;
/** Hierarchy columns left of the measures. */
const LEVEL_ROLES: readonly FieldRole[] = ["goal", "section", "task"];
/** A hierarchy column is a number column when this share of at least this many cells are item numbers. */
const MIN_NUMBER_SHARE = 0.9;
const MIN_NUMBER_CELLS = 3;
/** Roles a missing-column finding offers a candidate for. */
const CANDIDATE_ROLES: readonly FieldRole[] = ["measure", ...CHECKABLE_FIELDS];
/** A measure column by content: the longest texts, at least this long on average. */
const MIN_MEASURE_LENGTH = 25;

/**
 * The columns a table segment is read with: the header's labelled columns, made consistent (a table without a
 * measure column lists its tasks as measures; a "№" column left of the task numbers tasks), completed from the
 * cells where a label is missing or unknown (a column of deadlines is the deadline column; an un-labelled column
 * of numbers is the number column), then from a sibling sheet with the same layout (`lent`), and finally the
 * user's corrections, which always win. Rows `from`..`to` are the data the content evidence is read from.
 */
export function resolveLayout(
  view: SheetView,
  header: HeaderBlock,
  from: number,
  to: number,
  overrides: ColumnRoles = {},
  lent: LentColumns | null = null,
): TableLayout {
  const choices = new Map<number, ColumnChoice[]>();
  for (const choice of header.choices)
    choices.set(choice.colIndex, [...(choices.get(choice.colIndex) ?? []), choice]);
  const list = (): ColumnChoice[] => [...choices.values()].flat();
  const primary = (role: FieldRole): ColumnChoice | undefined =>
    list().find((c) => c.role === role && c.primary);
  const retag = (choice: ColumnChoice, role: FieldRole): void => {
    choices.set(
      choice.colIndex,
      (choices.get(choice.colIndex) ?? []).map((c) => (c === choice ? { ...c, role } : c)),
    );
  };

  const task = primary("task");
  if (primary("measure") === undefined && task !== undefined) retag(task, "measure");
  nestGoalColumns(list(), primary("measure"), (choice, role) =>
    choices.set(choice.colIndex, [{ ...choice, role, primary: true }]),
  );
  // "Goal | Outcome | Activity | … | Indicator": a second result column left of the measures is a level of
  // the hierarchy (the tasks), not an indicator.
  const what = primary("measure");
  const levelLeft = list().find(
    (c) => c.role === "indicator" && !c.primary && what !== undefined && c.colIndex < what.colIndex,
  );
  if (levelLeft !== undefined && primary("task") === undefined)
    choices.set(levelLeft.colIndex, [{ ...levelLeft, role: "task", primary: true }]);

  const profiles = new Map<number, ContentProfile>();
  const profile = (c: number): ContentProfile => {
    let found = profiles.get(c);
    if (found === undefined) {
      found = columnContent(view, c, from, to);
      profiles.set(c, found);
    }
    return found;
  };
  // A hierarchy column that holds only item numbers ("Цел" over "1.", "2.", "3.") numbers the measures.
  const numbers = (c: ColumnChoice | undefined): boolean =>
    c !== undefined &&
    what !== undefined &&
    c.colIndex < what.colIndex &&
    profile(c.colIndex).cells >= MIN_NUMBER_CELLS &&
    profile(c.colIndex).shares.numbers >= MIN_NUMBER_SHARE;
  const numbering = primary("number") === undefined ? LEVEL_ROLES.map(primary).find(numbers) : undefined;
  if (numbering !== undefined) {
    const share = profile(numbering.colIndex).shares.numbers;
    choices.set(numbering.colIndex, [contentChoice(numbering.colIndex, "number", header, share, profile)]);
  }
  const width = Math.max(header.width, header.labels.length);
  const free = (): number[] => {
    const out: number[] = [];
    for (let c = 0; c < width; c++) if (!choices.has(c)) out.push(c);
    return out;
  };

  for (const role of CONTENT_ROLES) {
    if (primary(role) !== undefined) continue;
    const found =
      role === "measure" ? measureByContent(free(), profile) : bestByContent(role, free(), profile);
    if (found !== null)
      choices.set(found.colIndex, [contentChoice(found.colIndex, role, header, found.share, profile)]);
  }

  for (const role of HINTED_ROLES) {
    if (primary(role) !== undefined) continue;
    const hinted = free().filter((c) =>
      scoreLabel(header.labels[c] ?? "").some((e) => e.role === role && e.score >= HINT_SCORE),
    );
    const found = bestByContent(role, hinted, profile);
    if (found !== null)
      choices.set(found.colIndex, [contentChoice(found.colIndex, role, header, found.share, profile)]);
  }

  if (primary("deadline") === undefined) {
    const timeline = timelineByContent(free(), header, profile);
    timeline?.columns.forEach((colIndex, k) => {
      const evidence: Evidence = {
        source: "content",
        kind: "marks",
        share: timeline.share,
        cells: timeline.cells,
      };
      const confidence = round(timeline.share * Math.min(1, timeline.cells / 5));
      const label = header.labels[colIndex] ?? "";
      choices.set(colIndex, [
        { colIndex, role: "deadline", header: label, evidence, confidence, primary: k === 0 },
      ]);
    });
  }

  const measure = primary("measure");
  if (primary("number") === undefined && primary("taskNumber") === undefined && measure !== undefined) {
    const candidates = free().filter((c) => c < measure.colIndex && (header.labels[c] ?? "") === "");
    const found = bestByContent("number", candidates, profile, 0.5);
    if (found !== null)
      choices.set(found.colIndex, [contentChoice(found.colIndex, "number", header, found.share, profile)]);
  }
  const number = primary("number");
  const taskColumn = primary("task");
  if (number !== undefined && taskColumn !== undefined && number.colIndex < taskColumn.colIndex) {
    retag(number, "taskNumber");
  }

  if (lent !== null) {
    for (const [role, colIndex] of Object.entries(lent.roles) as [FieldRole, number][]) {
      if (primary(role) !== undefined || choices.has(colIndex)) continue;
      const evidence: Evidence = { source: "sibling", sheet: lent.sheet };
      const label = header.labels[colIndex] ?? "";
      choices.set(colIndex, [{ colIndex, role, header: label, evidence, confidence: 0.8, primary: true }]);
    }
  }

  for (const [role, colIndex] of Object.entries(overrides) as [FieldRole, number][]) {
    for (const [c, list] of choices) {
      const kept = list.filter((choice) => c !== colIndex && !(choice.role === role && choice.primary));
      if (kept.length === 0) choices.delete(c);
      else choices.set(c, kept);
    }
    choices.set(colIndex, [
      {
        colIndex,
        role,
        header: header.labels[colIndex] ?? "",
        evidence: { source: "settings" },
        confidence: 1,
        primary: true,
      },
    ]);
  }

  const columns = list().sort((a, b) => a.colIndex - b.colIndex);
  const roles: ColumnRoles = {};
  const extras: Partial<Record<FieldRole, number[]>> = {};
  for (const choice of columns) {
    if (choice.primary) roles[choice.role] = choice.colIndex;
    else (extras[choice.role] ??= []).push(choice.colIndex);
  }
  const candidates: Partial<Record<FieldRole, ColumnCandidate>> = {};
  for (const role of CANDIDATE_ROLES) {
    if (roles[role] !== undefined) continue;
    const candidate = closestCandidate(role, free(), header, profile);
    if (candidate !== null) candidates[role] = candidate;
  }
  const timeline = timelineOf(header, roles, extras);
  const taken = new Set(columns.map((c) => c.colIndex));
  const deadlineStart = timeline.length > 0 ? null : startColumnOf(header, roles, extras, taken);
  return { header, roles, extras, columns, candidates, timeline, deadlineStart };
}

/**
 * The start column of a "Start | End" pair of deadline columns ("Timeframe: Start | End", "Start date | End
 * date", "Початок | Закінчення"): an extra deadline column — or the free column just before the deadline —
 * whose label names a start, beside a deadline column whose label names an end; else null.
 */
function startColumnOf(
  header: HeaderBlock,
  roles: ColumnRoles,
  extras: Partial<Record<FieldRole, number[]>>,
  taken: ReadonlySet<number>,
): number | null {
  const end = roles.deadline;
  if (end === undefined) return null;
  const part = (c: number): string => lowerLabel(header, c);
  if (!namesPeriodEnd(part(end))) return null;
  const extra = (extras.deadline ?? []).find((c) => c !== end && namesPeriodStart(part(c)));
  if (extra !== undefined) return extra;
  return end > 0 && !taken.has(end - 1) && namesPeriodStart(part(end - 1)) ? end - 1 : null;
}

/**
 * The deadline's sub-columns as a timeline, when the deadline column has further columns of its own group and
 * every one of them is labelled with a period ("Timeframe: Q1 2025 | Q2 2025 | …"); else none.
 */
function timelineOf(
  header: HeaderBlock,
  roles: ColumnRoles,
  extras: Partial<Record<FieldRole, number[]>>,
): TimelineColumn[] {
  const first = roles.deadline;
  const more = extras.deadline ?? [];
  if (first === undefined || more.length === 0) return [];
  const columns = [first, ...more].sort((a, b) => a - b);
  const timeline: TimelineColumn[] = [];
  for (const colIndex of columns) {
    const period = periodLabel(lowerLabel(header, colIndex));
    if (period === null) return [];
    timeline.push({ colIndex, period });
  }
  return timeline;
}

/**
 * Two goal columns left of the measures ("Стратегическа цел | Оперативна цел", "Стратегічна ціль | Оперативна
 * ціль") are two levels of the hierarchy: the right one is the tasks where the table has no task column, else
 * the left one is the sections where it has no section column.
 */
function nestGoalColumns(
  all: readonly ColumnChoice[],
  measure: ColumnChoice | undefined,
  set: (choice: ColumnChoice, role: FieldRole) => void,
): void {
  const goals = all.filter((c) => c.role === "goal").sort((a, b) => a.colIndex - b.colIndex);
  const [upper, lower] = goals;
  if (goals.length !== 2 || upper === undefined || lower === undefined || measure === undefined) return;
  if (lower.colIndex > measure.colIndex) return;
  const has = (role: FieldRole): boolean => all.some((c) => c.role === role);
  if (!has("task")) {
    set(upper, "goal");
    set(lower, "task");
  } else if (!has("section")) {
    set(upper, "section");
    set(lower, "goal");
  }
}

/**
 * A timeline without a group label: two or more adjacent free columns labelled with periods ("2025 | 2026 |
 * 2027", "I кв. | II кв.") whose cells are marks ("x", "+"), not amounts; the longest such run, or null.
 */
function timelineByContent(
  columns: readonly number[],
  header: HeaderBlock,
  profile: (c: number) => ContentProfile,
): { columns: number[]; share: number; cells: number } | null {
  const isPeriod = (c: number): boolean => periodLabel(lowerLabel(header, c)) !== null;
  const runs: number[][] = [];
  for (const c of columns) {
    const run = runs[runs.length - 1];
    if (!isPeriod(c)) continue;
    if (run !== undefined && run[run.length - 1] === c - 1) run.push(c);
    else runs.push([c]);
  }
  let best: { columns: number[]; share: number; cells: number } | null = null;
  for (const run of runs) {
    if (run.length < 2) continue;
    const cells = run.reduce((sum, c) => sum + profile(c).cells, 0);
    const marks = run.reduce((sum, c) => sum + profile(c).cells * profile(c).shares.marks, 0);
    const share = cells === 0 ? 0 : marks / cells;
    if (cells < 2 || share < MIN_CONTENT_SHARE) continue;
    if (best === null || run.length > best.columns.length)
      best = { columns: run, share: round(share), cells };
  }
  return best;
}

function bestByContent(
  role: FieldRole,
  columns: readonly number[],
  profile: (c: number) => ContentProfile,
  minShare?: number,
): { colIndex: number; share: number } | null {
  let best: { colIndex: number; share: number } | null = null;
  for (const c of columns) {
    const p = profile(c);
    const share = minShare === undefined ? contentShare(p, role) : shareOf(p, role, minShare);
    if (share !== null && (best === null || share > best.share)) best = { colIndex: c, share };
  }
  return best;
}

function shareOf(p: ContentProfile, role: FieldRole, minShare: number): number | null {
  const kind = CONTENT_KIND[role];
  if (kind === undefined || p.cells === 0) return null;
  return p.shares[kind] >= minShare ? p.shares[kind] : null;
}

/** The measure column by content: the free column with the longest texts that are not names of bodies. */
function measureByContent(
  columns: readonly number[],
  profile: (c: number) => ContentProfile,
): { colIndex: number; share: number } | null {
  let best: { colIndex: number; length: number; share: number } | null = null;
  for (const c of columns) {
    const p = profile(c);
    if (p.cells < 2 || p.meanLength < MIN_MEASURE_LENGTH || p.shares.deadlines > 0.5) continue;
    if (best === null || p.meanLength > best.length)
      best = { colIndex: c, length: p.meanLength, share: p.shares.longText };
  }
  return best === null ? null : { colIndex: best.colIndex, share: best.share };
}

function contentChoice(
  colIndex: number,
  role: FieldRole,
  header: HeaderBlock,
  share: number,
  profile: (c: number) => ContentProfile,
): ColumnChoice {
  const kind = CONTENT_KIND[role] ?? "longText";
  const cells = profile(colIndex).cells;
  return {
    colIndex,
    role,
    header: header.labels[colIndex] ?? "",
    evidence: { source: "content", kind, share: round(share), cells },
    confidence: round(share * Math.min(1, cells / 5)),
    primary: true,
  };
}

/**
 * The free column most like `role` — by its label's (weaker) reading of the role, or by its cells — for the
 * "Is column F “Execution period” the deadline?" question; null when nothing hints at the role.
 */
function closestCandidate(
  role: FieldRole,
  columns: readonly number[],
  header: HeaderBlock,
  profile: (c: number) => ContentProfile,
): ColumnCandidate | null {
  let best: { colIndex: number; score: number; evidence: Evidence } | null = null;
  for (const c of columns) {
    const label = header.labels[c] ?? "";
    const reading = scoreLabel(label).find((e) => e.role === role);
    const kind = CONTENT_KIND[role];
    const p = kind === undefined ? null : profile(c);
    const share = p === null || kind === undefined ? 0 : p.shares[kind];
    const labelScore = reading?.score ?? 0;
    const score = labelScore / MIN_LABEL_SCORE + share * 2;
    if (score <= 0.25 || (best !== null && score <= best.score)) continue;
    const evidence: Evidence =
      reading !== undefined && labelScore / MIN_LABEL_SCORE >= share * 2
        ? { source: "label", words: reading.words, score: reading.score }
        : { source: "content", kind: kind ?? "longText", share: round(share), cells: p?.cells ?? 0 };
    best = { colIndex: c, score, evidence };
  }
  return best === null
    ? null
    : { colIndex: best.colIndex, header: header.labels[best.colIndex] ?? "", evidence: best.evidence };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
