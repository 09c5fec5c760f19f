import {
  FluentProvider,
  makeStaticStyles,
  makeStyles,
  Spinner,
  Subtitle1,
  teamsHighContrastTheme,
  tokens,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import { useMemo } from "react";
import type { PaneEnvironment } from "./platform/PaneEnvironment";
import { useHost } from "./hooks/useHost";
import { useLocale } from "./hooks/useLocale";
import { useSystemScheme } from "./hooks/useSystemScheme";
import { paneThemeOf, type PaneThemeKind } from "./logic/paneTheme";
import { describeError } from "./logic/describeError";
import { makeText } from "./text/makeText";
import { TextContext } from "./text/TextContext";
import { AlertList } from "./components/AlertList";
import { PlanPane } from "./components/PlanPane";
import { StandalonePane } from "./components/StandalonePane";

// The page is the pane: no browser margin around it (Excel's pane is 320 px wide; every pixel counts).
const usePageStyles = makeStaticStyles({ body: { margin: 0 } });

const THEMES: Readonly<Record<PaneThemeKind, Theme>> = {
  light: webLightTheme,
  dark: webDarkTheme,
  contrast: teamsHighContrastTheme,
};

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  title: { margin: 0, color: tokens.colorBrandForeground1 },
});

/** The task pane: finds where it runs, then shows the Excel pane or the browser mode, in the user's language. */
export function App({ environment }: { readonly environment: PaneEnvironment }) {
  usePageStyles();
  const styles = useStyles();
  const { boot, backgroundError, dismissBackgroundError } = useHost(environment);
  const hostLanguage = boot.phase === "excel" ? boot.host.displayLanguage() : environment.browserLanguage;
  const { locale, choose } = useLocale(hostLanguage, environment.store);
  const text = useMemo(() => makeText(locale), [locale]);
  // Office's theme (light, dark, colourful) inside Excel; the system's colour scheme in a browser
  const system = useSystemScheme();
  const office = boot.phase === "excel" ? (environment.officeTheme?.() ?? null) : null;
  const theme = paneThemeOf(office, system);
  return (
    <FluentProvider theme={THEMES[theme]} lang={locale} data-theme={theme}>
      <TextContext.Provider value={text}>
        <main className={styles.root}>
          {(boot.phase === "starting" || boot.phase === "failed") && (
            <Subtitle1 as="h1" className={styles.title}>
              {text.ui("pane.app.title")}
            </Subtitle1>
          )}
          {boot.phase === "starting" && <Spinner size="small" label={text.ui("pane.starting")} />}
          {boot.phase === "failed" && (
            <AlertList alerts={[{ id: "start", text: describeError(boot.error, text), dismiss: null }]} />
          )}
          {boot.phase === "excel" && (
            <PlanPane
              host={boot.host}
              locale={locale}
              onLocale={choose}
              background={
                backgroundError === null ? null : { error: backgroundError, dismiss: dismissBackgroundError }
              }
            />
          )}
          {boot.phase === "standalone" && (
            <StandalonePane environment={environment} locale={locale} onLocale={choose} />
          )}
        </main>
      </TextContext.Provider>
    </FluentProvider>
  );
}
