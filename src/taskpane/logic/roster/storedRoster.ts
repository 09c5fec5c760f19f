import { z } from "zod";
import type { ExecutorEntry } from "../../../engine";

/**
 * The executors list as saved with the workbook, beside the validation settings in the same settings object
 * (key `roster`). Files are not saved: which workbook came from whom is decided anew at each import.
 */
const StoredRoster = z.object({
  v: z.literal(1),
  entries: z.array(
    z.object({
      id: z.string().min(1),
      name: z.string().min(1),
      aliases: z.array(z.string()).default([]),
      byConsent: z.boolean().default(false),
    }),
  ),
});

export type SavedParts = {
  /** The validation settings (everything but the roster), for the engine's parseSettings. */
  readonly settings: unknown;
  /** The saved executors, or null: none saved (the list is derived from the plan). */
  readonly roster: readonly ExecutorEntry[] | null;
  /** A roster was saved but is unreadable (it is then ignored). */
  readonly rosterInvalid: boolean;
};

/**
 * Splits the saved object into settings and roster. Objects saved before the roster existed (plain
 * settings) read as settings without a roster.
 */
export function splitSaved(raw: unknown): SavedParts {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw) || !("roster" in raw))
    return { settings: raw, roster: null, rosterInvalid: false };
  const { roster, ...settings } = raw as Record<string, unknown>;
  const parsed = StoredRoster.safeParse(roster);
  if (!parsed.success) return { settings, roster: null, rosterInvalid: roster !== null };
  return {
    settings,
    roster: parsed.data.entries.map((e) => ({ ...e, file: null })),
    rosterInvalid: false,
  };
}

/** The object to save: the settings, and the roster when there is one (else exactly the settings). */
export function joinSaved(settings: unknown, roster: readonly ExecutorEntry[] | null): unknown {
  if (roster === null) return settings;
  const base = typeof settings === "object" && settings !== null ? settings : {};
  return {
    ...base,
    roster: {
      v: 1,
      entries: roster.map(({ id, name, aliases, byConsent }) => ({
        id,
        name,
        aliases: [...aliases],
        byConsent,
      })),
    },
  };
}
