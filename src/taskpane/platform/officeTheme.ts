import type { OfficeThemeInfo } from "../logic/paneTheme";

/**
 * Office's theme as Office.js reports it (Office.context.officeTheme), its id given by name ("Black",
 * "DarkGray", "Colorful", "White") whether Office.ThemeId is a string or a numeric enum; null outside Office,
 * before Office.js is ready, or where the host has no theme API.
 */
export function readOfficeTheme(): OfficeThemeInfo | null {
  if (typeof Office === "undefined") return null;
  try {
    const theme = (Office.context as { officeTheme?: Partial<Office.OfficeTheme> } | undefined)?.officeTheme;
    if (theme === undefined || theme === null) return null;
    const ids = (Office as unknown as { ThemeId?: Readonly<Record<string, unknown>> }).ThemeId;
    const id: unknown = theme.themeId;
    const name =
      typeof id === "string" || ids === undefined
        ? id
        : Object.keys(ids).find((key) => ids[key] === id && Number.isNaN(Number(key)));
    return {
      themeId: name,
      isDarkTheme: theme.isDarkTheme,
      bodyBackgroundColor: theme.bodyBackgroundColor,
    };
  } catch {
    return null;
  }
}
