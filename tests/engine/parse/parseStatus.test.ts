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

  it.each([
    // English, as donor-funded plans and their returns word it
    ["Completed", "done"],
    ["Complete", "done"],
    ["Fully implemented", "done"],
    ["Ongoing", "in_progress"],
    ["On-going", "in_progress"],
    ["Under way", "in_progress"],
    ["Partially completed", "in_progress"],
    ["Delayed", "in_progress"],
    ["Not started", "not_done"],
    ["Not yet started", "not_done"],
    ["Incomplete", "not_done"],
    ["Postponed", "not_done"],
    ["Cancelled", "not_applicable"],
    ["N/A", "not_applicable"],
    ["n.a.", "not_applicable"],
    // Bulgarian forms beyond the template's drop-down
    ["Изпълнена", "done"],
    ["Изпълнени", "done"],
    ["В процес на изпълнение", "in_progress"],
    ["Изпълнява се", "in_progress"],
    ["Частично изпълнена", "in_progress"],
    ["Неизпълнена", "not_done"],
    ["Не е изпълнена", "not_done"],
    ["Не е започнала", "not_done"],
    ["Отпаднала", "not_applicable"],
    // Ukrainian and Russian inflections
    ["Виконана", "done"],
    ["Виконано не в повному обсязі", "in_progress"],
    ["Частково виконано", "in_progress"],
    ["Триває виконання", "in_progress"],
    ["Не розпочато", "not_done"],
    ["Не виконується", "not_done"],
    ["Відкладено", "not_done"],
    ["Не актуально", "not_applicable"],
    ["Выполнено", "done"],
    ["Выполняется", "in_progress"],
    ["Не выполнено", "not_done"],
    // shares
    ["100%", "done"],
    ["45 %", "in_progress"],
    ["0%", "not_done"],
  ])("reads the unseen wording “%s” as %s", (raw, status) => {
    expect(parseStatus(raw)).toEqual({ kind: "known", status, raw });
  });

  it("keeps blank and unknown statuses apart", () => {
    expect(parseStatus(null)).toEqual({ kind: "blank", status: null, raw: "" });
    expect(parseStatus("  ")).toEqual({ kind: "blank", status: null, raw: "" });
    expect(parseStatus("майже")).toEqual({ kind: "unknown", status: null, raw: "майже" });
    expect(parseStatus("див. додаток")).toEqual({ kind: "unknown", status: null, raw: "див. додаток" });
    expect(parseStatus("—")).toEqual({ kind: "blank", status: null, raw: "—" });
  });
});
