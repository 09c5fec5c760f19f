import type { enExcel } from "./en.excel";

export const bgExcel: Readonly<Record<keyof typeof enExcel, string>> = {};
