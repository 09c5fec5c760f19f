import { parseStatus } from "../../../src/engine/parse/parseStatus";

describe("parseStatus", () => {
  it.each([
    { raw: "виконано", status: "done" },
    { raw: "Виконано", status: "done" },
    { raw: "ВИКОНАНО.", status: "done" },
    { raw: "виконується", status: "in_progress" },
    { raw: "Виконується", status: "in_progress" },
    { raw: "не виконано", status: "not_done" },
    { raw: "Не  виконано", status: "not_done" },
    { raw: "невиконано", status: "not_done" },
    { raw: "н/д", status: "not_applicable" },
    { raw: "Н/Д", status: "not_applicable" },
    { raw: "изпълнено", status: "done" },
    { raw: "в изпълнение", status: "in_progress" },
    { raw: "неизпълнено", status: "not_done" },
    { raw: "не се прилага", status: "not_applicable" },
    { raw: "Текущ", status: "in_progress" },
    { raw: "Предстоящ", status: "not_done" },
    { raw: "Done", status: "done" },
    { raw: "in progress", status: "in_progress" },
    { raw: "Not done", status: "not_done" },
    { raw: "N/A", status: "not_applicable" },
    // a Latin "о" and "е" typed inside the Cyrillic word
    { raw: "викoнанo", status: "done" },
  ])("reads “$raw” as $status and keeps the text", ({ raw, status }) => {
    expect(parseStatus(raw)).toEqual({ kind: "known", status, raw: raw.replace(/\s+/g, " ") });
  });

  it("keeps blank and unknown statuses apart", () => {
    expect(parseStatus(null)).toEqual({ kind: "blank", status: null, raw: "" });
    expect(parseStatus("  ")).toEqual({ kind: "blank", status: null, raw: "" });
    expect(parseStatus("майже")).toEqual({ kind: "unknown", status: null, raw: "майже" });
  });
});
