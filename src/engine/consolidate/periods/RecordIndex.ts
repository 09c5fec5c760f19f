import { collapseSpace } from "../../text/collapseSpace";
import type { Measure } from "../../plan/Plan";
import type { MeasureRecord, PeriodRecord } from "./History";

/**
 * Finds a plan measure's record in one period: by sheet, key and text; else by sheet and key, or by sheet and
 * text, when only one record has them (a measure renumbered or reworded between two periods is still found;
 * two records it could be are not guessed between).
 */
export class RecordIndex {
  private readonly exact = new Map<string, MeasureRecord>();
  private readonly byKey = new Map<string, MeasureRecord | null>();
  private readonly byText = new Map<string, MeasureRecord | null>();

  constructor(record: PeriodRecord) {
    for (const m of record.measures) {
      const text = fold(m.text);
      this.exact.set(`${m.sheet}\u0001${m.key ?? ""}\u0001${text}`, m);
      if (m.key !== null) add(this.byKey, `${m.sheet}\u0001${m.key}`, m);
      add(this.byText, `${m.sheet}\u0001${text}`, m);
    }
  }

  find(measure: Measure): MeasureRecord | undefined {
    const text = fold(measure.text);
    return (
      this.exact.get(`${measure.sheet}\u0001${measure.key ?? ""}\u0001${text}`) ??
      (measure.key === null ? undefined : this.byKey.get(`${measure.sheet}\u0001${measure.key}`)) ??
      this.byText.get(`${measure.sheet}\u0001${text}`) ??
      undefined
    );
  }
}

function add(map: Map<string, MeasureRecord | null>, key: string, record: MeasureRecord): void {
  map.set(key, map.has(key) ? null : record);
}

function fold(text: string): string {
  return collapseSpace(text).toLowerCase();
}
