import { isPlaceholder } from "../../../src/engine/text/isPlaceholder";

describe("isPlaceholder", () => {
  it.each([
    { text: "-", expected: true },
    { text: " – ", expected: true },
    { text: "—\n", expected: true },
    { text: "- -", expected: true },
    { text: "", expected: false },
    { text: "-5", expected: false },
    { text: "фінансування не потребує", expected: false },
  ])("returns $expected for $text", ({ text, expected }) => {
    expect(isPlaceholder(text)).toBe(expected);
  });
});
