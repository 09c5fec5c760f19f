import { checkZip } from "../read/checkZip";

/**
 * Whether an annotated copy can be made of a workbook file, judged by its content: an Office Open XML
 * package with an XML workbook part (.xlsx, .xlsm). Not an OpenDocument spreadsheet (.ods, also a ZIP, with
 * its `mimetype` entry), a binary .xlsb, a legacy .xls or a CSV, whatever the file is called.
 */
export function canAnnotate(data: Uint8Array): boolean {
  if (data.length < 4 || data[0] !== 0x50 || data[1] !== 0x4b) return false;
  let names: string[];
  try {
    names = checkZip(data);
  } catch {
    return false;
  }
  return (
    !names.includes("mimetype") &&
    names.some((name) => /^xl\/[^/]+\.xml$/i.test(name) && /workbook/i.test(name))
  );
}
