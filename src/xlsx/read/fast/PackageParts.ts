import { unzipSync } from "fflate";
import { unsupported } from "./OoxmlUnsupported";

const utf8 = new TextDecoder("utf-8", { fatal: true });
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * The parts of a ZIP package, looked up case-insensitively as SheetJS does, unzipped only on demand and
 * decoded from UTF-8 once. Names SheetJS would see differently (non-ASCII, backslashes, clashing case),
 * compression methods it refuses and parts that are not valid UTF-8 are left to SheetJS.
 */
export class PackageParts {
  private readonly names = new Map<string, string>();

  constructor(
    private readonly data: Uint8Array,
    entryNames: readonly string[],
  ) {
    for (const name of entryNames) {
      if (!PRINTABLE_ASCII.test(name) || name.includes("\\")) unsupported("an unusual part name");
      const lower = name.toLowerCase();
      if (this.names.has(lower)) unsupported("part names that differ only in case");
      this.names.set(lower, name);
    }
  }

  has(path: string): boolean {
    return this.names.has(path.toLowerCase());
  }

  /** The texts of those of `paths` that exist, keyed as requested. */
  read(paths: readonly string[]): Map<string, string> {
    const wanted = new Map<string, string>();
    for (const path of paths) {
      const actual = this.names.get(path.toLowerCase());
      if (actual !== undefined) wanted.set(actual, path);
    }
    let compressed = true;
    const files = unzipSync(this.data, {
      filter: (file) => {
        compressed &&= file.compression === 0 || file.compression === 8;
        return wanted.has(file.name);
      },
    });
    if (!compressed) unsupported("a compression method SheetJS refuses");
    const texts = new Map<string, string>();
    for (const [actual, requested] of wanted) {
      const bytes = files[actual];
      if (bytes === undefined) unsupported(`part ${actual} could not be unzipped`);
      texts.set(requested, decode(bytes));
      delete files[actual];
    }
    return texts;
  }

  text(path: string): string {
    const text = this.read([path]).get(path);
    return text === undefined ? unsupported(`missing part ${path}`) : text;
  }
}

/** UTF-8 (a BOM is dropped); UTF-16 parts and invalid bytes are left to SheetJS. */
function decode(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    unsupported("a UTF-16 part");
  }
  return utf8.decode(bytes);
}
