import type { ZipEntry } from "../checkZip";
import { inflateEntry, inflateWhole, InflateBudget } from "../inflateEntry";
import { unsupported } from "./OoxmlUnsupported";

const utf8 = new TextDecoder("utf-8", { fatal: true });
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * The parts of a ZIP package, looked up case-insensitively as SheetJS does, unzipped only on demand (within
 * the reading limits: each part's declared size is charged to one budget before it is inflated, and a part
 * inflating beyond what it declares is stopped) and decoded from UTF-8 once. Names SheetJS would see
 * differently (non-ASCII, backslashes, clashing case), compression methods it refuses and parts that are not
 * valid UTF-8 are left to SheetJS.
 */
export class PackageParts {
  private readonly entries = new Map<string, ZipEntry>();
  private readonly budget = new InflateBudget();
  /** Parts whose declared size has been charged already (each is charged once, however often read). */
  private readonly charged = new Set<ZipEntry>();

  constructor(
    private readonly data: Uint8Array,
    entries: readonly ZipEntry[],
  ) {
    for (const entry of entries) {
      const name = entry.name;
      if (!PRINTABLE_ASCII.test(name) || name.includes("\\")) unsupported("an unusual part name");
      const lower = name.toLowerCase();
      if (this.entries.has(lower)) unsupported("part names that differ only in case");
      this.entries.set(lower, entry);
      if (entry.method !== 0 && entry.method !== 8) unsupported("a compression method SheetJS refuses");
    }
  }

  has(path: string): boolean {
    return this.entries.has(path.toLowerCase());
  }

  /**
   * Charges the declared sizes of the parts about to be read (those that exist) before any of them is
   * inflated: a package whose worksheets together declare more than the limit is refused at once.
   */
  reserve(paths: readonly string[]): void {
    const entries: ZipEntry[] = [];
    for (const path of paths) {
      const entry = this.entries.get(path.toLowerCase());
      if (entry !== undefined && !this.charged.has(entry)) {
        this.charged.add(entry);
        entries.push(entry);
      }
    }
    this.budget.charge(entries);
  }

  /** The texts of those of `paths` that exist, keyed as requested. */
  read(paths: readonly string[]): Map<string, string> {
    const wanted = new Map<string, ZipEntry>();
    for (const path of paths) {
      const entry = this.entries.get(path.toLowerCase());
      if (entry !== undefined && !wanted.has(path)) wanted.set(path, entry);
    }
    this.reserve([...wanted.keys()]);
    const texts = new Map<string, string>();
    for (const [path, entry] of wanted) texts.set(path, decode(inflateWhole(this.data, entry)));
    return texts;
  }

  text(path: string): string {
    const text = this.read([path]).get(path);
    return text === undefined ? unsupported(`missing part ${path}`) : text;
  }

  /**
   * A part's bytes chunk by chunk as they are inflated, for parts too large to hold whole (worksheets, shared
   * strings); false when the package has no such part.
   */
  stream(path: string, take: (chunk: Uint8Array) => void): boolean {
    const entry = this.entries.get(path.toLowerCase());
    if (entry === undefined) return false;
    this.reserve([path]);
    inflateEntry(this.data, entry, take);
    return true;
  }
}

/** UTF-8 (a BOM is dropped); UTF-16 parts and invalid bytes are left to SheetJS. */
function decode(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    unsupported("a UTF-16 part");
  }
  return utf8.decode(bytes);
}
