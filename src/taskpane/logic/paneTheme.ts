/** The pane's look: Fluent's light or dark theme, or high contrast. */
export type PaneThemeKind = "light" | "dark" | "contrast";

/** What Office.js says of its theme (Office.context.officeTheme); any field may be missing on older hosts. */
export type OfficeThemeInfo = {
  readonly themeId?: unknown;
  readonly isDarkTheme?: unknown;
  readonly bodyBackgroundColor?: unknown;
};

/** What the page's media queries say: the system's colour scheme and whether forced colours are on. */
export type SystemScheme = { readonly prefersDark: boolean; readonly forcedColors: boolean };

/** Office's theme names (Office.ThemeId as a string) and the look each gets. */
const BY_NAME: Readonly<Record<string, PaneThemeKind>> = {
  black: "dark",
  darkgray: "dark",
  colorful: "light",
  white: "light",
};

/**
 * The pane's theme. Forced colours (Windows high contrast) win everywhere. Inside Excel, Office's theme
 * decides: Black and Dark Gray are dark, Colorful and White light — by its name where Office gives one, else
 * by isDarkTheme, else by how dark its body background is. Outside Excel (or when Office says nothing usable)
 * the system's prefers-color-scheme does.
 */
export function paneThemeOf(office: OfficeThemeInfo | null, system: SystemScheme): PaneThemeKind {
  if (system.forcedColors) return "contrast";
  if (office !== null) {
    if (typeof office.themeId === "string") {
      const named = BY_NAME[office.themeId.replace(/[\s_-]/g, "").toLowerCase()];
      if (named !== undefined) return named;
    }
    if (typeof office.isDarkTheme === "boolean") return office.isDarkTheme ? "dark" : "light";
    const luminance =
      typeof office.bodyBackgroundColor === "string" ? lightness(office.bodyBackgroundColor) : null;
    if (luminance !== null) return luminance < 0.4 ? "dark" : "light";
  }
  return system.prefersDark ? "dark" : "light";
}

/** The relative luminance (0 black … 1 white) of a "#RRGGBB" or "#RGB" colour, or null when it is not one. */
function lightness(colour: string): number | null {
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim())?.[1];
  if (hex === undefined) return null;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
