import { deflateSync } from "fflate";
import { crc32 } from "./crc32";

/** An entry copied as it is: its compressed bytes and what its header said of them. */
export type RawEntry = {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly compressed: Uint8Array;
  readonly size: number;
};

/** An entry to write: new content (deflated here) or an entry of another archive copied byte for byte. */
export type PackageEntry =
  { readonly name: string; readonly content: Uint8Array } | { readonly name: string; readonly raw: RawEntry };

const encoder = new TextEncoder();
/** 1980-01-01 00:00, the earliest DOS date: output does not depend on when it was made. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/**
 * A ZIP archive of the entries in the given order: new content deflated, copied entries written with their
 * original compressed bytes, so that parts nobody changed stay exactly as they were and cost no inflating.
 * Entries and offsets stay within 4 GB (callers bound the parts they copy by the reading limits).
 */
export function zipPackage(entries: readonly PackageEntry[]): Uint8Array {
  const records = entries.map((entry) => {
    const name = encoder.encode(entry.name);
    if ("raw" in entry) return { ...entry.raw, name };
    return {
      name,
      method: 8,
      crc: crc32(entry.content),
      compressed: deflateSync(entry.content, { level: 6 }),
      size: entry.content.length,
    };
  });
  const localSize = records.reduce((sum, r) => sum + 30 + r.name.length + r.compressed.length, 0);
  const centralSize = records.reduce((sum, r) => sum + 46 + r.name.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  for (const r of records) {
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    writeCommon(view, at + 4, r);
    out.set(r.name, at + 30);
    out.set(r.compressed, at + 30 + r.name.length);
    at += 30 + r.name.length + r.compressed.length;
  }
  const central = at;
  records.forEach((r, i) => {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true);
    writeCommon(view, at + 6, r);
    view.setUint32(at + 42, offsets[i] ?? 0, true);
    out.set(r.name, at + 46);
    at += 46 + r.name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, records.length, true);
  view.setUint16(at + 10, records.length, true);
  view.setUint32(at + 12, at - central, true);
  view.setUint32(at + 16, central, true);
  return out;
}

/** Version needed, flags (UTF-8 names), method, time, date, CRC, sizes, name length (no extra field). */
function writeCommon(
  view: DataView,
  at: number,
  r: { name: Uint8Array; method: number; crc: number; compressed: Uint8Array; size: number },
): void {
  view.setUint16(at, 20, true);
  view.setUint16(at + 2, 0x0800, true);
  view.setUint16(at + 4, r.method, true);
  view.setUint16(at + 6, 0, true);
  view.setUint16(at + 8, DOS_DATE, true);
  view.setUint32(at + 10, r.crc, true);
  view.setUint32(at + 14, r.compressed.length, true);
  view.setUint32(at + 18, r.size, true);
  view.setUint16(at + 22, r.name.length, true);
}
