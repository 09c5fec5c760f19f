import { collapseSpace } from "../text/collapseSpace";
import type { PlanPeriod } from "./Plan";

const DASH = "[-–—‑]";
const PATTERNS: readonly RegExp[] = [
  new RegExp(
    `(?:на|за|for|in|період|периода|period)\\s+(?:період\\s+|периода\\s+|the\\s+period\\s+)?(\\d{4})\\s*${DASH}\\s*(\\d{4})`,
    "iu",
  ),
  new RegExp(`(\\d{4})\\s*${DASH}\\s*(\\d{4})\\s*(?:роки|років|рр|р\\.|г\\.|год|years)`, "iu"),
  new RegExp(`(?<!до\\s)(\\d{4})\\s*${DASH}\\s*(\\d{4})`, "iu"),
  /(?:на|за|for)\s+(\d{4})\s*(?:рік|р\.|година|г\.|year)/iu,
];

/**
 * The plan period named in the title rows: "на 2022-2023 роки", "ЗА ПЕРИОДА 2024-2027 Г.", "на 2025 рік".
 * "до 2030 року" (the strategy horizon) is not a period. Texts are tried in order; the first match wins.
 */
export function planPeriod(texts: readonly string[]): PlanPeriod | null {
  for (const pattern of PATTERNS) {
    for (const text of texts) {
      const match = pattern.exec(collapseSpace(text));
      if (match === null) continue;
      const startYear = Number(match[1]);
      const endYear = Number(match[2] ?? match[1]);
      if (startYear >= 1990 && endYear <= 2100 && startYear <= endYear) return { startYear, endYear };
    }
  }
  return null;
}
