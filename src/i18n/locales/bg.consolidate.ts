import type { enConsolidate } from "./en.consolidate";

export const bgConsolidate: Readonly<Record<keyof typeof enConsolidate, string>> = {};
