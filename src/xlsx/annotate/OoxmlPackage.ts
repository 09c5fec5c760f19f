import { unzipSync } from "fflate";
import { checkZip } from "../read/checkZip";
import { encryptedError, isEncrypted } from "../read/encryption";
import { sniffFormat } from "../read/sniffFormat";
import { zipParts } from "../ooxml/zipParts";
import { WorkbookReadError } from "../WorkbookReadError";

const decoder = new TextDecoder("utf-8");

/**
 * An OOXML package opened for patching: parts we do not touch are written back with the same bytes;
 * parts we change are replaced; new parts are added at the end. Part names compare case-insensitively.
 */
export class OoxmlPackage {
  private readonly parts = new Map<string, Uint8Array | string>();
  private readonly byLowerName = new Map<string, string>();

  private constructor(entries: Record<string, Uint8Array>) {
    for (const [name, bytes] of Object.entries(entries)) {
      this.parts.set(name, bytes);
      this.byLowerName.set(name.toLowerCase(), name);
    }
  }

  /** Unzips a copy of the package (the input bytes are never modified). */
  static open(data: Uint8Array): OoxmlPackage {
    const format = sniffFormat(data);
    if (format === "cfb" && isEncrypted(data)) throw encryptedError();
    if (format !== "zip") {
      throw new WorkbookReadError(
        "unsupported",
        "Only .xlsx workbooks can be annotated (this is a legacy .xls or text file).",
      );
    }
    checkZip(data);
    try {
      return new OoxmlPackage(unzipSync(data));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new WorkbookReadError("corrupt", `The workbook is damaged (${reason}).`);
    }
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
    if (part[0] === 0xff || part[0] === 0xfe) {
      throw new WorkbookReadError(
        "unsupported",
        `The workbook part ${name} is UTF-16 encoded, which is not supported.`,
      );
    }
    return decoder.decode(part);
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
    return zipParts(this.parts.entries());
  }
}
