import { parseRosterCsv } from "../../../../src/engine/consolidate/roster/parseRosterCsv";

describe("parseRosterCsv", () => {
  it("reads executors, files and |-separated aliases, in any column order, with ; or ,", () => {
    const semicolon =
      '\ufeffFile;Executor;Aliases\r\nruo.xlsx;РУО-Русе;"Регионално управление на образованието; Русе|РУО"\r\n;КЗД;\r\n';
    const comma =
      'executor,file,aliases\nРУО-Русе,returns/ruo.xlsx,"Регионално управление на образованието; Русе|РУО"\nКЗД,,\n';
    for (const text of [semicolon, comma]) {
      expect(parseRosterCsv(text)).toEqual({
        ok: true,
        roster: {
          source: "roster",
          entries: [
            {
              id: "ruo-ruse",
              name: "РУО-Русе",
              aliases: ["Регионално управление на образованието; Русе", "РУО"],
              file: "ruo.xlsx",
              byConsent: false,
            },
            { id: "kzd", name: "КЗД", aliases: [], file: null, byConsent: false },
          ],
        },
      });
    }
  });

  it("takes ids when given, doubled quotes, line breaks in quotes, and drops formula guards", () => {
    const text = 'id,executor,file\ndon,"Департамент ""освіти""\nі науки",don.xlsx\nx,\'-Сектор,\n';
    const result = parseRosterCsv(text);
    expect(result.ok && result.roster.entries.map((e) => [e.id, e.name, e.file])).toEqual([
      ["don", 'Департамент "освіти" і науки', "don.xlsx"],
      ["x", "-Сектор", null],
    ]);
  });

  it.each([
    { text: "body,file\nX,x.xlsx\n", problem: { kind: "no-executor-column", columns: ["body", "file"] } },
    { text: "executor,file\n,x.xlsx\n", problem: { kind: "empty-name", line: 2 } },
    { text: "executor\nРЗИ\nРЗИ\n", problem: { kind: "duplicate", line: 3, name: "РЗИ" } },
  ])("reports $problem.kind", ({ text, problem }) => {
    expect(parseRosterCsv(text)).toEqual({ ok: false, problems: [problem] });
  });
});
