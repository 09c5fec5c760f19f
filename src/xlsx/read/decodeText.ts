/**
 * Text files (CSV/TSV) as strings: UTF-8 (with or without BOM), UTF-16 with BOM, otherwise Windows-1251,
 * the usual legacy encoding of Ukrainian and Bulgarian exports.
 */
export function decodeText(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder("utf-16le").decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder("utf-16be").decode(data.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(data);
  } catch {
    return new TextDecoder("windows-1251").decode(data);
  }
}
