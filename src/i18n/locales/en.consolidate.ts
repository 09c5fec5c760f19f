/** English strings of the consolidate area; they define the keys uk and bg must provide. Keys sorted. */
export const enConsolidate = {} satisfies Record<string, string>;
