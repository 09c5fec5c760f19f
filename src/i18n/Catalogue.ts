import type { FieldRole, IssueCode, IssueParams } from "../engine";
import type { UiKey } from "./UiKey";

/** How one language says one finding: the message and a hint on how to fix it. */
export type IssueText<K extends IssueCode> = {
  readonly message: (params: IssueParams[K]) => string;
  readonly hint: (params: IssueParams[K]) => string;
};

/** Every issue code must have a message in every language: a missing one fails to compile. */
export type IssueCatalogue = { readonly [K in IssueCode]: IssueText<K> };

export type FieldNames = Readonly<Record<FieldRole, string>>;

/** UI strings with `{name}` placeholders; the English catalogue defines the keys. */
export type UiCatalogue = Readonly<Record<UiKey, string>>;

export type Catalogue = {
  readonly issues: IssueCatalogue;
  readonly fields: FieldNames;
  readonly ui: UiCatalogue;
};
