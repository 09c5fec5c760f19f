import type { AnyIssue, IssueCode } from "../engine";
import type { IssueText } from "./Catalogue";
import { CATALOGUES } from "./catalogues";
import { formatMessage } from "./formatMessage";
import type { Locale } from "./Locale";
import type { UiKey } from "./UiKey";

export type UiParams = Readonly<Record<string, string | number>>;

/**
 * A UI string with its `{name}` placeholders filled in and its `{count, plural, …}` forms chosen for the
 * language (see formatMessage); unknown placeholders stay visible.
 */
export function t(locale: Locale, key: UiKey, params: UiParams = {}): string {
  return formatMessage(locale, CATALOGUES[locale].ui[key], params);
}

/** The message and fix hint of a finding in a language. */
export function describeIssue(issue: AnyIssue, locale: Locale): { message: string; hint: string } {
  const text = CATALOGUES[locale].issues[issue.code] as IssueText<IssueCode>;
  const params = issue.params as never;
  return { message: text.message(params), hint: text.hint(params) };
}
