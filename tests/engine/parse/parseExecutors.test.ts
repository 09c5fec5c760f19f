import { parseExecutors, type Executor } from "../../../src/engine/parse/parseExecutors";

/** An executor as the tables write it: name, then by consent / abbreviation when set. */
type Expected = string | { name: string; byConsent?: boolean; abbreviation?: string };

const NGO = "громадські організації ромської національної меншини";
const odaDepartment = (of: string) => `Департамент ${of} облдержадміністрації`;

const cases: { description: string; text: string; expected: Expected[] }[] = [
  {
    description: "000 1/1: consent marks and abbreviation definitions",
    text: "Головне управління статистики у Луганській області (за згодою), військово-цивільні адміністрації (далі – ВЦА),\nоргани місцевого самоврядування (далі – ОМС) (за згодою), громадські організації ромської національної меншини (за згодою)",
    expected: [
      { name: "Головне управління статистики у Луганській області", byConsent: true },
      { name: "військово-цивільні адміністрації", abbreviation: "ВЦА" },
      { name: "органи місцевого самоврядування", abbreviation: "ОМС", byConsent: true },
      { name: NGO, byConsent: true },
    ],
  },
  {
    description: "000 1/2: compound list of departments, commas inside an item",
    text: "Департаменти облдержадміністрації: соціального захисту населення; економічного розвитку та зовнішньоекономічної діяльності; охорони здоров’я; освіти і науки; будівництва, енергозбереження, архітектури та містобудування; ВЦА, ОМС (за згодою), громадські організації ромської національної меншини (за згодою)",
    expected: [
      odaDepartment("соціального захисту населення"),
      odaDepartment("економічного розвитку та зовнішньоекономічної діяльності"),
      odaDepartment("охорони здоров’я"),
      odaDepartment("освіти і науки"),
      odaDepartment("будівництва, енергозбереження, архітектури та містобудування"),
      "ВЦА",
      { name: "ОМС", byConsent: true },
      { name: NGO, byConsent: true },
    ],
  },
  {
    description: "000 3/1: compound list after another body",
    text: "Головне управління Національної поліції у Луганській області (за згодою); Департаменти облдержадміністрації: освіти і науки; масових комунікацій;  ВЦА, ОМС (за згодою)",
    expected: [
      { name: "Головне управління Національної поліції у Луганській області", byConsent: true },
      odaDepartment("освіти і науки"),
      odaDepartment("масових комунікацій"),
      "ВЦА",
      { name: "ОМС", byConsent: true },
    ],
  },
  {
    description: "000 2/1: brackets that are part of the name",
    text: "Східне міжрегіональне управління Міністерства юстиції України (м. Харків) (за згодою), громадські організації ромської національної меншини (за згодою)",
    expected: [
      { name: "Східне міжрегіональне управління Міністерства юстиції України (м. Харків)", byConsent: true },
      { name: NGO, byConsent: true },
    ],
  },
  {
    description: "000 7/1: commas inside a name, a line break after a comma",
    text: "Департамент соціального захисту населення облдержадміністрації, Управління культури, національностей, релігій та туризму облдержадміністрації, \nВЦА",
    expected: [
      odaDepartment("соціального захисту населення"),
      "Управління культури, національностей, релігій та туризму облдержадміністрації",
      "ВЦА",
    ],
  },
  {
    description: "000 16/2: unclosed consent bracket, trailing spaces",
    text: "Департамент будівництва, енергозбереження, архітектури та містобудування облдержадміністрації,\nВЦА, ОМС (за згодою), громадські організації ромської національної меншини (за згодою  ",
    expected: [
      odaDepartment("будівництва, енергозбереження, архітектури та містобудування"),
      "ВЦА",
      { name: "ОМС", byConsent: true },
      { name: NGO, byConsent: true },
    ],
  },
  {
    description: "001 1/1: a line break inside a body, a lower-case second body",
    text: "Відділ освіти  \nміської ради, \nвідділ культури міської ради",
    expected: ["Відділ освіти міської ради", "відділ культури міської ради"],
  },
  {
    description: "001 13/1: a body wrapped over three lines",
    text: "Відділ молоді \nта спорту міської \nради, \nвідділ культури \nміської ради",
    expected: ["Відділ молоді та спорту міської ради", "відділ культури міської ради"],
  },
  {
    description: "001 13/2: hyphenation artefacts stay as written",
    text: "Відділ культури \nміської ради,\nвідділ з питань ін-формаційної полі-тики та правоохо-ронної діяльності апарату міської ради та її виконав-чого комітету",
    expected: [
      "Відділ культури міської ради",
      "відділ з питань ін-формаційної полі-тики та правоохо-ронної діяльності апарату міської ради та її виконав-чого комітету",
    ],
  },
  {
    description: "001 7: quotes and a run of spaces",
    text: "КНП «Центр первинної медико-санітарної допомоги» Глухівської                міської ради",
    expected: ["КНП «Центр первинної медико-санітарної допомоги» Глухівської міської ради"],
  },
  {
    description: "003 P2/1.3: a conjunction before a head word separates",
    text: "МЗ, РЗИ, община Русе и здравни медиатори",
    expected: ["МЗ", "РЗИ", "община Русе", "здравни медиатори"],
  },
  {
    description: "003 P1/1.1: blank lines between abbreviations",
    text: "МОН\n\nРУО-Русе",
    expected: ["МОН", "РУО-Русе"],
  },
  {
    description: "003 P1/3.1: a semicolon and blank lines",
    text: "МОН; \n\nРУО-Русе",
    expected: ["МОН", "РУО-Русе"],
  },
  {
    description: "003 P5/3.1: a slash joins",
    text: "АСП/ДСП-Русе\n\nОбщина Русе",
    expected: ["АСП/ДСП-Русе", "Община Русе"],
  },
  {
    description: "003 P5/4.5: a line ending with a slash continues",
    text: "ДАЗД/\n\nДоставчици на социални услуги",
    expected: ["ДАЗД/Доставчици на социални услуги"],
  },
  {
    description: "003 P2/1.5: a contract between two parties stays one item",
    text: "МЗ, РЗИ, община Русе и здравни медиатори\nДоговор между община Русе и КОЦ-Русе ЕЕОД",
    expected: ["МЗ", "РЗИ", "община Русе", "здравни медиатори", "Договор между община Русе и КОЦ-Русе ЕЕОД"],
  },
  { description: "003 P2/3.1: a spaced hyphen stays", text: "МЗ, РЗИ -Русе", expected: ["МЗ", "РЗИ -Русе"] },
  {
    description: "003 P6/1.1: a line per body",
    text: "МК\nХудожествена галерия Русе",
    expected: ["МК", "Художествена галерия Русе"],
  },
];

const asExecutor = (e: Expected): Omit<Executor, "raw"> =>
  typeof e === "string"
    ? { name: e, byConsent: false, abbreviation: null }
    : { name: e.name, byConsent: e.byConsent ?? false, abbreviation: e.abbreviation ?? null };

describe("parseExecutors on real cells", () => {
  it.each(cases)("$description", ({ text, expected }) => {
    const parsed = parseExecutors(text).map(({ raw: _raw, ...rest }) => rest);
    expect(parsed).toEqual(expected.map(asExecutor));
  });
});
