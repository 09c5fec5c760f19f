import type { Locale } from "./Locale";

/** Values for a message's placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * A message in a small subset of ICU MessageFormat:
 * - `{name}` — the value (a placeholder with no value stays visible, so a missing one shows up);
 * - `{name, plural, one {# захід} few {# заходи} many {# заходів} other {# заходу}}` — the branch
 *   `Intl.PluralRules` picks for the number in the message's language (`=0 {…}` matches exactly first); `#`
 *   in a branch is the number, written with the language's digit grouping.
 * Apostrophes and other ICU features are not special. Parsed once per message.
 */
export function formatMessage(locale: Locale, template: string, params: MessageParams = {}): string {
  return render(parsed(template), locale, params, null);
}

/** The names a message takes (simple placeholders and plural selectors), sorted, without repeats. */
export function messageParams(template: string): string[] {
  const names = new Set<string>();
  const visit = (parts: readonly Part[]): void => {
    for (const part of parts) {
      if (part.kind === "param") names.add(part.name);
      else if (part.kind === "plural") {
        names.add(part.name);
        for (const branch of part.branches.values()) visit(branch);
      }
    }
  };
  visit(parsed(template));
  return [...names].sort();
}

/** The plural branches a message offers, per plural placeholder (to check every language has its forms). */
export function pluralBranches(template: string): { name: string; selectors: string[] }[] {
  const found: { name: string; selectors: string[] }[] = [];
  const visit = (parts: readonly Part[]): void => {
    for (const part of parts) {
      if (part.kind !== "plural") continue;
      found.push({ name: part.name, selectors: [...part.branches.keys()] });
      for (const branch of part.branches.values()) visit(branch);
    }
  };
  visit(parsed(template));
  return found;
}

/** The plural category of a number in a language: "one", "few", "many" or "other". */
export function pluralCategory(locale: Locale, value: number): Intl.LDMLPluralRule {
  return rules(locale).select(value);
}

type Part =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "param"; readonly name: string; readonly raw: string }
  | { readonly kind: "number" }
  | {
      readonly kind: "plural";
      readonly name: string;
      readonly branches: ReadonlyMap<string, readonly Part[]>;
    };

const cache = new Map<string, readonly Part[]>();

function parsed(template: string): readonly Part[] {
  let parts = cache.get(template);
  if (parts === undefined) {
    parts = parse(template, false);
    cache.set(template, parts);
  }
  return parts;
}

const PLURAL = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/;
const SIMPLE = /^\w+$/;

function parse(text: string, inBranch: boolean): Part[] {
  const parts: Part[] = [];
  let plain = "";
  const flush = () => {
    if (plain !== "") parts.push({ kind: "text", text: plain });
    plain = "";
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === "#" && inBranch) {
      flush();
      parts.push({ kind: "number" });
      continue;
    }
    if (ch !== "{") {
      plain += ch;
      continue;
    }
    const end = closing(text, i);
    if (end < 0) {
      plain += text.slice(i);
      break;
    }
    const inner = text.slice(i + 1, end);
    const plural = PLURAL.exec(inner);
    if (plural !== null) {
      flush();
      parts.push({ kind: "plural", name: plural[1] ?? "", branches: branches(plural[2] ?? "") });
    } else if (SIMPLE.test(inner)) {
      flush();
      parts.push({ kind: "param", name: inner, raw: `{${inner}}` });
    } else plain += text.slice(i, end + 1);
    i = end;
  }
  flush();
  return parts;
}

/** `one {…} few {…} other {…}` → selector → parts. */
function branches(text: string): Map<string, Part[]> {
  const result = new Map<string, Part[]>();
  const pattern = /\s*(=\d+|zero|one|two|few|many|other)\s*\{/gy;
  let at = 0;
  for (;;) {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (match === null) break;
    const open = pattern.lastIndex - 1;
    const end = closing(text, open);
    if (end < 0) break;
    result.set(match[1] ?? "other", parse(text.slice(open + 1, end), true));
    at = end + 1;
  }
  return result;
}

/** The index of the "}" that closes the "{" at `open`, or -1. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === "{") depth++;
    else if (ch === "}" && --depth === 0) return i;
  }
  return -1;
}

function render(parts: readonly Part[], locale: Locale, params: MessageParams, count: number | null): string {
  let out = "";
  for (const part of parts) {
    switch (part.kind) {
      case "text":
        out += part.text;
        break;
      case "number":
        out += count === null ? "#" : numbers(locale).format(count);
        break;
      case "param": {
        const value = params[part.name];
        out += value === undefined ? part.raw : String(value);
        break;
      }
      case "plural": {
        const raw = params[part.name];
        const value = typeof raw === "number" ? raw : Number(raw);
        if (raw === undefined || !Number.isFinite(value)) {
          out += `{${part.name}}`;
          break;
        }
        const branch =
          part.branches.get(`=${value}`) ??
          part.branches.get(pluralCategory(locale, value)) ??
          part.branches.get("other") ??
          [];
        out += render(branch, locale, params, value);
        break;
      }
    }
  }
  return out;
}

const pluralRules = new Map<Locale, Intl.PluralRules>();
const numberFormats = new Map<Locale, Intl.NumberFormat>();

function rules(locale: Locale): Intl.PluralRules {
  let found = pluralRules.get(locale);
  if (found === undefined) pluralRules.set(locale, (found = new Intl.PluralRules(locale)));
  return found;
}

function numbers(locale: Locale): Intl.NumberFormat {
  let found = numberFormats.get(locale);
  if (found === undefined)
    numberFormats.set(locale, (found = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })));
  return found;
}

/** Plural forms of a counted phrase, `#` standing for the number; "other" is required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string };

/** The form of a counted phrase for a number, for code-built messages: `plural("uk", 3, {…})` → "3 заходи". */
export function plural(locale: Locale, value: number, forms: PluralForms): string {
  const form = forms[pluralCategory(locale, value)] ?? forms.other;
  return form.replace(/#/g, numbers(locale).format(value));
}
