import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { checkZip } from "../../src/xlsx/read/checkZip";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { sampleSpec } from "../xlsx/helpers/sampleSpec";

/**
 * Real workbooks damaged the ways files arrive damaged or hostile: bytes flipped, parts dropped, XML cut short
 * or given stray markup, sizes lied about, the archive cut short. Each mutation is a pure function of the
 * original bytes and the random choices fast-check makes (so a failure shrinks and replays).
 */

const FIXTURES = join(__dirname, "..", "fixtures");
const LEGACY = join(__dirname, "..", "xlsx", "fixtures", "legacy-001.xls");

/** The originals: the three fixture plans, two returns, a workbook we write, a legacy .xls. */
export function originals(): Original[] {
  const read = (path: string): Uint8Array => new Uint8Array(readFileSync(path));
  const named = (name: string, bytes: Uint8Array): Original =>
    ({ name, bytes, [fc.toStringMethod]: () => name }) as Original;
  const list = [
    ...[
      "000_luhansk_oblast_roma_plan_2022-2023.xlsx",
      "001_hlukhiv_roma_plan_2024-2025.xlsx",
      "003_ruse_roma_action_plan_2024-2027.xlsx",
    ].map((name) => ({ name, bytes: read(join(FIXTURES, "plans", name)) })),
    {
      name: "don_zvit.xlsx",
      bytes: read(join(FIXTURES, "submissions", "000", "don_departament_osvity_i_nauky_zvit_2022.xlsx")),
    },
    {
      name: "RZI-Ruse_otchet_2024.xlsx",
      bytes: read(join(FIXTURES, "submissions", "003", "RZI-Ruse_otchet_2024.xlsx")),
    },
    { name: "written.xlsx", bytes: writeWorkbook(sampleSpec()) },
    { name: "legacy-001.xls", bytes: read(LEGACY) },
  ];
  return list.map(({ name, bytes }) => named(name, bytes));
}

/** A workbook to mutate, printed by its name in a counterexample. */
export type Original = { readonly name: string; readonly bytes: Uint8Array };

export type Mutation = { readonly describe: string; readonly apply: (data: Uint8Array) => Uint8Array };

const isZip = (data: Uint8Array): boolean => data[0] === 0x50 && data[1] === 0x4b;

function rezip(data: Uint8Array, change: (parts: Record<string, Uint8Array>) => void): Uint8Array {
  if (!isZip(data)) return data;
  const parts = unzipSync(data);
  change(parts);
  return zipSync(parts as Zippable);
}

const flipBytes = fc
  .array(
    fc.tuple(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.integer({ min: 1, max: 255 })),
    {
      minLength: 1,
      maxLength: 8,
    },
  )
  .map((flips): Mutation => ({
    describe: `flip ${flips.length} bytes`,
    apply: (data) => {
      const out = data.slice();
      for (const [at, xor] of flips) {
        const i = Math.floor(at * out.length);
        out[i] = (out[i] ?? 0) ^ xor;
      }
      return out;
    },
  }));

/** Flips inside the bytes of one (compressed) part, where a reader inflates garbage rather than a header. */
const flipInPart = fc
  .tuple(
    fc.nat(),
    fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
    fc.integer({ min: 1, max: 255 }),
  )
  .map(([which, at, xor]): Mutation => ({
    describe: `flip a byte inside part #${which}`,
    apply: (data) => {
      if (!isZip(data)) return data;
      const entries = checkZip(data);
      const entry = entries[which % entries.length];
      if (entry === undefined || entry.compressedSize === 0) return data;
      const out = data.slice();
      const i = entry.dataStart + Math.floor(at * entry.compressedSize);
      out[i] = (out[i] ?? 0) ^ xor;
      return out;
    },
  }));

const dropPart = fc.nat().map((which): Mutation => ({
  describe: `drop part #${which}`,
  apply: (data) =>
    rezip(data, (parts) => {
      const names = Object.keys(parts);
      const name = names[which % names.length];
      if (name !== undefined) delete parts[name];
    }),
}));

const XML_PART = /\.(xml|rels|vml)$/i;

const truncateXml = fc
  .tuple(fc.nat(), fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }))
  .map(([which, at]): Mutation => ({
    describe: `cut XML part #${which} at ${at.toFixed(3)}`,
    apply: (data) =>
      rezip(data, (parts) => {
        const names = Object.keys(parts).filter((name) => XML_PART.test(name));
        const name = names[which % names.length];
        const part = name === undefined ? undefined : parts[name];
        if (name !== undefined && part !== undefined)
          parts[name] = part.subarray(0, Math.floor(at * part.length));
      }),
  }));

const STRAY = [
  "<row>",
  "</row>",
  '<c r="A1"><v>1</v></c>',
  '<c r="XFD1048576" t="s"><v>99999999</v></c>',
  '<mergeCell ref="A1:XFD1048576"/>',
  "&bogus;",
  "&#0;",
  "]]>",
  "<![CDATA[</row>]]>",
  "<!-- </si> -->",
  "\u0000",
  "<si><t>ї",
  '<sheet name="Дубль" sheetId="1" r:id="rId1"/>',
  '<?xml version="1.0"?>',
  "\uFEFF",
  "\"'<>",
];

const strayMarkup = fc
  .tuple(fc.nat(), fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.constantFrom(...STRAY))
  .map(([which, at, stray]): Mutation => ({
    describe: `insert ${JSON.stringify(stray)} into XML part #${which}`,
    apply: (data) =>
      rezip(data, (parts) => {
        const names = Object.keys(parts).filter((name) => XML_PART.test(name));
        const name = names[which % names.length];
        const part = name === undefined ? undefined : parts[name];
        if (name === undefined || part === undefined) return;
        const text = strFromU8(part);
        const i = Math.floor(at * text.length);
        parts[name] = strToU8(text.slice(0, i) + stray + text.slice(i));
      }),
  }));

/** Declared sizes changed in the directory, the local header, or both (smaller, larger, or huge). */
const lieAboutSize = fc
  .tuple(fc.nat(), fc.constantFrom("directory", "local", "both"), fc.constantFrom(0, 1, 0.5, 2, 1e6))
  .map(([which, where, factor]): Mutation => ({
    describe: `declare part #${which}'s size ×${factor} in the ${where}`,
    apply: (data) => {
      if (!isZip(data) || data.length < 22) return data;
      const out = data.slice();
      const view = new DataView(out.buffer);
      const eocd = out.length - 22;
      if (view.getUint32(eocd, true) !== 0x06054b50) return data;
      const count = view.getUint16(eocd + 10, true);
      if (count === 0) return data;
      let at = view.getUint32(eocd + 16, true);
      for (let i = 0; i < count && at + 46 <= eocd; i++) {
        if (i === which % count) {
          const size = Math.min(0xfffffffe, Math.floor(view.getUint32(at + 24, true) * factor));
          if (where !== "local") view.setUint32(at + 24, size, true);
          const local = view.getUint32(at + 42, true);
          if (where !== "directory" && local + 30 <= out.length) view.setUint32(local + 22, size, true);
          break;
        }
        at +=
          46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
      }
      return out;
    },
  }));

const truncateFile = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }).map((at): Mutation => ({
  describe: `cut the file at ${at.toFixed(3)}`,
  apply: (data) => data.subarray(0, Math.floor(at * data.length)),
}));

const swapParts = fc.tuple(fc.nat(), fc.nat()).map(([a, b]): Mutation => ({
  describe: `swap parts #${a} and #${b}`,
  apply: (data) =>
    rezip(data, (parts) => {
      const names = Object.keys(parts);
      const first = names[a % names.length];
      const second = names[b % names.length];
      if (first === undefined || second === undefined) return;
      const kept = parts[first];
      parts[first] = parts[second] ?? new Uint8Array(0);
      parts[second] = kept ?? new Uint8Array(0);
    }),
}));

/** Printed by its description in a counterexample; a step that cannot apply (the file is too damaged for it) leaves it. */
function robust(mutation: Mutation): Mutation {
  return {
    describe: mutation.describe,
    apply: (data) => {
      try {
        return mutation.apply(data);
      } catch {
        return data;
      }
    },
    [fc.toStringMethod]: () => mutation.describe,
  } as Mutation;
}

/** One to three mutations, applied in order. */
export const mutations: fc.Arbitrary<Mutation[]> = fc.array(
  fc
    .oneof(flipBytes, flipInPart, dropPart, truncateXml, strayMarkup, lieAboutSize, truncateFile, swapParts)
    .map(robust),
  { minLength: 1, maxLength: 3 },
);

export function mutate(data: Uint8Array, steps: readonly Mutation[]): Uint8Array {
  return steps.reduce((bytes, step) => step.apply(bytes), data);
}
