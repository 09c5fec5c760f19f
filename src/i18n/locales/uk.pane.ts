import type { enPane } from "./en.pane";

export const ukPane: Readonly<Record<keyof typeof enPane, string>> = {};
