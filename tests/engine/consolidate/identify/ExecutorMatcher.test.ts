import { ExecutorMatcher } from "../../../../src/engine/consolidate/identify/ExecutorMatcher";
import type { ExecutorEntry } from "../../../../src/engine/consolidate/roster/Roster";
import { parseExecutors } from "../../../../src/engine/parse/parseExecutors";

const entry = (id: string, name: string, aliases: string[] = []): ExecutorEntry => ({
  id,
  name,
  aliases,
  file: null,
  byConsent: false,
});

const ROSTER = [
  entry("ruo", "РУО-Русе"),
  entry("rzi", "РЗИ-Русе"),
  entry("dbt", "ДБТ-Русе"),
  entry("odmvr", "ОДМВР-Русе"),
  entry("obshtina", "Община Русе"),
  entry("don", "Департамент освіти і науки облдержадміністрації"),
  entry("dzhkg", "Департамент житлово-комунального господарства облдержадміністрації"),
  entry("css1", "Центр соціальних служб № 1"),
  entry("vca", "військово-цивільні адміністрації"),
  entry("uk", "Управління культури (УКНРТ)"),
];

const matcher = new ExecutorMatcher(ROSTER, new Map([["ВЦА", "військово-цивільні адміністрації"]]));
const named = (cell: string): readonly string[] =>
  matcher.namedInTexts(
    [cell],
    parseExecutors(cell).map((e) => e.name),
  );

describe("ExecutorMatcher: who a responsible cell names", () => {
  it.each([
    { cell: "МОН\n\nРУО-Русе", ids: ["ruo"] },
    { cell: "Руо-Русе ", ids: ["ruo"] },
    { cell: "МЗ, РЗИ, НПО", ids: ["rzi"] },
    { cell: "МЗ, РЗИ -Русе", ids: ["rzi"] },
    { cell: "АЗ/ДБТ", ids: ["dbt"] },
    { cell: "ОД МВР-Русе", ids: ["odmvr"] },
    { cell: "ОДМВР-Русе", ids: ["odmvr"] },
    { cell: "ГДНП- МВР", ids: [] },
    { cell: "МТСП/ДСП", ids: [] },
    { cell: "МЗ, РЗИ и община Русе НПО", ids: ["rzi", "obshtina"] },
    { cell: "РЗИ,\n\nЗдравни медиатори, Общин Русе", ids: ["rzi", "obshtina"] },
    { cell: "Сключен договор между община Русе и СБАЛПФЗ", ids: ["obshtina"] },
    {
      cell: "Департаменти облдержадміністрації: соціального захисту населення; освіти і науки; ВЦА, ОМС (за згодою)",
      ids: ["don", "vca"],
    },
    { cell: "Департамент житло-во-комунального господарства облдержадміністрації", ids: ["dzhkg"] },
    { cell: "Центр соціальних служб № 17", ids: [] },
    { cell: "Центр соціальних служб № 1; Відділ освіти", ids: ["css1"] },
    { cell: "УКНРТ, громадські організації", ids: ["uk"] },
    { cell: "РЗИНА", ids: [] },
  ])("“$cell” names $ids", ({ cell, ids }) => {
    expect(named(cell)).toEqual(ids);
  });

  it("matches aliases the roster gives", () => {
    const withAlias = new ExecutorMatcher([entry("kzd", "КЗД", ["Комисия за защита от дискриминация"])]);
    expect(withAlias.namedInTexts(["Комисията за защита от дискриминация"], [])).toEqual([]);
    expect(withAlias.namedInTexts(["КЗД-структура Русе"], [])).toEqual(["kzd"]);
    expect(withAlias.namedInTexts(["комисия за защита от дискриминация"], [])).toEqual(["kzd"]);
  });
});
