import { executorKey } from "../../../src/engine/parse/executorKey";

describe("executorKey", () => {
  it.each([
    {
      description: "hyphenation artefacts",
      a: "Управління житло-во-комунального господарства",
      b: "управління житлово-комунального господарства",
    },
    {
      description: "hyphens inside words",
      a: "відділ з питань ін-формаційної полі-тики",
      b: "Відділ з питань інформаційної політики",
    },
    {
      description: "spaces and line breaks",
      a: "Відділ освіти  \nміської ради",
      b: "Відділ освіти міської ради",
    },
    { description: "NBSP", a: "Община\u00a0Русе", b: "община Русе" },
    { description: "spaced hyphen", a: "РЗИ -Русе", b: "РЗИ-Русе" },
    { description: "apostrophes", a: "Департамент охорони здоров’я", b: "Департамент охорони здоров'я" },
    { description: "modifier apostrophe", a: "охорони здоровʼя", b: "охорони здоров`я" },
    { description: "quotes", a: "КНП «Центр» міської ради", b: "КНП “Центр” міської ради" },
    { description: "Latin look-alikes in a Cyrillic word", a: "Pуce", b: "Русе" },
    { description: "Latin look-alikes in an abbreviation", a: "MOН", b: "МОН" },
    { description: "decomposed letters (NFC)", a: "Украі\u0308на", b: "Україна" },
  ])("folds $description", ({ a, b }) => {
    expect(executorKey(a)).toBe(executorKey(b));
  });

  it.each([
    { description: "different bodies", a: "Відділ освіти", b: "Відділ культури" },
    { description: "a Latin word stays Latin", a: "Police", b: "Роlісе" },
    { description: "an all-Latin word is not a Cyrillic one", a: "MOH", b: "МОН" },
    { description: "a Latin letter with no Cyrillic look-alike", a: "Pуcd", b: "Русd" },
  ])("keeps apart $description", ({ a, b }) => {
    expect(executorKey(a)).not.toBe(executorKey(b));
  });

  it("gives a compact key", () => {
    expect(executorKey("Об’єднана  «Громада» - Русе")).toBe("об'єднанагромадарусе");
  });
});
