/** English strings of the pane area; they define the keys uk and bg must provide. Keys sorted. */
export const enPane = {} satisfies Record<string, string>;
