import type { ReportStatus } from "../../parse/ReportStatus";
import type { AggregateStatus } from "../Consolidation";

/**
 * The report for the head ("Інформація про стан виконання … за 2025 рік"): ordered sections built from one
 * consolidation for one period. Plain data in no language; src/report words it (in the plan's language) as a
 * print-ready sheet and as a Word document. A new kind of section (history across periods, the plan-level
 * evaluation) is a new member of {@link ReportSection}: the renderers must then say how to show it.
 */
export type ImplementationReport = {
  /** The plan's language: the report is written in it. */
  readonly language: "uk" | "bg" | "en";
  /** The plan's title as written, or null when it has none. */
  readonly planTitle: string | null;
  readonly period: ReportPeriod;
  /** How many returns the consolidation read. */
  readonly returns: number;
  readonly sections: readonly ReportSection[];
};

export type ReportSection = SummarySection | EvaluationSection | ProgressSection | MeasuresSection;

/** A measure as the progress and evaluation sections name it: its number and text as in the plan. */
export type MeasureName = { readonly number: string | null; readonly text: string };

/**
 * The measures across the periods the consolidated workbook keeps (see src/engine/consolidate/periods): the
 * status of each in each period, the first period it was done, overdue, and its indicator's latest value,
 * change and achievement of the target ((value − baseline) / (target − baseline)).
 */
export type ProgressSection = {
  readonly kind: "progress";
  /** The periods' labels, chronological; `current` is the one reported on. */
  readonly periods: readonly string[];
  readonly current: number;
  /** Measures done in this period and not in the one before; measures overdue. */
  readonly movedToDone: number;
  readonly overdue: number;
  readonly measures: readonly ProgressEntry[];
};

export type ProgressEntry = MeasureName & {
  /** Per period of {@link ProgressSection.periods}; undefined where that period has no record of it. */
  readonly statuses: readonly (AggregateStatus | undefined)[];
  readonly firstDone: string | null;
  readonly overdue: boolean;
  readonly value: number | null;
  readonly change: number | null;
  readonly achievement: number | null;
};

/** In the plan's last period: what the plan as a whole did not achieve. */
export type EvaluationSection = {
  readonly kind: "evaluation";
  /** Measures reported done in no period. */
  readonly neverDone: readonly MeasureName[];
  /** Indicators whose latest value falls short of the target. */
  readonly shortOfTarget: readonly (MeasureName & {
    readonly value: number | null;
    readonly target: number;
    readonly achievement: number | null;
  })[];
  /** Executors that reported in no period, with how many measures they are named in. */
  readonly neverReported: readonly { readonly name: string; readonly expected: number }[];
};

/**
 * The period reported on, whole days, ISO `YYYY-MM-DD`. `year` is set when it is one calendar year (the
 * default). `source`: given by the user, read from the returns' template metadata, or the default.
 */
export type ReportPeriod = {
  readonly label: string;
  readonly start: string;
  readonly end: string;
  readonly year: number | null;
  readonly source: "given" | "template" | "default";
};

/** What a measure is counted as: its aggregate status, "no_status" when its reports carry none. */
export const COUNTED_STATUSES = [
  "done",
  "in_progress",
  "not_done",
  "not_applicable",
  "no_status",
  "not_reported",
] as const;
export type CountedStatus = (typeof COUNTED_STATUSES)[number];

/** Measures by status, with each status's share of the total (null when there are no measures). */
export type StatusCounts = {
  readonly total: number;
  readonly counts: Readonly<Record<CountedStatus, number>>;
  readonly shares: Readonly<Record<CountedStatus, number | null>>;
  /** Measures due by the end of the period and not done (see {@link MeasureEntry.overdue}). */
  readonly overdue: number;
};

/** An executor that reported on none of the measures it is named in, and how many those are. */
export type SilentExecutor = {
  readonly id: string;
  readonly name: string;
  readonly expected: number;
  /** It returned a file, but nothing in it could be matched to its measures. */
  readonly returnedFile: boolean;
};

/** An executor that reported on some of its measures only. */
export type PartialExecutor = {
  readonly id: string;
  readonly name: string;
  readonly expected: number;
  readonly reported: number;
};

/** Where a group of measures sits: a part (a sheet of a several-sheet plan, or a section) and its goal. */
export type GroupHeading = {
  /** The sheet or section title, or null when the plan is one part. */
  readonly part: string | null;
  /** The goal's heading as written ("Ціль 1. …"), or null for measures under no goal. */
  readonly goal: string | null;
};

export type GoalSummary = GroupHeading & { readonly counts: StatusCounts };

/** The counts for the whole plan and per goal, and who did not report. */
export type SummarySection = {
  readonly kind: "summary";
  readonly counts: StatusCounts;
  readonly goals: readonly GoalSummary[];
  readonly silent: readonly SilentExecutor[];
  readonly partial: readonly PartialExecutor[];
};

/** Which optional columns the measures table has: only those the plan (or the returns) fill. */
export type MeasureColumns = {
  readonly indicator: boolean;
  readonly baseline: boolean;
  readonly target: boolean;
  readonly achieved: boolean;
  readonly financing: boolean;
};

/** Goal by goal, in plan order, every measure. */
export type MeasuresSection = {
  readonly kind: "measures";
  readonly columns: MeasureColumns;
  readonly groups: readonly MeasureGroup[];
  /** Financing planned and spent over the whole plan; null when the plan has no financing columns. */
  readonly financing: FinancingTotal | null;
};

export type MeasureGroup = GroupHeading & {
  readonly measures: readonly MeasureEntry[];
  /** The goal's financing, null when the plan has no financing columns. */
  readonly financing: FinancingTotal | null;
};

/** Sums of the numbers given (null when none was). */
export type FinancingTotal = {
  readonly planned: number | null;
  readonly spent: number | null;
};

/** One report text and the executors that sent it (identical texts are given once, with every sender). */
export type ReportText = {
  /** Executor names, roster order; a file whose executor is unknown is named by the file. */
  readonly executors: readonly string[];
  readonly status: ReportStatus | null;
  /** The status as the executor wrote it. */
  readonly statusRaw: string;
  readonly text: string;
  readonly reasons: string;
};

/** A value an executor reported for the measure's indicator: a number, or the text when it is not one. */
export type AchievedValue = {
  readonly executor: string;
  readonly value: number | null;
  readonly raw: string;
  /** Values of the measure's sub-rows (one per programme or site), in row order. */
  readonly parts: readonly (number | string)[];
};

export type MeasureEntry = {
  readonly sheet: string;
  /** 1-based row of the measure in the plan. */
  readonly row: number;
  readonly number: string | null;
  readonly text: string;
  /** The responsible cells as written (sub-rows' on their own lines). */
  readonly responsible: string;
  /** The deadline as written, or null. */
  readonly deadline: string | null;
  readonly status: AggregateStatus;
  readonly counted: CountedStatus;
  /** Due by the end of the period (its deadline ends on or before it) and not done (nor not applicable). */
  readonly overdue: boolean;
  readonly texts: readonly ReportText[];
  /** Executors named in the measure that sent no report on it. */
  readonly missing: readonly string[];
  readonly indicator: string | null;
  /** The baseline (or the plan's current value when it has no baseline column), as written. */
  readonly baseline: string | null;
  readonly target: string | null;
  readonly achieved: readonly AchievedValue[];
  /** Planned and spent funds; null when the plan has no financing columns. */
  readonly financing: MeasureFinancing | null;
};

export type MeasureFinancing = {
  /** The planned amount, when the plan's amount cell is a number. */
  readonly planned: number | null;
  /** The amount cell and the source of financing, as written ("-", "обласний бюджет"). */
  readonly plannedText: string;
  readonly source: string;
  /** Funds spent, summed over the reports that give a number. */
  readonly spent: number | null;
  /** Spent amounts that are not numbers, as written. */
  readonly spentText: readonly string[];
};
