import "./helpers/browserShims";
import { act, render, screen } from "@testing-library/react";
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import type { WorkbookHost } from "../../src/host/WorkbookHost";
import { t } from "../../src/i18n/translate";
import { App } from "../../src/taskpane/App";
import { paneThemeOf, type OfficeThemeInfo } from "../../src/taskpane/logic/paneTheme";
import { memoryStore } from "../../src/taskpane/platform/KeyValueStore";
import { readOfficeTheme } from "../../src/taskpane/platform/officeTheme";
import type { PaneEnvironment } from "../../src/taskpane/platform/PaneEnvironment";
import { fakeHost } from "./helpers/fakeHost";

const LIGHT = { prefersDark: false, forcedColors: false };
const DARK = { prefersDark: true, forcedColors: false };

/** What Office.js reports for each of Office's themes (body background as Excel on Windows gives it). */
const OFFICE: Readonly<Record<string, OfficeThemeInfo>> = {
  Colorful: { themeId: "Colorful", isDarkTheme: false, bodyBackgroundColor: "#E6E6E6" },
  White: { themeId: "White", isDarkTheme: false, bodyBackgroundColor: "#FFFFFF" },
  DarkGray: { themeId: "DarkGray", isDarkTheme: true, bodyBackgroundColor: "#444444" },
  Black: { themeId: "Black", isDarkTheme: true, bodyBackgroundColor: "#262626" },
};

describe("the pane's theme", () => {
  it.each([
    ["Colorful", "light"],
    ["White", "light"],
    ["DarkGray", "dark"],
    ["Black", "dark"],
  ] as const)("Office's %s theme gives the %s pane, whatever the system prefers", (name, kind) => {
    expect(paneThemeOf(OFFICE[name]!, LIGHT)).toBe(kind);
    expect(paneThemeOf(OFFICE[name]!, DARK)).toBe(kind);
  });

  it("reads an older Office by isDarkTheme, or else by how dark its background is", () => {
    expect(paneThemeOf({ isDarkTheme: true }, LIGHT)).toBe("dark");
    expect(paneThemeOf({ isDarkTheme: false }, DARK)).toBe("light");
    expect(paneThemeOf({ bodyBackgroundColor: "#1f1f1f" }, LIGHT)).toBe("dark");
    expect(paneThemeOf({ bodyBackgroundColor: "#fff" }, DARK)).toBe("light");
    // nothing usable: the system decides
    expect(paneThemeOf({ bodyBackgroundColor: "teal" }, DARK)).toBe("dark");
    expect(paneThemeOf({}, LIGHT)).toBe("light");
  });

  it("outside Excel follows prefers-color-scheme; forced colours give high contrast everywhere", () => {
    expect(paneThemeOf(null, LIGHT)).toBe("light");
    expect(paneThemeOf(null, DARK)).toBe("dark");
    expect(paneThemeOf(null, { prefersDark: false, forcedColors: true })).toBe("contrast");
    expect(paneThemeOf(OFFICE.Colorful!, { prefersDark: false, forcedColors: true })).toBe("contrast");
  });

  it("takes Office's theme id by name, also where Office.ThemeId is a numeric enum", () => {
    const office = globalThis as { Office?: unknown };
    try {
      office.Office = {
        ThemeId: { Black: 0, 0: "Black", Colorful: 1, 1: "Colorful", DarkGray: 2, 2: "DarkGray" },
        context: { officeTheme: { themeId: 2, isDarkTheme: true, bodyBackgroundColor: "#444444" } },
      };
      expect(readOfficeTheme()).toEqual({
        themeId: "DarkGray",
        isDarkTheme: true,
        bodyBackgroundColor: "#444444",
      });
      office.Office = { context: {} };
      expect(readOfficeTheme()).toBeNull();
    } finally {
      delete office.Office;
    }
    expect(readOfficeTheme()).toBeNull();
  });
});

describe("the pane drawn in its theme", () => {
  let media: Record<string, boolean> = {};
  let listeners: (() => void)[] = [];
  beforeEach(() => {
    media = {};
    listeners = [];
    window.matchMedia = ((query: string) => ({
      get matches() {
        return media[query] ?? false;
      },
      media: query,
      addEventListener: (_: string, listener: () => void) => void listeners.push(listener),
      removeEventListener: (_: string, listener: () => void) =>
        void (listeners = listeners.filter((l) => l !== listener)),
    })) as unknown as typeof window.matchMedia;
  });
  afterEach(() => {
    delete (window as { matchMedia?: unknown }).matchMedia;
  });

  function environment(mode: "excel" | "standalone", office: OfficeThemeInfo | null): PaneEnvironment {
    return {
      watch: (onMode) => (onMode(mode), () => undefined),
      loadExcelHost: async (): Promise<WorkbookHost> => fakeHost({ language: "en-US" }),
      store: memoryStore(),
      browserLanguage: "en-US",
      officeTheme: () => office,
    };
  }

  /** The CSS variables the FluentProvider around the pane defines. */
  function variables(): string {
    const provider = document.querySelector<HTMLElement>(".fui-FluentProvider")!;
    const id = [...provider.classList].find((name) => /^fui-FluentProvider\S+/.test(name))!;
    const sheet = (document.getElementById(id) as HTMLStyleElement).sheet!;
    return [...sheet.cssRules].map((rule) => rule.cssText).join("\n");
  }
  const drawnIn = (theme: Theme) => {
    const css = variables();
    expect(css).toContain(`--colorNeutralBackground1: ${theme.colorNeutralBackground1}`);
    expect(css).toContain(`--colorNeutralForeground1: ${theme.colorNeutralForeground1}`);
  };

  it("in Excel's Black theme the pane is dark, though the system prefers light", async () => {
    render(<App environment={environment("excel", OFFICE.Black!)} />);
    await screen.findByRole("region", { name: t("en", "pane.summary.label") });
    drawnIn(webDarkTheme);
  });

  it("in Excel's Colorful theme the pane is light, though the system prefers dark", async () => {
    media["(prefers-color-scheme: dark)"] = true;
    render(<App environment={environment("excel", OFFICE.Colorful!)} />);
    await screen.findByRole("region", { name: t("en", "pane.summary.label") });
    drawnIn(webLightTheme);
  });

  it("in a browser it follows the system's colour scheme as it changes, and high contrast", async () => {
    render(<App environment={environment("standalone", OFFICE.Black!)} />);
    await screen.findByText(t("en", "pane.standalone.title"), { selector: "h2" });
    drawnIn(webLightTheme);
    media["(prefers-color-scheme: dark)"] = true;
    act(() => listeners.forEach((listener) => listener()));
    drawnIn(webDarkTheme);
    media["(forced-colors: active)"] = true;
    act(() => listeners.forEach((listener) => listener()));
    drawnIn(teamsHighContrastTheme);
  });

  it("follows the scheme also where media queries only have the old addListener (Safari before 14)", async () => {
    window.matchMedia = ((query: string) => ({
      get matches() {
        return media[query] ?? false;
      },
      media: query,
      addListener: (listener: () => void) => void listeners.push(listener),
      removeListener: (listener: () => void) => void (listeners = listeners.filter((l) => l !== listener)),
    })) as unknown as typeof window.matchMedia;
    render(<App environment={environment("standalone", null)} />);
    await screen.findByText(t("en", "pane.standalone.title"), { selector: "h2" });
    drawnIn(webLightTheme);
    media["(prefers-color-scheme: dark)"] = true;
    act(() => listeners.forEach((listener) => listener()));
    drawnIn(webDarkTheme);
  });
});
