import { Body1, Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import type { ExecutorChoice } from "../logic/imports/executorChoices";
import { useText } from "../text/useText";

export type ExecutorPickerProps = {
  readonly fileName: string;
  /** The executor chosen for this file, or null. */
  readonly chosen: string | null;
  readonly choices: readonly ExecutorChoice[];
  readonly onPick: (fileName: string, executorId: string | null) => void;
  /** The engine could not tell whose the file is. */
  readonly unknown: boolean;
};

const NONE = "";

const useStyles = makeStyles({
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
  // A select is as wide as its longest option (a long executor name) unless allowed to shrink.
  field: { minWidth: 0 },
  select: { minWidth: 0, maxWidth: "100%" },
  selectInner: { minWidth: 0, textOverflow: "ellipsis" },
});

/** Whose return a file is, when PlanCheck could not tell: the likely executors first, then everyone. */
export function ExecutorPicker({ fileName, chosen, choices, onPick, unknown }: ExecutorPickerProps) {
  const styles = useStyles();
  const text = useText();
  const label = (choice: ExecutorChoice): string =>
    choice.kind === "likely" ? text.ui("pane.file.pickCandidate", { name: choice.name }) : choice.name;
  return (
    <>
      {unknown && <Body1 className={styles.warn}>{text.ui("pane.file.unknown")}</Body1>}
      <Field label={text.ui("pane.file.pick")} size="small" className={styles.field}>
        <Select
          size="small"
          className={styles.select}
          select={{ className: styles.selectInner }}
          value={chosen ?? NONE}
          onChange={(_, data) => onPick(fileName, data.value === NONE ? null : data.value)}
        >
          <option value={NONE}>{text.ui("pane.file.pickNone")}</option>
          {choices.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {label(choice)}
            </option>
          ))}
        </Select>
      </Field>
    </>
  );
}
