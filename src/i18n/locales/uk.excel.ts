import type { enExcel } from "./en.excel";

export const ukExcel: Readonly<Record<keyof typeof enExcel, string>> = {};
