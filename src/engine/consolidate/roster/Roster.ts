/** A body that reports on its measures: a name, other names it goes by, and the workbook it returned. */
export type ExecutorEntry = {
  /** Stable id: from the roster, else a transliterated slug of the name ("ruo-ruse"). */
  readonly id: string;
  readonly name: string;
  /** Other spellings and short forms; matched like the name. */
  readonly aliases: readonly string[];
  /** The returned workbook's file name (no folders), or null: expected but nothing came, or not known. */
  readonly file: string | null;
  /** Named "(за згодою)" / "(по съгласие)": takes part only if it agrees. */
  readonly byConsent: boolean;
};

/** The executors a consolidation counts on: given by the coordinator, or derived from the plan. */
export type Roster = {
  readonly entries: readonly ExecutorEntry[];
  readonly source: "plan" | "roster";
};
