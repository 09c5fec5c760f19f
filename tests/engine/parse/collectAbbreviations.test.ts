import { collectAbbreviations } from "../../../src/engine/parse/collectAbbreviations";
import { parseExecutors } from "../../../src/engine/parse/parseExecutors";
import { truthMeasures } from "./planFixtures";

const responsibleCells = (planId: string) =>
  truthMeasures()
    .filter(({ measure }) => measure.id.startsWith(planId))
    .flatMap(({ measure }) => [
      measure.fields.responsible?.raw ?? "",
      ...(measure.sub_rows ?? []).map((row) => row.responsible?.raw ?? ""),
    ]);

describe("collectAbbreviations", () => {
  it("finds the definitions of plan 000", () => {
    expect(collectAbbreviations(responsibleCells("000"))).toEqual(
      new Map([
        ["ВЦА", "військово-цивільні адміністрації"],
        ["ОМС", "органи місцевого самоврядування"],
      ]),
    );
  });

  it("finds none where none are defined (001, 003)", () => {
    expect(collectAbbreviations([...responsibleCells("001"), ...responsibleCells("003")]).size).toBe(0);
  });

  it("reads a short form in brackets after a name, and names the body by it elsewhere", () => {
    const found = collectAbbreviations([
      "Ministry of Digital Economy (MDE), UNICEF",
      "Регіональний центр з надання безоплатної правничої допомоги (РЦ БПД)",
      "Департамент освіти (м. Харків)",
    ]);
    expect(found).toEqual(
      new Map([
        ["MDE", "Ministry of Digital Economy"],
        ["РЦ БПД", "Регіональний центр з надання безоплатної правничої допомоги"],
      ]),
    );
    expect(parseExecutors("MDE; municipalities", found).map((e) => e.name)).toEqual([
      "Ministry of Digital Economy",
      "municipalities",
    ]);
  });

  it("keeps the first definition and reads bg and en markers", () => {
    const found = collectAbbreviations([
      "Комисия за защита от дискриминация (наричана по-нататък „КЗД“)",
      "Комисия (далі – КЗД), State Employment Service (hereinafter referred to as “SES”)",
    ]);
    expect(found).toEqual(
      new Map([
        ["КЗД", "Комисия за защита от дискриминация"],
        ["SES", "State Employment Service"],
      ]),
    );
  });

  it("lets parseExecutors spell out abbreviations used alone in 000", () => {
    const abbreviations = collectAbbreviations(responsibleCells("000"));
    const executors = parseExecutors("ВЦА, ОМС (за згодою)", abbreviations);
    expect(executors).toEqual([
      { name: "військово-цивільні адміністрації", raw: "ВЦА", byConsent: false, abbreviation: "ВЦА" },
      {
        name: "органи місцевого самоврядування",
        raw: "ОМС (за згодою)",
        byConsent: true,
        abbreviation: "ОМС",
      },
    ]);
  });
});
