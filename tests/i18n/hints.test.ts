import type { IssueCode } from "../../src/engine/checks/IssueCode";
import { ISSUE_CODES } from "../../src/engine/checks/IssueCode";
import { isMeasurable } from "../../src/engine/parse/isMeasurable";
import { parseDeadline } from "../../src/engine/parse/parseDeadline";
import type { IssueText } from "../../src/i18n/Catalogue";
import { CATALOGUES } from "../../src/i18n/catalogues";
import { LOCALES, type Locale } from "../../src/i18n/Locale";

/** Every message and hint of a language, with sample parameters (fields, sheets, numbers). */
function texts(locale: Locale): { code: IssueCode; text: string }[] {
  const params = new Proxy(
    {},
    {
      get: (_, name) =>
        name === "field" ? "deadline" : name === "sheets" ? ["S"] : name === "severity" ? "warning" : 1,
    },
  );
  return ISSUE_CODES.flatMap((code) => {
    const entry = CATALOGUES[locale].issues[code] as IssueText<IssueCode>;
    return [entry.message(params as never), entry.hint(params as never)].map((text) => ({ code, text }));
  });
}

/** The examples a hint gives: text in quotes of any kind, and in parentheses. */
function examples(text: string): string[] {
  return [...text.matchAll(/[“„«]([^”“»]+)[”“»]|\(([^)]+)\)/g)].map((m) =>
    (m[1] ?? m[2] ?? "").replace(/^(наприклад|например|e\.g\.|for example),?\s*/iu, "").trim(),
  );
}

const hint = (locale: Locale, code: IssueCode): string =>
  (CATALOGUES[locale].issues[code] as IssueText<IssueCode>).hint({} as never);

describe("hints give their examples in their own language", () => {
  it("English findings and hints quote no Cyrillic", () => {
    expect(texts("en").filter(({ text }) => /\p{Script=Cyrillic}/u.test(text))).toEqual([]);
  });

  it("Bulgarian ones use no Ukrainian letters, Ukrainian ones no Bulgarian ъ", () => {
    expect(texts("bg").filter(({ text }) => /[іїєґІЇЄҐ]/u.test(text))).toEqual([]);
    expect(texts("uk").filter(({ text }) => /[ъЪ]/u.test(text))).toEqual([]);
  });

  it.each(LOCALES)("every deadline a %s hint offers as an example is one PlanCheck reads", (locale) => {
    const offered = ["missing-deadline", "unparsed-deadline"].flatMap((code) =>
      examples(hint(locale, code as IssueCode)),
    );
    expect(offered.length).toBeGreaterThanOrEqual(3);
    expect(offered.filter((example) => (parseDeadline(example)?.kind ?? "unparsed") === "unparsed")).toEqual(
      [],
    );
  });

  it.each(LOCALES)("every indicator a %s hint offers as an example is a measurable one", (locale) => {
    const offered = ["missing-indicator", "vague-indicator"].flatMap((code) =>
      examples(hint(locale, code as IssueCode)).filter((example) => /\p{L}{3}/u.test(example)),
    );
    expect(offered.length).toBeGreaterThanOrEqual(1);
    expect(offered.filter((example) => !isMeasurable(example))).toEqual([]);
  });
});
