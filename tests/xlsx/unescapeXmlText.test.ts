import { unescapeXmlText } from "../../src/xlsx/read/fast/unescapeXmlText";

/** SheetJS 0.20.3's `unescapexml`, verbatim apart from types: the reference. */
const encodings: Record<string, string> = {
  "&quot;": '"',
  "&apos;": "'",
  "&gt;": ">",
  "&lt;": "<",
  "&amp;": "&",
};
const encregex = /&(?:quot|apos|gt|lt|amp|#x?([\da-fA-F]+));/gi;
const coderegex = /_x([\da-fA-F]{4})_/gi;
function rawUnescapexml(text: string): string {
  const s = text + "";
  const i = s.indexOf("<![CDATA[");
  if (i === -1)
    return s
      .replace(encregex, ($$: string, $1: string) => {
        return encodings[$$] || String.fromCharCode(parseInt($1, $$.indexOf("x") > -1 ? 16 : 10)) || $$;
      })
      .replace(coderegex, (_m: string, c: string) => String.fromCharCode(parseInt(c, 16)));
  const j = s.indexOf("]]>");
  return rawUnescapexml(s.slice(0, i)) + s.slice(i + 9, j) + rawUnescapexml(s.slice(j + 3));
}
const unescapexml = (text: string, xlsx: boolean): string => {
  const out = rawUnescapexml(text);
  return xlsx ? out.replace(/\r\n/g, "\n") : out;
};

const PIECES = [
  "&",
  ";",
  "#",
  "x",
  "X",
  "_",
  "amp",
  "AMP",
  "Quot",
  "lt",
  "gt",
  "apos",
  "quot",
  "1",
  "41",
  "1F600",
  "a",
  "f",
  "g",
  "0000",
  "005F",
  "00e9",
  "D800",
  "\r",
  "\n",
  "\r\n",
  " ",
  "Київ",
  "<![CDATA[",
  "]]>",
  "&#",
  "&#x",
  "_x",
  "_X",
];

function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("unescapeXmlText reproduces SheetJS's unescapexml", () => {
  it.each([
    "a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;",
    "&AMP; &Amp; &#X41; &#1a; &#xa; &#x1F600; &#; &#x; &#xx41; &amp&amp; &;",
    "_x000D_ _x005F_x000D_ __x0041_ _X00e9_ _x00G1_ _x123_ _x0041",
    "&#95;x0041_ &amp;lt; line\r\nnext\r\r\n",
    "a<![CDATA[&amp;_x0041_]]>b&amp;",
  ])("%j", (text) => {
    expect(unescapeXmlText(text)).toBe(unescapexml(text, false));
    expect(unescapeXmlText(text, true)).toBe(unescapexml(text, true));
  });

  it("on 20,000 random strings", () => {
    const next = random(7);
    for (let n = 0; n < 20_000; n++) {
      const text = Array.from(
        { length: Math.floor(next() * 12) },
        () => PIECES[Math.floor(next() * PIECES.length)],
      ).join("");
      expect([text, unescapeXmlText(text, n % 2 === 0)]).toEqual([text, unescapexml(text, n % 2 === 0)]);
    }
  });
});
