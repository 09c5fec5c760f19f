import type { FieldRole } from "./FieldRole";

/** What the cells of a column read as, when the label is not enough (see columnContent). */
export type ContentKind =
  | "deadlines"
  | "bodies"
  | "indicators"
  | "statuses"
  | "numbers"
  | "amounts"
  | "financing"
  | "longText"
  /** Marks ("x", "+", "✓") under period labels: a timeline. */
  | "marks";

/** Why a column was given its role. */
export type Evidence =
  /** The header label says so: the words that did, and how strongly (4 = names the role on its own). */
  | { readonly source: "label"; readonly words: readonly string[]; readonly score: number }
  /** Most of the column's cells read as this role's values: `share` of `cells` non-empty cells. */
  | { readonly source: "content"; readonly kind: ContentKind; readonly share: number; readonly cells: number }
  /** The user mapped it (settings, or the pane's column editor). */
  | { readonly source: "settings" }
  /** A sheet of the same workbook with the same layout mapped it. */
  | { readonly source: "sibling"; readonly sheet: string };

/** One column's role and the reasons for it. */
export type ColumnChoice = {
  readonly colIndex: number;
  readonly role: FieldRole;
  /** The header text as written (a two-row header as "upper / lower"), "" when the column has none. */
  readonly header: string;
  readonly evidence: Evidence;
  /** 0..1: how sure the reading is (1 = unambiguous label or the user's choice). */
  readonly confidence: number;
  /**
   * False for a further column of a role that already has one: a year sub-column of financing, a second
   * executors column. Fields are read from the primary column, the others fill in when it is blank.
   */
  readonly primary: boolean;
};

/** The closest column to a role that none has: offered to the user in `missing-column`. */
export type ColumnCandidate = {
  readonly colIndex: number;
  readonly header: string;
  readonly evidence: Evidence;
};
