import { WorkbookReadError } from "../WorkbookReadError";

const MAX32 = 0xffffffff;

/** One entry of a ZIP archive as its central directory declares it. */
export type ZipEntry = {
  readonly name: string;
  /** 0 stored, 8 deflated; anything else no reader here inflates. */
  readonly method: number;
  readonly compressedSize: number;
  /** The inflated size the archive declares; the bytes really inflated are checked against it. */
  readonly declaredSize: number;
  /** Offset of the entry's data (after its local header). */
  readonly dataStart: number;
  /** The CRC-32 the directory gives (not checked; kept to copy the entry as it is). */
  readonly crc: number;
};

/**
 * Structural check of a ZIP archive before a parser sees it: the end record, the central directory and
 * every local header must be where they say, and each local header must agree with the directory about the
 * compression method and, unless it defers them to a data descriptor, the sizes (an archive whose two
 * records disagree could make readers inflate different things). SheetJS loops forever on some truncated
 * archives, so a damaged file must be caught here. (Entry contents are not CRC-checked.)
 */
export function checkZip(data: Uint8Array): ZipEntry[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const eocd = findEndRecord(data, view);
  let entries = view.getUint16(eocd + 10, true);
  let dirSize = view.getUint32(eocd + 12, true);
  let dirOffset = view.getUint32(eocd + 16, true);
  const zip64 = readZip64(data, view, eocd);
  if (zip64) ({ entries, dirSize, dirOffset } = zip64);
  else if (dirSize === MAX32 || dirOffset === MAX32) corrupt("the ZIP64 locator is missing");
  if (dirOffset + dirSize > eocd) corrupt("the central directory lies outside the archive");
  // Every directory entry takes at least 46 bytes: a count beyond that is a lie, not a reason to loop.
  if (entries > (eocd - dirOffset) / 46) corrupt("the directory lists more entries than it holds");
  const found: ZipEntry[] = [];
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
    const method = view.getUint16(at + 10, true);
    let compressed = view.getUint32(at + 20, true);
    let local = view.getUint32(at + 42, true);
    let uncompressed = view.getUint32(at + 24, true);
    if (compressed === MAX32 || local === MAX32 || uncompressed === MAX32) {
      ({ compressed, local, uncompressed } = zip64Extra(view, at + 46 + nameLength, extraLength, {
        uncompressed,
        compressed,
        local,
      }));
    }
    if (local + 30 > dirOffset || view.getUint32(local, true) !== 0x04034b50)
      corrupt(`entry "${name}" is missing`);
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataStart + compressed > dirOffset) corrupt(`entry "${name}" is cut off`);
    checkLocalHeader(view, local, name, { method, compressed, uncompressed });
    const crc = view.getUint32(at + 16, true);
    found.push({ name, method, compressedSize: compressed, declaredSize: uncompressed, dataStart, crc });
    at = next;
  }
  return found;
}

/** The local header repeats the method and (without a data descriptor, flag bit 3) the sizes. */
function checkLocalHeader(
  view: DataView,
  local: number,
  name: string,
  directory: { method: number; compressed: number; uncompressed: number },
): void {
  if (view.getUint16(local + 8, true) !== directory.method)
    corrupt(`entry "${name}" names two compression methods`);
  if ((view.getUint16(local + 6, true) & 0x08) !== 0) return;
  const compressed = view.getUint32(local + 18, true);
  const uncompressed = view.getUint32(local + 22, true);
  // ZIP64 entries say MAX32 here and give the sizes in their extra field.
  const agrees = (value: number, declared: number): boolean => value === declared || value === MAX32;
  if (!agrees(compressed, directory.compressed) || !agrees(uncompressed, directory.uncompressed))
    corrupt(`entry "${name}" declares two different sizes`);
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
): { uncompressed: number; compressed: number; local: number } {
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
      const uncompressed = next(header.uncompressed);
      const compressed = next(header.compressed);
      return { uncompressed, compressed, local: next(header.local) };
    }
    at += 4 + size;
  }
  return corrupt("a ZIP64 size is missing");
}
