import { submissionSet } from "../engine/consolidate/submissionFixtures";
import { fillTemplate, run, xlsxParts, type ConsolidateJson } from "./consolidateHelpers";

it("keeps the sub-rows of a measure in its template and reads their values back", async () => {
  const set = submissionSet("003");
  const made = await run(["templates", set.planFile, "--out", "/tmp", "--output-lang", "en"]);
  const template = made.written.get("/tmp/ruo-ruse.xlsx");
  if (!(template instanceof Uint8Array)) throw new Error("no template for РУО-Русе");
  expect(xlsxParts(template).get("xl/worksheets/sheet1.xml")).toContain("in progress,not done,n/a");
  const filled = fillTemplate(template, "done");
  const result = await run(["consolidate", set.planFile, "ruo.xlsx", "--json"], { "ruo.xlsx": filled });
  const doc = JSON.parse(result.stdout) as ConsolidateJson;
  const first = doc.measures.find((m) => m.sheet === "Приоритет 1 - Образование" && m.row === 8);
  expect(first?.reports[0]?.subRows.map((s) => typeof s.value)).toEqual(["number", "number", "number"]);
  expect(first?.reports[0]?.status).toBe("done");
});

it("writes an executors.csv that consolidate reads back as its roster", async () => {
  const set = submissionSet("000");
  const made = await run(["templates", set.planFile, "--out", "/tmp"]);
  const csv = made.written.get("/tmp/executors.csv");
  expect(typeof csv).toBe("string");
  const result = await run(
    ["consolidate", set.planFile, ...set.returnPaths, "--roster", "/tmp/executors.csv", "--json"],
    {
      "/tmp/executors.csv": csv as string,
    },
  );
  const doc = JSON.parse(result.stdout) as ConsolidateJson;
  expect(doc.files.map((f) => f.executorName)).toEqual([
    "Департамент освіти і науки облдержадміністрації",
    "Департамент охорони здоров’я облдержадміністрації",
    "Департамент соціального захисту населення облдержадміністрації",
    "Головне управління Національної поліції у Луганській області",
    "Управління культури, національностей, релігій та туризму облдержадміністрації",
  ]);
});

it("records the period the templates are issued for; their returns are consolidated under it", async () => {
  const set = submissionSet("003");
  const made = await run(["templates", set.planFile, "--out", "/tmp", "--period", "I півріччя 2026"]);
  const template = made.written.get("/tmp/ruo-ruse.xlsx");
  if (!(template instanceof Uint8Array)) throw new Error("no template for РУО-Русе");
  const result = await run(["consolidate", set.planFile, "ruo.xlsx", "--json"], {
    "ruo.xlsx": fillTemplate(template, "done"),
  });
  const doc = JSON.parse(result.stdout) as {
    period: { label: string; start: string; end: string; source: string };
  };
  expect(doc.period).toEqual({
    label: "I півріччя 2026",
    start: "2026-01-01",
    end: "2026-06-30",
    year: null,
    source: "template",
  });
  const refused = await run(["templates", set.planFile, "--out", "/tmp", "--period", "soon"]);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toContain("“soon”");
});
