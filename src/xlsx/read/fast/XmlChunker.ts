import { unsupported } from "./OoxmlUnsupported";

/** Decoded text handed on at a time: about a mebibyte, cut after the last element end seen. */
const STEP = 1 << 20;
const LT = 60;
const SLASH = 47;
const COLON = 58;
const GT = 62;

/**
 * Turns the bytes of a part, as they are inflated, into UTF-8 text cut only after a closing tag of one
 * element (`</row>` or `</si>`, any prefix), about a mebibyte at a time: a scanner that works element by
 * element can then read a worksheet or a shared string table of hundreds of megabytes while holding about a
 * mebibyte of it. Text without such a closing tag is handed on whole at the end. Invalid UTF-8 and UTF-16 are
 * refused ({@link unsupported}), as when a part is decoded whole.
 */
export class XmlChunker {
  private pending: Uint8Array[] = [];
  private pendingLength = 0;
  /** Offset (within the pending bytes) just past the last closing tag found, or -1. */
  private cut = -1;
  private first = true;
  /** The last bytes of the pending data, to find a closing tag split between two chunks. */
  private carry = new Uint8Array(0);
  private readonly name: Uint8Array;

  /**
   * `maxPiece`: where no closing tag comes within this many bytes, `oversize` is called (and must throw);
   * null lets a piece grow to the whole part.
   */
  constructor(
    localName: string,
    private readonly take: (text: string) => void,
    private readonly maxPiece: number | null = null,
    private readonly oversize: () => never = () => unsupported("an element too large to read"),
  ) {
    this.name = new TextEncoder().encode(localName);
  }

  push(chunk: Uint8Array): void {
    const joined = new Uint8Array(this.carry.length + chunk.length);
    joined.set(this.carry);
    joined.set(chunk, this.carry.length);
    // A tag ending inside the carried bytes was found by the previous push already.
    const end = lastClosingTag(joined, this.name);
    if (end > this.carry.length) this.cut = this.pendingLength - this.carry.length + end;
    this.pending.push(chunk);
    this.pendingLength += chunk.length;
    this.carry = joined.subarray(Math.max(0, joined.length - 64)).slice();
    if (this.pendingLength >= STEP && this.cut > 0) this.flush(this.cut);
    if (this.maxPiece !== null && this.pendingLength - Math.max(this.cut, 0) > this.maxPiece) this.oversize();
  }

  /** Hands on whatever is left. */
  finish(): void {
    this.flush(this.pendingLength);
  }

  private flush(upTo: number): void {
    const bytes = concat(this.pending, this.pendingLength);
    this.take(this.decode(bytes.subarray(0, upTo)));
    const rest = bytes.slice(upTo);
    this.pending = rest.length > 0 ? [rest] : [];
    this.pendingLength = rest.length;
    this.cut = -1;
  }

  private decode(bytes: Uint8Array): string {
    if (this.first && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)))
      unsupported("a UTF-16 part");
    // A byte-order mark is dropped at the start of the part only.
    const decoder = this.first ? FIRST : LATER;
    this.first = false;
    return decoder.decode(bytes);
  }
}

const FIRST = new TextDecoder("utf-8", { fatal: true });
const LATER = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** Offset just past the last `</name>` or `</prefix:name>` in the bytes, or -1. */
export function lastClosingTag(bytes: Uint8Array, name: Uint8Array): number {
  for (let gt = bytes.lastIndexOf(GT); gt > name.length; gt = bytes.lastIndexOf(GT, gt - 1)) {
    const start = gt - name.length;
    let matches = true;
    for (let k = 0; k < name.length && matches; k++) matches = bytes[start + k] === name[k];
    if (!matches) continue;
    const before = bytes[start - 1];
    if (before === SLASH && bytes[start - 2] === LT) return gt + 1;
    if (before !== COLON) continue;
    let i = start - 2;
    while (i >= 0 && isNameByte(bytes[i] ?? 0)) i--;
    if (i >= 1 && i < start - 2 && bytes[i] === SLASH && bytes[i - 1] === LT) return gt + 1;
  }
  return -1;
}

function isNameByte(byte: number): boolean {
  return (
    (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte === 95
  );
}
