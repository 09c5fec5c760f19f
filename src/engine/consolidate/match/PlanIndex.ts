import type { Measure, Plan } from "../../plan/Plan";
import { collapseSpace } from "../../text/collapseSpace";
import { measureWords, type MeasureWords } from "./measureText";

/** A plan measure with what matching needs: its sheet's position in the plan and its folded words. */
export type IndexedMeasure = {
  readonly measure: Measure;
  readonly sheetIndex: number;
  /** Position in the plan, 0-based, sheets in order. */
  readonly position: number;
  readonly words: MeasureWords;
};

/** Which part of the plan a return sheet corresponds to: one plan sheet, or (null) the whole plan. */
export type Scope = number | null;

// "Приоритет 2 - Здравеопазване", "Пріоритет 3", "Ціль 1", "Section 4", "2. Освіта".
const NUMBERED_PART =
  /(?:пріоритет|приоритет|priority|розділ|раздел|section|напрям\S*|направление|ціль|цел|goal|част|частина|part)\s*[№#:.]?\s*(\d+)|^\s*(\d+)[.)]?\s/iu;

/**
 * Hash lookups over a plan's measures: by measure key and by folded text, within one sheet or across the
 * plan, and by position. Built once; matching a return row costs a few map lookups, never a scan.
 */
export class PlanIndex {
  readonly measures: readonly IndexedMeasure[];
  private readonly keys = new Map<string, IndexedMeasure[]>();
  private readonly texts = new Map<string, IndexedMeasure[]>();
  private readonly positions = new Map<string, IndexedMeasure>();
  private readonly sheetNames = new Map<string, number>();
  private readonly sheetNumbers = new Map<string, number>();
  private readonly onlySheet: number | null;

  constructor(plan: Plan) {
    const measures: IndexedMeasure[] = [];
    const withMeasures: number[] = [];
    plan.sheets.forEach((sheet, sheetIndex) => {
      this.sheetNames.set(sheetKey(sheet.name), sheetIndex);
      const number = partNumber(sheet.name);
      if (number !== null && !this.sheetNumbers.has(number)) this.sheetNumbers.set(number, sheetIndex);
      if (sheet.measures.length > 0) withMeasures.push(sheetIndex);
      for (const measure of sheet.measures) {
        const entry = { measure, sheetIndex, position: measures.length, words: measureWords(measure.text) };
        measures.push(entry);
        this.positions.set(`${sheetIndex}:${measure.rowIndex}`, entry);
        if (measure.key !== null) {
          push(this.keys, `${sheetIndex}\u0000${measure.key}`, entry);
          push(this.keys, `*\u0000${measure.key}`, entry);
        }
        if (entry.words.normalized !== "") {
          push(this.texts, `${sheetIndex}\u0000${entry.words.normalized}`, entry);
          push(this.texts, `*\u0000${entry.words.normalized}`, entry);
        }
      }
    });
    this.measures = measures;
    this.onlySheet = withMeasures.length === 1 ? (withMeasures[0] ?? null) : null;
  }

  byKey(scope: Scope, key: string): readonly IndexedMeasure[] {
    return this.keys.get(`${scope ?? "*"}\u0000${key}`) ?? [];
  }

  byText(scope: Scope, normalized: string): readonly IndexedMeasure[] {
    return normalized === "" ? [] : (this.texts.get(`${scope ?? "*"}\u0000${normalized}`) ?? []);
  }

  /** The measure whose first row is `rowIndex` (0-based) on plan sheet `sheetIndex`. */
  at(sheetIndex: number, rowIndex: number): IndexedMeasure | undefined {
    return this.positions.get(`${sheetIndex}:${rowIndex}`);
  }

  /**
   * The plan sheet a return sheet stands for: the one with the same name; else the one with the same
   * priority/section number ("Приоритет 2 …" in either name, or the return's own section heading); else the
   * plan's only sheet with measures; else null (the whole plan).
   */
  scopeOf(sheetName: string, sectionNumber: string | null): Scope {
    const byName = this.sheetNames.get(sheetKey(sheetName));
    if (byName !== undefined) return byName;
    for (const number of [partNumber(sheetName), sectionNumber]) {
      const byNumber = number === null ? undefined : this.sheetNumbers.get(number);
      if (byNumber !== undefined) return byNumber;
    }
    return this.onlySheet;
  }
}

function sheetKey(name: string): string {
  return collapseSpace(name).toLowerCase();
}

function partNumber(name: string): string | null {
  const match = NUMBERED_PART.exec(collapseSpace(name));
  return match === null ? null : (match[1] ?? match[2] ?? null);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
