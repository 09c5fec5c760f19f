import { WorkbookReadError } from "../WorkbookReadError";

/** What the bytes are, judged by their signature. */
export type InputFormat = "zip" | "cfb" | "text";

const NOT_A_WORKBOOK = "Not an Excel workbook (.xlsx)";

function startsWith(data: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => data[i] === byte);
}

/**
 * Classifies the input: a ZIP package (xlsx, xlsm, ods), a compound file (legacy xls or an encrypted
 * xlsx), or text (CSV/TSV). Everything else is refused with a message naming what it looks like.
 */
export function sniffFormat(data: Uint8Array): InputFormat {
  if (data.length === 0) throw new WorkbookReadError("empty", "The file is empty (0 bytes).");
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04]) || startsWith(data, [0x50, 0x4b, 0x05, 0x06])) return "zip";
  if (startsWith(data, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "cfb";
  const kind = KNOWN.find(([signature]) => startsWith(data, signature));
  if (kind) throw new WorkbookReadError("not-a-workbook", `${NOT_A_WORKBOOK}: the file is ${kind[1]}.`);
  if (looksLikeText(data)) {
    const head = new TextDecoder("utf-8")
      .decode(data.subarray(0, 512))
      .replace(/^\uFEFF/, "")
      .trimStart();
    if (head.startsWith("<")) {
      throw new WorkbookReadError(
        "not-a-workbook",
        `${NOT_A_WORKBOOK}: the file is an HTML or XML document; open it in Excel and save it as .xlsx.`,
      );
    }
    return "text";
  }
  throw new WorkbookReadError(
    "not-a-workbook",
    `${NOT_A_WORKBOOK}: the content is not a spreadsheet format.`,
  );
}

const KNOWN: ReadonlyArray<readonly [readonly number[], string]> = [
  [[0x25, 0x50, 0x44, 0x46], "a PDF document"],
  [[0x89, 0x50, 0x4e, 0x47], "a PNG image"],
  [[0xff, 0xd8, 0xff], "a JPEG image"],
  [[0x47, 0x49, 0x46, 0x38], "a GIF image"],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], "an RTF document"],
  [[0x1f, 0x8b], "a gzip archive"],
  [[0x52, 0x61, 0x72, 0x21], "a RAR archive"],
  [[0x37, 0x7a, 0xbc, 0xaf], "a 7-Zip archive"],
];

/** Text has no NUL or other C0 control bytes besides tab, CR, LF and form feed (UTF-16 has a BOM). */
function looksLikeText(data: Uint8Array): boolean {
  if (startsWith(data, [0xff, 0xfe]) || startsWith(data, [0xfe, 0xff])) return true;
  const end = Math.min(data.length, 65_536);
  for (let i = 0; i < end; i++) {
    const byte = data[i] ?? 0;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) return false;
    if (byte === 0x7f) return false;
  }
  return true;
}
