/** Characters no file name may hold on Windows, macOS or Linux, and control characters. */
const FORBIDDEN = /[\\/:*?"<>|\p{Cc}]+/gu;
/**
 * Device names Windows reserves, whatever follows their first dot ("COM1.txt", "nul.tar.gz.xlsx" open the
 * device, not a file): CON, PRN, AUX, NUL, COM0–9 and LPT0–9 (also with the superscript digits ¹ ² ³ Windows
 * accepts), CONIN$ and CONOUT$. Windows ignores trailing spaces before the dot ("NUL .txt" is NUL too).
 */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

/** Whether Windows would take a file of this name for a device (see RESERVED). */
export function isReservedFileName(name: string): boolean {
  const dot = name.indexOf(".");
  return RESERVED.test((dot === -1 ? name : name.slice(0, dot)).replace(/[ ]+$/, ""));
}

/**
 * `<base>.xlsx` (or another extension) with path and reserved characters replaced by "-" (Unicode letters
 * are kept), at most 80 characters before the extension, no leading dots or dashes, no trailing dots or
 * spaces (Windows drops them), never a Windows device name (prefixed with "_": "COM1.txt" → "_COM1.txt.xlsx");
 * unique among `taken` (case-insensitive) by a "-2", "-3" … suffix. Records the name in `taken`.
 */
export function safeFileName(base: string, taken: Set<string>, extension = ".xlsx"): string {
  const trim = (text: string) => text.replace(/^[\s.-]+|[\s.]+$/g, "");
  let stem = trim(trim(base.normalize("NFC").replace(FORBIDDEN, "-").replace(/\s+/g, " ")).slice(0, 80));
  if (stem === "" || isReservedFileName(stem)) stem = `_${stem}`;
  let name = `${stem}${extension}`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem}-${n}${extension}`;
  taken.add(name.toLowerCase());
  return name;
}
