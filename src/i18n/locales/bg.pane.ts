import type { enPane } from "./en.pane";

export const bgPane: Readonly<Record<keyof typeof enPane, string>> = {};
