/** Characters no file name may hold on Windows, macOS or Linux, and control characters. */
const FORBIDDEN = /[\\/:*?"<>|\p{Cc}]+/gu;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * `<base>.xlsx` with path and reserved characters replaced by "-" (Unicode letters are kept), at most 80
 * characters, unique among `taken` (case-insensitive) by a "-2", "-3" … suffix. Records the name in `taken`.
 */
export function safeFileName(base: string, taken: Set<string>, extension = ".xlsx"): string {
  let stem = base
    .normalize("NFC")
    .replace(FORBIDDEN, "-")
    .replace(/\s+/g, " ")
    .replace(/^[\s.-]+|[\s.]+$/g, "")
    .slice(0, 80);
  if (stem === "" || RESERVED.test(stem)) stem = `_${stem}`;
  let name = `${stem}${extension}`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem}-${n}${extension}`;
  taken.add(name.toLowerCase());
  return name;
}
