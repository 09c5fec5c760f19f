import type { enConsolidate } from "./en.consolidate";

export const ukConsolidate: Readonly<Record<keyof typeof enConsolidate, string>> = {};
