import { Inflate } from "fflate";
import { READ_LIMITS } from "../limits";
import { WorkbookReadError } from "../WorkbookReadError";
import type { ZipEntry } from "./checkZip";
import { overLimit } from "./overLimit";

/** Compressed bytes given to the inflater at a time: one step inflates to at most about 16 MB. */
const STEP = 16 * 1024;
/** Inflated bytes handed to `take` at a time by a whole-part inflater. */
const TAKE = 1024 * 1024;

/**
 * Inflates a raw deflate stream whole, stopping as soon as it passes `maxBytes`: the bytes, or null when the
 * stream holds more than `maxBytes`; throws on a damaged stream. A host may offer one (the CLI offers Node's
 * zlib, several times faster than fflate's streaming inflater); without one, entries are inflated by fflate
 * step by step. Either way no entry inflates past its declared size.
 */
export type RawInflater = (compressed: Uint8Array, maxBytes: number) => Uint8Array | null;

let rawInflater: RawInflater | null = null;

/** Makes `inflater` inflate every entry from now on in this thread (null: fflate again). */
export function useRawInflater(inflater: RawInflater | null): void {
  rawInflater = inflater;
}

/**
 * What one reading of a package may inflate in all: every entry is charged its declared size before a byte
 * is inflated (so a package that declares too much is refused at once), and no entry may inflate to more
 * than it declares (so one that lies is stopped at its lie).
 */
export class InflateBudget {
  private used = 0;

  constructor(
    private readonly total = READ_LIMITS.totalBytes,
    private readonly totalLimit: "totalBytes" | "sheetJsBytes" = "totalBytes",
  ) {}

  /** Charges the entries' declared sizes; throws before anything is inflated when they are too large. */
  charge(entries: readonly ZipEntry[]): void {
    for (const entry of entries) {
      if (entry.declaredSize > READ_LIMITS.partBytes) overLimit("partBytes", { part: entry.name });
      this.used += entry.declaredSize;
    }
    if (this.used > this.total) overLimit(this.totalLimit);
  }
}

/**
 * Inflates one entry (already charged to a budget) chunk by chunk, handing each chunk to `take` as it comes;
 * stops at once, with a clear error, where the entry inflates to more than it declares: a zip bomb with lying
 * sizes gets no further than its declared size, which the budget has allowed. Stored entries are handed over
 * as they are. Returns the number of bytes inflated. Only methods 0 (stored) and 8 (deflate) are inflated.
 */
export function inflateEntry(data: Uint8Array, entry: ZipEntry, take: (chunk: Uint8Array) => void): number {
  const compressed = data.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.declaredSize) lied(entry);
    take(compressed);
    return compressed.length;
  }
  if (entry.method !== 8) {
    throw new WorkbookReadError(
      "unsupported",
      `The workbook part ${entry.name} is compressed with a method PlanCheck cannot read (${entry.method}).`,
    );
  }
  if (rawInflater !== null) return inflateWithHost(rawInflater, compressed, entry, take);
  let produced = 0;
  let ended = false;
  // What `take` throws (a reader's own refusal) passes through as it is; only the inflater's are "damaged".
  let taken: { readonly error: unknown } | null = null;
  const inflater = new Inflate((chunk, final) => {
    produced += chunk.length;
    if (produced > entry.declaredSize) lied(entry);
    try {
      if (chunk.length > 0) take(chunk);
    } catch (error) {
      taken = { error };
      throw error;
    }
    ended ||= final;
  });
  try {
    for (let at = 0; at < compressed.length && !ended; at += STEP) {
      const end = Math.min(at + STEP, compressed.length);
      inflater.push(compressed.subarray(at, end), end === compressed.length);
    }
    if (compressed.length === 0) inflater.push(compressed, true);
  } catch (error) {
    if (taken !== null) throw (taken as { readonly error: unknown }).error;
    if (error instanceof WorkbookReadError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new WorkbookReadError(
      "corrupt",
      `The workbook is damaged (part ${entry.name} cannot be unpacked: ${reason}).`,
    );
  }
  return produced;
}

function inflateWithHost(
  inflater: RawInflater,
  compressed: Uint8Array,
  entry: ZipEntry,
  take: (chunk: Uint8Array) => void,
): number {
  let bytes: Uint8Array | null;
  try {
    bytes = inflater(compressed, entry.declaredSize);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new WorkbookReadError(
      "corrupt",
      `The workbook is damaged (part ${entry.name} cannot be unpacked: ${reason}).`,
    );
  }
  if (bytes === null || bytes.length > entry.declaredSize) lied(entry);
  for (let at = 0; at < bytes.length; at += TAKE) take(bytes.subarray(at, Math.min(at + TAKE, bytes.length)));
  return bytes.length;
}

/** The whole entry (already charged to a budget) in one array of at most its declared size. */
export function inflateWhole(data: Uint8Array, entry: ZipEntry): Uint8Array {
  if (entry.method === 0) {
    let stored: Uint8Array = new Uint8Array(0);
    inflateEntry(data, entry, (chunk) => void (stored = chunk));
    return stored;
  }
  const out = new Uint8Array(entry.declaredSize);
  let at = 0;
  const size = inflateEntry(data, entry, (chunk) => {
    out.set(chunk, at);
    at += chunk.length;
  });
  return size === out.length ? out : out.subarray(0, size);
}

function lied(entry: ZipEntry): never {
  throw new WorkbookReadError(
    "corrupt",
    `The workbook is damaged: its part ${entry.name} holds more than the ${entry.declaredSize.toLocaleString("en")} bytes it declares.`,
  );
}
