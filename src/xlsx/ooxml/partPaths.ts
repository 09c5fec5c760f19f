/** Part names inside the package: `xl/worksheets/sheet1.xml` (no leading slash), resolved as OPC does. */

function dirOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return slash === -1 ? "" : part.slice(0, slash);
}

/** The part a relationship `target` points to, seen from `sourcePart` (`""` for the package root). */
export function resolveTarget(sourcePart: string, target: string): string {
  const clean = target.split("#")[0] ?? "";
  const segments = clean.startsWith("/") ? [] : dirOf(sourcePart).split("/").filter(Boolean);
  for (const segment of decodeSegments(clean)) {
    if (segment === "..") segments.pop();
    else if (segment !== "." && segment !== "") segments.push(segment);
  }
  return segments.join("/");
}

function decodeSegments(target: string): string[] {
  return target.split("/").map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      return segment;
    }
  });
}

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels` */
export function relsPathOf(part: string): string {
  const dir = dirOf(part);
  const file = part.slice(dir.length === 0 ? 0 : dir.length + 1);
  return dir === "" ? `_rels/${file}.rels` : `${dir}/_rels/${file}.rels`;
}

/** Relative target from `fromPart` to `toPart`: `xl/worksheets/sheet1.xml` → `../comments1.xml`. */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = dirOf(fromPart).split("/").filter(Boolean);
  const to = toPart.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

/** First `prefix{N}suffix` (N = 1, 2, …) not yet taken, comparing case-insensitively as OPC does. */
export function freePartName(
  taken: (lowerCaseName: string) => boolean,
  prefix: string,
  suffix: string,
): string {
  for (let n = 1; ; n++) {
    const name = `${prefix}${n}${suffix}`;
    if (!taken(name.toLowerCase())) return name;
  }
}
