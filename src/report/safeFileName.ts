/** Characters no file name may hold on Windows, macOS or Linux, and control characters. */
const FORBIDDEN = /[\\/:*?"<>|\p{Cc}]+/gu;
/** Names Windows reserves for devices, also with an extension ("CON.xlsx", "nul.backup.txt"). */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\.|$)/i;

/**
 * `<base>.xlsx` (or another extension) with path and reserved characters replaced by "-" (Unicode letters
 * are kept), at most 80 characters before the extension, no leading dots or dashes, no trailing dots or
 * spaces (Windows drops them), never a Windows device name; unique among `taken` (case-insensitive) by a "-2",
 * "-3" … suffix. Records the name in `taken`.
 */
export function safeFileName(base: string, taken: Set<string>, extension = ".xlsx"): string {
  const trim = (text: string) => text.replace(/^[\s.-]+|[\s.]+$/g, "");
  let stem = trim(trim(base.normalize("NFC").replace(FORBIDDEN, "-").replace(/\s+/g, " ")).slice(0, 80));
  if (stem === "" || RESERVED.test(stem)) stem = `_${stem}`;
  let name = `${stem}${extension}`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem}-${n}${extension}`;
  taken.add(name.toLowerCase());
  return name;
}
