import { makeStyles, Subtitle1, tokens } from "@fluentui/react-components";
import type { Locale } from "../../i18n";
import type { PaneEnvironment } from "../platform/PaneEnvironment";
import { useStandalone } from "../hooks/useStandalone";
import { useText } from "../text/useText";
import { AlertList } from "./AlertList";
import { FileOpener } from "./FileOpener";
import { PlanPane } from "./PlanPane";

export type StandalonePaneProps = {
  readonly environment: PaneEnvironment;
  readonly locale: Locale;
  readonly onLocale: (locale: Locale) => void;
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minHeight: "100%" },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  title: { margin: 0, color: tokens.colorBrandForeground1 },
});

/** The pane outside Office: open or drop a workbook, then the same pane as in Excel works on the file. */
export function StandalonePane({ environment, locale, onLocale }: StandalonePaneProps) {
  const styles = useStyles();
  const text = useText();
  const { opened, opening, open, drop, alerts } = useStandalone(environment, text);
  const onOpen = (file: File): void => void open(file);
  return (
    <div className={styles.root} {...drop.handlers}>
      <header className={styles.header}>
        <Subtitle1 as="h1" className={styles.title}>
          {text.ui("pane.app.title")}
        </Subtitle1>
        {opened !== null && <FileOpener onOpen={onOpen} opening={opening} compact dragging={drop.dragging} />}
      </header>
      {opened === null && (
        <FileOpener onOpen={onOpen} opening={opening} compact={false} dragging={drop.dragging} />
      )}
      <AlertList alerts={alerts} />
      {opened !== null && <PlanPane key={opened.id} host={opened.host} locale={locale} onLocale={onLocale} />}
    </div>
  );
}
