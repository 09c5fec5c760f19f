import { WorkbookReadError } from "../WorkbookReadError";

const MAX32 = 0xffffffff;

/**
 * Structural check of a ZIP archive before a parser sees it: the end record, the central directory and
 * every local header must be where they say. SheetJS loops forever on some truncated archives, so a
 * damaged file must be caught here. (Entry contents are not CRC-checked.) Returns the entry names.
 */
export function checkZip(data: Uint8Array): string[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const eocd = findEndRecord(data, view);
  let entries = view.getUint16(eocd + 10, true);
  let dirSize = view.getUint32(eocd + 12, true);
  let dirOffset = view.getUint32(eocd + 16, true);
  const zip64 = readZip64(data, view, eocd);
  if (zip64) ({ entries, dirSize, dirOffset } = zip64);
  else if (dirSize === MAX32 || dirOffset === MAX32) corrupt("the ZIP64 locator is missing");
  if (dirOffset + dirSize > eocd) corrupt("the central directory lies outside the archive");
  const names: string[] = [];
  const decoder = new TextDecoder();
  let at = dirOffset;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== 0x02014b50)
      corrupt(`directory entry ${i + 1} is damaged`);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const next = at + 46 + nameLength + extraLength + view.getUint16(at + 32, true);
    if (next > eocd) corrupt(`directory entry ${i + 1} is damaged`);
    const name = decoder.decode(data.subarray(at + 46, at + 46 + nameLength));
    let compressed = view.getUint32(at + 20, true);
    let local = view.getUint32(at + 42, true);
    const uncompressed = view.getUint32(at + 24, true);
    if (compressed === MAX32 || local === MAX32 || uncompressed === MAX32) {
      ({ compressed, local } = zip64Extra(view, at + 46 + nameLength, extraLength, {
        uncompressed,
        compressed,
        local,
      }));
    }
    if (local + 30 > dirOffset || view.getUint32(local, true) !== 0x04034b50)
      corrupt(`entry "${name}" is missing`);
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataStart + compressed > dirOffset) corrupt(`entry "${name}" is cut off`);
    names.push(name);
    at = next;
  }
  return names;
}

function corrupt(detail: string): never {
  throw new WorkbookReadError(
    "corrupt",
    `The workbook is damaged (incomplete or corrupt ZIP archive: ${detail}).`,
  );
}

function findEndRecord(data: Uint8Array, view: DataView): number {
  const lowest = Math.max(0, data.length - 22 - 0xffff);
  for (let at = data.length - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === 0x06054b50) return at;
  }
  return corrupt("no end-of-archive record; the file is probably truncated");
}

function readZip64(
  data: Uint8Array,
  view: DataView,
  eocd: number,
): { entries: number; dirSize: number; dirOffset: number } | null {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== 0x07064b50) return null;
  const record = Number(view.getBigUint64(locator + 8, true));
  if (record + 56 > data.length || view.getUint32(record, true) !== 0x06064b50)
    corrupt("the ZIP64 record is missing");
  return {
    entries: Number(view.getBigUint64(record + 32, true)),
    dirSize: Number(view.getBigUint64(record + 40, true)),
    dirOffset: Number(view.getBigUint64(record + 48, true)),
  };
}

/** Reads the ZIP64 extra field: it lists, in order, only the values that overflowed in the header. */
function zip64Extra(
  view: DataView,
  extraStart: number,
  extraLength: number,
  header: { uncompressed: number; compressed: number; local: number },
): { compressed: number; local: number } {
  const extraEnd = Math.min(extraStart + extraLength, view.byteLength);
  for (let at = extraStart; at + 4 <= extraEnd;) {
    const size = view.getUint16(at + 2, true);
    if (view.getUint16(at, true) === 0x0001) {
      let field = at + 4;
      const next = (current: number): number => {
        if (current !== MAX32) return current;
        if (field + 8 > Math.min(at + 4 + size, extraEnd)) corrupt("a ZIP64 size is missing");
        field += 8;
        return Number(view.getBigUint64(field - 8, true));
      };
      next(header.uncompressed);
      const compressed = next(header.compressed);
      return { compressed, local: next(header.local) };
    }
    at += 4 + size;
  }
  return corrupt("a ZIP64 size is missing");
}
