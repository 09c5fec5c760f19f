import { NO_FILL, type Fill } from "./FakeWorkbook";
import type { Profile } from "./profiles";

/**
 * What `getCellProperties({format: {fill: …}})` reports for a cell's fill on a platform:
 * - no fill: colour "#FFFFFF" (OfficeDev/office-js#6218), `tintAndShade` and `patternTintAndShade` null
 *   (office-js#4900: "If you are setting No Fill, you will get null"), pattern "None" — or null on profiles
 *   that follow #4900 ("They both have null for format.fill.pattern");
 * - a solid fill: pattern "Solid", or null on those profiles (#4900 reports null for a white fill);
 * - anything else as it is.
 */
export function reportFill(fill: Fill, profile: Profile): Excel.CellPropertiesFill {
  const none = fill.pattern === "None";
  const blank = profile.solidAndNonePattern === "null" && (none || fill.pattern === "Solid");
  return {
    color: none ? "#FFFFFF" : fill.color,
    pattern: (blank ? null : fill.pattern) as Excel.FillPattern,
    patternColor: fill.patternColor,
    tintAndShade: (none ? null : fill.tintAndShade) as number,
    patternTintAndShade: (none ? null : fill.patternTintAndShade) as number,
  };
}

/**
 * A fill after `setCellProperties` with `given` (Excel.CellPropertiesFill): members that are missing or null
 * are left as they were (the fake does not guess what Excel does with a null it never documents taking);
 * setting a colour on a cell without fill makes it a solid fill of that colour — a white solid fill for
 * "#FFFFFF", which hides the gridlines (what restoring "no fill" as a colour does, OfficeDev/office-js#2349).
 */
export function setFill(current: Fill, given: Partial<Record<keyof Fill, unknown>>): Fill {
  const next: Fill = { ...current };
  if (typeof given.pattern === "string") next.pattern = given.pattern;
  if (typeof given.color === "string") {
    next.color = given.color.toUpperCase();
    if (next.pattern === "None") next.pattern = "Solid";
  }
  if (typeof given.patternColor === "string") next.patternColor = given.patternColor.toUpperCase();
  if (typeof given.tintAndShade === "number") next.tintAndShade = given.tintAndShade;
  if (typeof given.patternTintAndShade === "number") next.patternTintAndShade = given.patternTintAndShade;
  if (next.pattern === "None") return { ...NO_FILL };
  return next;
}

/**
 * `RangeFill.color = c`: the RangeFill docs describe `color` as the background colour, with `pattern`,
 * `patternColor` and `tintAndShade` as properties of their own. Setting the colour alone therefore keeps a
 * pattern fill's pattern and a themed fill's tint (the pessimistic reading; issue 12 item 9); a cell without
 * fill becomes a solid fill.
 */
export function setFillColor(current: Fill, color: string): Fill {
  return setFill(current, { color });
}
