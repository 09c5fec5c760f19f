import { closeSync, openSync, writeSync } from "node:fs";
import { strToU8, Zip, ZipDeflate } from "fflate";

const HEADER = [
  "№ з/п",
  "Найменування завдання",
  "Найменування заходу",
  "Відповідальні за виконання",
  "Строк виконання",
  "Індикатор виконання",
  "Джерела фінансування",
  "Обсяг фінансування, тис. гривень",
];
const RESPONSIBLE = [
  "Департамент освіти і науки облдержадміністрації, ВЦА, ОМС (за згодою)",
  "Департамент соціального захисту населення облдержадміністрації",
  "Головне управління Національної поліції в області (за згодою)",
  "Управління культури, національностей, релігій та туризму облдержадміністрації",
];
const DEADLINES = ["постійно", "2022-2023 роки", "до 31.12.2023", "IV квартал 2023", "2023 рік", "щороку"];
const INDICATORS = [
  "кількість проведених заходів",
  "чисельність осіб, охоплених послугами",
  "частка дітей, які відвідують заклади освіти, %",
  "наявність верифікованих даних",
];

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>';
const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
const WORKBOOK =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="План заходів" sheetId="1" r:id="rId1"/></sheets></workbook>';
const WORKBOOK_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>';

const escape = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/**
 * Writes a plan of `rowCount` rows to `path` the way Excel stores one (shared strings, a goal row merged across
 * the table every hundred tasks, task number and text merged down over their 1–4 measures), streamed through
 * a zip deflater so that even a 1,000,000-row sheet is generated in little memory: the sheet XML is never
 * held whole. Returns the number of measures.
 */
export function writeLargePlan(path: string, rowCount: number): number {
  const fd = openSync(path, "w");
  let failed: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failed = error;
    else writeSync(fd, chunk);
  });
  const part = (name: string, text: string): void => {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    file.push(strToU8(text), true);
  };
  part("[Content_Types].xml", CONTENT_TYPES);
  part("_rels/.rels", ROOT_RELS);
  part("xl/workbook.xml", WORKBOOK);
  part("xl/_rels/workbook.xml.rels", WORKBOOK_RELS);

  const strings = new Map<string, number>();
  const index = (text: string): number => {
    let i = strings.get(text);
    if (i === undefined) strings.set(text, (i = strings.size));
    return i;
  };
  const sheet = new ZipDeflate("xl/worksheets/sheet1.xml", { level: 6 });
  zip.add(sheet);
  let buffer =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
  const flush = (final: boolean): void => {
    if (buffer.length < 1 << 20 && !final) return;
    sheet.push(strToU8(buffer), final);
    buffer = "";
  };
  const merges: string[] = [];
  let rowNumber = 0;
  const row = (cells: readonly (string | number | null)[]): void => {
    rowNumber++;
    let xml = `<row r="${rowNumber}">`;
    cells.forEach((value, c) => {
      if (value === null || value === "") return;
      const ref = `${String.fromCharCode(65 + c)}${rowNumber}`;
      xml +=
        typeof value === "number"
          ? `<c r="${ref}"><v>${value}</v></c>`
          : `<c r="${ref}" t="s"><v>${index(value)}</v></c>`;
    });
    buffer += `${xml}</row>`;
    flush(false);
  };
  row(["План заходів на 2022-2023 роки"]);
  merges.push("A1:H1");
  row(HEADER);
  let measures = 0;
  for (let task = 1; rowNumber < rowCount - 2; task++) {
    if (task % 100 === 1) {
      merges.push(`A${rowNumber + 1}:H${rowNumber + 1}`);
      row([`Ціль ${Math.ceil(task / 100)}. Розширення можливостей доступу до послуг`]);
    }
    const size = Math.max(1, Math.min(1 + (task % 4), rowCount - 2 - rowNumber));
    if (size > 1)
      merges.push(`A${rowNumber + 1}:A${rowNumber + size}`, `B${rowNumber + 1}:B${rowNumber + size}`);
    for (let m = 0; m < size; m++, measures++) {
      const i = measures;
      row([
        m === 0 ? `${task}.` : null,
        m === 0 ? `Завдання ${task}: сприяння реалізації прав осіб у сфері освіти` : null,
        `${m + 1}) забезпечення проведення заходу № ${i + 1} для осіб, які належать до національної меншини`,
        i % 997 === 0 ? null : (RESPONSIBLE[i % RESPONSIBLE.length] ?? null),
        i % 1499 === 0 ? "-" : (DEADLINES[i % DEADLINES.length] ?? null),
        INDICATORS[i % INDICATORS.length] ?? null,
        i % 3 === 0 ? "фінансування не потребує" : "обласний бюджет",
        i % 3 === 0 ? "-" : (i % 50) + 0.5,
      ]);
    }
  }
  row(["Начальник управління", null, null, null, null, null, "Іван ПЕТРЕНКО"]);
  buffer += `</sheetData><mergeCells count="${merges.length}">`;
  for (const ref of merges) {
    buffer += `<mergeCell ref="${ref}"/>`;
    flush(false);
  }
  buffer += "</mergeCells></worksheet>";
  flush(true);

  const sst = new ZipDeflate("xl/sharedStrings.xml", { level: 6 });
  zip.add(sst);
  let text = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.size}" uniqueCount="${strings.size}">`;
  for (const value of strings.keys()) {
    text += `<si><t>${escape(value)}</t></si>`;
    if (text.length > 1 << 20) {
      sst.push(strToU8(text));
      text = "";
    }
  }
  sst.push(strToU8(`${text}</sst>`), true);
  zip.end();
  closeSync(fd);
  if (failed) throw failed;
  return measures;
}
