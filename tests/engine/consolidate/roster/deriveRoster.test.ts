import { deriveRoster } from "../../../../src/engine/consolidate/roster/deriveRoster";
import { parsePlan } from "../../../../src/engine/plan/parsePlan";
import { sheet } from "../../../helpers/grid";
import { submissionSet } from "../submissionFixtures";

describe("deriveRoster: the executors a plan names", () => {
  it("folds spellings, typos and ACRONYM-Place into one executor and drops run-together names", () => {
    const roster = deriveRoster(submissionSet("003").plan);
    const byName = new Map(roster.entries.map((e) => [e.name, e]));
    expect(roster.source).toBe("plan");
    expect(byName.get("РУО-Русе")?.aliases).toEqual(["Руо-Русе"]);
    expect(byName.get("РЗИ")?.aliases).toEqual(["РЗИ -Русе"]);
    expect(byName.get("ОДМВР-Русе")?.aliases).toEqual(["ОД МВР-Русе"]);
    expect([...(byName.get("Община Русе")?.aliases ?? [])].sort()).toEqual(["Общин Русе", "община Русе"]);
    expect([...byName.keys()]).not.toContain("община Русе НПО");
    expect([...byName.keys()]).not.toContain("АСП/ДСП-Русе");
    expect(byName.get("АЗ/ДБТ")?.id).toBe("az-dbt");
  });

  it("expands compound lists and abbreviations, keeps consent, and gives unique ids", () => {
    const plan = parsePlan({
      sheets: [
        sheet("План", [
          ["№", "Найменування заходу", "Відповідальні за виконання", "Строк виконання"],
          ["1.", "захід один", "Департаменти облдержадміністрації: освіти і науки; охорони здоров’я", "2024"],
          [
            "2.",
            "захід два",
            "військово-цивільні адміністрації (далі – ВЦА), громадські організації (за згодою)",
            "2024",
          ],
          [
            "3.",
            "захід три",
            "ВЦА, Департамент житло-во-комунального господарства облдержадміністрації",
            "2024",
          ],
          [
            "4.",
            "захід чотири",
            "Департамент житлово-комунального господарства облдержадміністрації",
            "2024",
          ],
        ]),
      ],
    });
    expect(deriveRoster(plan).entries.map((e) => [e.id, e.name, e.aliases, e.byConsent])).toEqual([
      ["departament-osvity-i-nauky", "Департамент освіти і науки облдержадміністрації", [], false],
      ["departament-okhorony-zdorovia", "Департамент охорони здоров’я облдержадміністрації", [], false],
      ["viiskovo-tsyvilni-administratsii", "військово-цивільні адміністрації", ["ВЦА"], false],
      ["hromadski-orhanizatsii", "громадські організації", [], true],
      [
        "departament-zhytlovo-komunalnoho-hospodarstva",
        "Департамент житлово-комунального господарства облдержадміністрації",
        ["Департамент житло-во-комунального господарства облдержадміністрації"],
        false,
      ],
    ]);
  });
});
