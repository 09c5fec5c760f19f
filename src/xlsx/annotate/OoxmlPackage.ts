import { checkZip, type ZipEntry } from "../read/checkZip";
import { encryptedError, isEncrypted } from "../read/encryption";
import { inflateWhole, InflateBudget } from "../read/inflateEntry";
import { overLimit } from "../read/overLimit";
import { sniffFormat } from "../read/sniffFormat";
import { READ_LIMITS } from "../limits";
import { zipPackage, type PackageEntry } from "../ooxml/zipPackage";
import { WorkbookReadError } from "../WorkbookReadError";

const decoder = new TextDecoder("utf-8");
const encoder = new TextEncoder();

/**
 * An OOXML package opened for patching: parts we do not touch are written back exactly as they were, still
 * compressed (never inflated); parts we read are inflated on demand within the reading limits; parts we
 * change are replaced; new parts are added at the end. Part names compare case-insensitively.
 */
export class OoxmlPackage {
  /** Every part in package order: an original entry, or text set by us. */
  private readonly parts = new Map<string, ZipEntry | string>();
  private readonly byLowerName = new Map<string, string>();
  private readonly budget = new InflateBudget();

  private constructor(
    private readonly data: Uint8Array,
    entries: readonly ZipEntry[],
  ) {
    for (const entry of entries) {
      this.parts.set(entry.name, entry);
      this.byLowerName.set(entry.name.toLowerCase(), entry.name);
    }
  }

  /** Opens a package (the input bytes are never modified); every part must declare a size within the limits. */
  static open(data: Uint8Array): OoxmlPackage {
    if (data.length > READ_LIMITS.fileBytes) overLimit("fileBytes");
    const format = sniffFormat(data);
    if (format === "cfb" && isEncrypted(data)) throw encryptedError();
    if (format !== "zip") {
      throw new WorkbookReadError(
        "unsupported",
        "Only .xlsx workbooks can be annotated (this is a legacy .xls or text file).",
      );
    }
    const entries = checkZip(data);
    for (const entry of entries) {
      if (entry.declaredSize > READ_LIMITS.partBytes) overLimit("partBytes", { part: entry.name });
      if (entry.method !== 0 && entry.method !== 8) {
        throw new WorkbookReadError(
          "unsupported",
          `The workbook part ${entry.name} is compressed with a method PlanCheck cannot read (${entry.method}).`,
        );
      }
    }
    return new OoxmlPackage(data, entries);
  }

  has(name: string): boolean {
    return this.byLowerName.has(name.toLowerCase());
  }

  /** Whether a name (lower case) is taken; for choosing free part names. */
  readonly isTaken = (lowerCaseName: string): boolean => this.byLowerName.has(lowerCaseName);

  /** The part as text, or null when absent. */
  text(name: string): string | null {
    const actual = this.byLowerName.get(name.toLowerCase());
    const part = actual === undefined ? undefined : this.parts.get(actual);
    if (part === undefined) return null;
    if (typeof part === "string") return part;
    this.budget.charge([part]);
    const bytes = inflateWhole(this.data, part);
    if (bytes[0] === 0xff || bytes[0] === 0xfe) {
      throw new WorkbookReadError(
        "unsupported",
        `The workbook part ${name} is UTF-16 encoded, which is not supported.`,
      );
    }
    return decoder.decode(bytes);
  }

  /** A part that must exist. */
  requireText(name: string): string {
    const text = this.text(name);
    if (text === null)
      throw new WorkbookReadError("corrupt", `The workbook is damaged: part ${name} is missing.`);
    return text;
  }

  /** Replaces (keeping the stored name's spelling) or adds a part. */
  setText(name: string, xml: string): void {
    const actual = this.byLowerName.get(name.toLowerCase()) ?? name;
    this.parts.set(actual, xml);
    this.byLowerName.set(actual.toLowerCase(), actual);
  }

  /** Names of all parts, in package order. */
  names(): string[] {
    return [...this.parts.keys()];
  }

  toZip(): Uint8Array {
    const entries: PackageEntry[] = [];
    for (const [name, part] of this.parts) {
      if (typeof part === "string") entries.push({ name, content: encoder.encode(part) });
      else {
        const compressed = this.data.subarray(part.dataStart, part.dataStart + part.compressedSize);
        entries.push({
          name,
          raw: { name, method: part.method, crc: part.crc, compressed, size: part.declaredSize },
        });
      }
    }
    return zipPackage(entries);
  }
}
