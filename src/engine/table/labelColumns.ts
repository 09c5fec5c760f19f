import type { ColumnChoice } from "./ColumnChoice";
import type { FieldRole } from "./FieldRole";
import { labelWords } from "./labelWords";
import { scoreLabel, type RoleEvidence } from "./scoreLabel";
import type { ColumnRoles } from "./TableColumns";
import { joinLabelParts } from "./labelParts";

/** A label must score at least this for its column to take the role. */
export const MIN_LABEL_SCORE = 2;
/** A score that makes a reading certain (confidence 1 when nothing competes). */
const SURE_SCORE = 4;
/** How much the upper, group label of a two-row header adds to the lower label's reading. */
const GROUP_WEIGHT = 0.5;
/** Sub-labels that mark the total among a group's sub-columns ("Обсяг: усього | 2024 | 2025"). */
const TOTAL_WORDS = /^(усього|всього|разом|всего|итого|общо|всичко|total|sum)$/u;

/** A column's reading from its label parts, before columns compete for roles. */
export type ColumnReading = {
  readonly colIndex: number;
  readonly header: string;
  readonly group: string;
  readonly evidence: readonly RoleEvidence[];
  readonly isTotal: boolean;
};

/** What the labels of a header say: each column's role (primary or not), and the primary column per role. */
export type LabelledColumns = {
  readonly readings: readonly ColumnReading[];
  readonly choices: readonly ColumnChoice[];
  readonly roles: ColumnRoles;
};

/**
 * Reads the columns of a header from their labels (`columns[c]` = label parts top to bottom, one per header
 * row) and lets them compete for roles: the strongest (column, role) pair is settled first. A role that already
 * has its column takes further columns only from the same group of a two-row header (year sub-columns of the
 * financing), as non-primary columns; elsewhere the weaker column keeps its next-best role, or, with none,
 * becomes a further (non-primary) column of its role.
 */
export function labelColumns(columns: readonly (readonly string[])[]): LabelledColumns {
  const readings = columns.map((parts, colIndex) => readColumn(parts, colIndex));
  const pairs: { reading: ColumnReading; evidence: RoleEvidence; rank: number }[] = [];
  for (const reading of readings) {
    reading.evidence.forEach((evidence, rank) => {
      if (evidence.score >= MIN_LABEL_SCORE) pairs.push({ reading, evidence, rank });
    });
  }
  pairs.sort(
    (a, b) =>
      b.evidence.score - a.evidence.score || a.rank - b.rank || a.reading.colIndex - b.reading.colIndex,
  );
  const taken = new Map<number, FieldRole>();
  const owner = new Map<FieldRole, ColumnReading>();
  const choices: ColumnChoice[] = [];
  for (const { reading, evidence } of pairs) {
    if (taken.has(reading.colIndex)) continue;
    const first = owner.get(evidence.role);
    if (first !== undefined && !(reading.group !== "" && reading.group === first.group)) continue;
    taken.set(reading.colIndex, evidence.role);
    if (first === undefined) owner.set(evidence.role, reading);
    choices.push({
      colIndex: reading.colIndex,
      role: evidence.role,
      header: reading.header,
      evidence: { source: "label", words: evidence.words, score: evidence.score },
      confidence: confidenceOf(evidence, reading.evidence),
      primary: first === undefined,
    });
  }
  for (const reading of readings) {
    const best = reading.evidence[0];
    if (taken.has(reading.colIndex) || best === undefined || best.score < MIN_LABEL_SCORE) continue;
    choices.push({
      colIndex: reading.colIndex,
      role: best.role,
      header: reading.header,
      evidence: { source: "label", words: best.words, score: best.score },
      confidence: confidenceOf(best, reading.evidence),
      primary: false,
    });
  }
  preferTotals(choices, readings);
  choices.sort((a, b) => a.colIndex - b.colIndex);
  const roles: ColumnRoles = {};
  for (const choice of choices) if (choice.primary) roles[choice.role] = choice.colIndex;
  return { readings, choices, roles };
}

/**
 * A column's evidence: the lowest non-empty label is the column's own; a label above it that spans several
 * columns is its group and adds half its weight; a lower label that names nothing ("2024", "назва") leaves the
 * column to its group label.
 */
function readColumn(parts: readonly string[], colIndex: number): ColumnReading {
  const filled = parts.filter((part) => part !== "");
  const header = joinLabelParts(filled);
  const own = filled[filled.length - 1] ?? "";
  const group = joinLabelParts(filled.slice(0, -1));
  const isTotal = labelWords(own).some((word) => TOTAL_WORDS.test(word.text));
  if (group === "") return { colIndex, header, group, evidence: scoreLabel(own), isTotal };
  const scores = new Map<FieldRole, { score: number; words: string[] }>();
  const add = (list: readonly RoleEvidence[], factor: number): void => {
    for (const e of list) {
      const entry = scores.get(e.role) ?? { score: 0, words: [] };
      entry.score += e.score * factor;
      entry.words.push(...e.words);
      scores.set(e.role, entry);
    }
  };
  const ownEvidence = scoreLabel(own);
  const ownNamesRole = (ownEvidence[0]?.score ?? 0) >= MIN_LABEL_SCORE;
  add(ownEvidence, 1);
  add(scoreLabel(group), ownNamesRole ? GROUP_WEIGHT : 1);
  const evidence = [...scores]
    .map(([role, e]) => ({ role, score: Math.round(e.score * 100) / 100, words: e.words }))
    .sort((a, b) => b.score - a.score);
  return { colIndex, header, group, evidence, isTotal };
}

/** Within a group of sub-columns, the "усього / total" one is the primary column of the role. */
function preferTotals(choices: ColumnChoice[], readings: readonly ColumnReading[]): void {
  for (let i = 0; i < choices.length; i++) {
    const choice = choices[i];
    if (choice === undefined || choice.primary || readings[choice.colIndex]?.isTotal !== true) continue;
    const j = choices.findIndex((c) => c.role === choice.role && c.primary);
    const primary = choices[j];
    if (primary === undefined) continue;
    choices[j] = { ...primary, primary: false };
    choices[i] = { ...choice, primary: true };
  }
}

/** 1 for a strong label nothing else competes with; less for a weak label or a close second reading. */
function confidenceOf(chosen: RoleEvidence, all: readonly RoleEvidence[]): number {
  const other = all.find((e) => e.role !== chosen.role)?.score ?? 0;
  const strength = Math.min(1, chosen.score / SURE_SCORE);
  const margin = 1 - 0.5 * Math.min(1, other / chosen.score);
  return Math.round(strength * margin * 100) / 100;
}
