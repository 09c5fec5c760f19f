/** English strings of the excel area; they define the keys uk and bg must provide. Keys sorted. */
export const enExcel = {} satisfies Record<string, string>;
