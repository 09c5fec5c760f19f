import { zipSync, type Zippable } from "fflate";

const encoder = new TextEncoder();

/** Zips package parts in the given order (`[Content_Types].xml` should come first). Strings are UTF-8. */
export function zipParts(parts: Iterable<readonly [name: string, content: string | Uint8Array]>): Uint8Array {
  const files: Zippable = {};
  for (const [name, content] of parts) {
    files[name] = typeof content === "string" ? encoder.encode(content) : content;
  }
  return zipSync(files, { level: 6 });
}
