import { jsonText } from "../../../src/cli/output/jsonText";

/** Strict UTF-8 JSON: what a strict reader would refuse (a lone surrogate escape or character) is absent. */
const strict = (text: string): boolean =>
  !/(?<!\\)(?:\\\\)*\\u[dD][89a-fA-F][0-9a-fA-F]{2}/.test(text) &&
  Buffer.from(text, "utf8").toString("utf8") === text;

describe("jsonText", () => {
  it("replaces lone surrogates in values and keys by U+FFFD and counts them", () => {
    const value = { [`key\ud800`]: [`a\udc00b`, `\ud83d`, "end\udfff"], plain: "Звіт" };
    const { text, repaired } = jsonText(value);
    expect(repaired).toBe(4);
    expect(strict(text)).toBe(true);
    expect(JSON.parse(text)).toEqual({ "key\ufffd": ["a\ufffdb", "\ufffd", "end\ufffd"], plain: "Звіт" });
  });

  it("keeps paired surrogates, and text that only looks like an escape", () => {
    const value = { emoji: "😀 👩‍💻", literal: "\\ud800 and \\\\ud800", both: "\\\ud800" };
    const { text, repaired } = jsonText(value, 2);
    expect(repaired).toBe(1);
    expect(JSON.parse(text)).toEqual({ emoji: "😀 👩‍💻", literal: "\\ud800 and \\\\ud800", both: "\\\ufffd" });
  });

  it("writes DEL, C1, BIDI controls and line separators as escapes, the same text for a reader", () => {
    const value = { t: "a\u007f\u0085\u202e\u2028\u2066b", esc: "\u001b[2J" };
    const { text, repaired } = jsonText(value);
    expect(repaired).toBe(0);
    for (const ch of ["\u007f", "\u0085", "\u202e", "\u2028", "\u2066", "\u001b"])
      expect(text).not.toContain(ch);
    expect(JSON.parse(text)).toEqual(value);
  });
});
