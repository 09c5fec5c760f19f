import {
  Body1,
  Button,
  makeStyles,
  mergeClasses,
  Spinner,
  Subtitle1,
  tokens,
} from "@fluentui/react-components";
import { useRef } from "react";
import { useText } from "../text/useText";
import { useDropZoneStyles } from "./dropZone.styles";

export type FileOpenerProps = {
  readonly onOpen: (file: File) => void;
  readonly opening: boolean;
  /** Compact: a single button above an opened plan ("Open another"). */
  readonly compact: boolean;
  readonly dragging: boolean;
};

/** File types the reader understands (the picker's filter, and the start screen lists them); the annotated copy needs .xlsx or .xlsm. */
export const WORKBOOK_TYPES = ".xlsx,.xlsm,.xls,.ods,.csv";

const useStyles = makeStyles({
  root: { rowGap: tokens.spacingVerticalM, padding: tokens.spacingVerticalL },
});

/** Outside Excel: choose or drop the workbook to check. */
export function FileOpener({ onOpen, opening, compact, dragging }: FileOpenerProps) {
  const styles = useStyles();
  const zone = useDropZoneStyles();
  const text = useText();
  const input = useRef<HTMLInputElement>(null);
  const picker = (
    <input
      ref={input}
      className={zone.hidden}
      type="file"
      accept={WORKBOOK_TYPES}
      aria-label={text.ui("pane.standalone.open")}
      onChange={(event) => {
        const file = event.target.files?.[0];
        event.target.value = "";
        if (file) onOpen(file);
      }}
    />
  );
  const button = (
    <Button
      appearance={compact ? "secondary" : "primary"}
      size={compact ? "small" : "medium"}
      disabled={opening}
      onClick={() => input.current?.click()}
    >
      {compact ? text.ui("pane.standalone.openAnother") : text.ui("pane.standalone.open")}
    </Button>
  );
  if (compact)
    return (
      <div>
        {picker}
        {button}
      </div>
    );
  return (
    <section
      className={mergeClasses(zone.zone, styles.root, dragging && zone.dragging)}
      aria-label={text.ui("pane.standalone.title")}
    >
      <Subtitle1 as="h2">{text.ui("pane.standalone.title")}</Subtitle1>
      <Body1>{text.ui("pane.standalone.intro", { formats: WORKBOOK_TYPES.split(",").join(", ") })}</Body1>
      {picker}
      {button}
      <Body1 className={zone.note}>{text.ui("pane.standalone.drop")}</Body1>
      {opening && <Spinner size="tiny" label={text.ui("pane.progress.reading")} />}
    </section>
  );
}
