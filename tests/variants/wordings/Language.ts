/** The languages plans are written in: Ukrainian, Bulgarian, English, and Russian (older Ukrainian documents). */
export type Language = "uk" | "ru" | "bg" | "en";

export const LANGUAGES: readonly Language[] = ["uk", "ru", "bg", "en"];
