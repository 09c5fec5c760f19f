import type { IndexSpan } from "../xlsx";

/** The first row: the header of a sheet that is one table, repeated on every printed page. */
export const HEADER: IndexSpan = { first: 0, last: 0 };
