import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  shorthands,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useId } from "react";
import type { ExecutorEntry } from "../../engine";
import { executorChoices } from "../logic/imports/executorChoices";
import type { FileView } from "../logic/imports/fileView";
import type { ImportedFile } from "../logic/imports/ImportSnapshot";
import { describeError } from "../logic/describeError";
import { useText } from "../text/useText";
import { ExecutorPicker } from "./ExecutorPicker";

export type ImportFileItemProps = {
  readonly file: ImportedFile;
  readonly view: FileView | null;
  readonly entries: readonly ExecutorEntry[];
  readonly picks: ReadonlyMap<string, string>;
  readonly onPick: (fileName: string, executorId: string | null) => void;
  readonly onRemove: (id: number) => void;
};

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    listStyleType: "none",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorNeutralStroke2),
  },
  top: {
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere", minWidth: 0 },
  meta: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  failed: { color: tokens.colorPaletteRedForeground1 },
  problems: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    overflowWrap: "anywhere",
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorNeutralForeground1 },
  info: { color: tokens.colorNeutralForeground2 },
});

/**
 * One return: read or not, whose it is and how that was found (or a choice when nobody could tell), how many
 * of its rows matched, and how many problems it has.
 */
export function ImportFileItem({ file, view, entries, picks, onPick, onRemove }: ImportFileItemProps) {
  const styles = useStyles();
  const text = useText();
  const nameId = useId();
  const chosen = picks.get(file.name) ?? null;
  const failure = file.state === "failed" ? describeError(file.error, text) : null;
  return (
    <li className={styles.item} aria-labelledby={nameId}>
      <div className={styles.top}>
        <Text id={nameId} className={styles.name}>
          {file.name}
        </Text>
        <Button
          size="small"
          appearance="subtle"
          aria-label={text.ui("pane.file.removeLabel", { name: file.name })}
          onClick={() => onRemove(file.id)}
        >
          {text.ui("pane.file.remove")}
        </Button>
      </div>
      {file.state === "waiting" && (
        <Caption1 className={styles.meta}>{text.ui("pane.file.waiting")}</Caption1>
      )}
      {file.state === "reading" && <Spinner size="extra-tiny" label={text.ui("pane.file.reading")} />}
      {failure !== null && (
        <Caption1 className={styles.failed} role="alert">
          {text.ui("pane.file.failed")}: {failure.message}
        </Caption1>
      )}
      {view !== null && view.executor !== null && view.how !== null && (
        <Body1>{text.ui("pane.file.executor", { name: view.executor, how: text.ui(view.how) })}</Body1>
      )}
      {view !== null && (view.executor === null || chosen !== null) && (
        <ExecutorPicker
          fileName={file.name}
          chosen={chosen}
          choices={executorChoices(entries, view.candidates)}
          onPick={onPick}
          unknown={view.executor === null}
        />
      )}
      {view !== null && (
        <Caption1 className={styles.meta}>
          {text.ui("pane.file.rows", {
            reported: view.reportRows,
            matched: view.matchedRows,
            unmatched: view.unmatchedRows,
          })}
        </Caption1>
      )}
      {view !== null && (
        <Caption1 className={styles.meta}>
          {text.ui("pane.file.problems", { errors: view.errors, warnings: view.warnings })}
        </Caption1>
      )}
      {view !== null && view.problems.length > 0 && (
        <ul className={styles.problems} aria-label={text.ui("pane.file.problemList", { name: file.name })}>
          {view.problems.map((problem, i) => (
            <li key={i} className={styles[problem.severity]}>
              <Caption1>
                {text.ui("pane.file.problem", {
                  severity: text.ui(`pane.file.severity.${problem.severity}`),
                  message: problem.message,
                })}
              </Caption1>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
