import type { Normalized } from "../deadlines/DeadlineValue";
import type { Random } from "../Random";
import type { Language } from "../wordings/Language";
import type { ModelRow, PlanTruth } from "./PlanModel";

/** What the transformations share: the randomness, the languages chosen, and what they changed. */
export type VariantContext = {
  readonly random: Random;
  readonly truth: PlanTruth;
  readonly planLanguage: "uk" | "bg";
  /** The plan period from the workbook name ("…_2024-2027.xlsx"). */
  readonly period: { readonly start: number; readonly end: number };
  labelLanguage: Language;
  deadlineLanguage: Language;
  /** New truth for re-rendered deadlines, by measure id. */
  readonly deadlines: Map<string, Normalized>;
  /** The last data row of each goal block, per sheet (totals go under it). */
  readonly blockEnds: Map<string, ModelRow[]>;
  renumbered: boolean;
  hierarchyInColumns: boolean;
  /** The header label given to each column id, for messages. */
  readonly labels: Map<string, string>;
  /** What was applied, in order: names the variant in test titles and failure messages. */
  readonly applied: string[];
};
