import { Body1, Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import type { ExecutorEntry } from "../../engine/consolidate";
import { useText } from "../text/useText";

export type ExecutorPickerProps = {
  readonly fileName: string;
  /** The executor chosen for this file, or null. */
  readonly chosen: string | null;
  /** Roster ids the engine hesitated between: listed first. */
  readonly candidates: readonly string[];
  readonly entries: readonly ExecutorEntry[];
  /** Every choice made (file → executor): an executor chosen for another file is offered no more. */
  readonly picks: ReadonlyMap<string, string>;
  readonly onPick: (fileName: string, executorId: string | null) => void;
  /** The engine could not tell whose the file is. */
  readonly unknown: boolean;
};

const NONE = "";

const useStyles = makeStyles({ warn: { color: tokens.colorPaletteDarkOrangeForeground1 } });

/** Whose return a file is, when PlanCheck could not tell: the likely executors first, then everyone. */
export function ExecutorPicker(props: ExecutorPickerProps) {
  const styles = useStyles();
  const text = useText();
  const { fileName, chosen, candidates, entries, picks, onPick } = props;
  const takenBy = new Map([...picks].filter(([file]) => file !== fileName).map(([file, id]) => [id, file]));
  const ordered = [
    ...candidates.flatMap((id) => entries.filter((e) => e.id === id)),
    ...entries.filter((e) => !candidates.includes(e.id)),
  ];
  const label = (entry: ExecutorEntry): string =>
    takenBy.has(entry.id)
      ? text.ui("pane.file.pickTaken", { name: entry.name })
      : candidates.includes(entry.id)
        ? text.ui("pane.file.pickCandidate", { name: entry.name })
        : entry.name;
  return (
    <>
      {props.unknown && <Body1 className={styles.warn}>{text.ui("pane.file.unknown")}</Body1>}
      <Field label={text.ui("pane.file.pick")} size="small">
        <Select
          size="small"
          value={chosen ?? NONE}
          onChange={(_, data) => onPick(fileName, data.value === NONE ? null : data.value)}
        >
          <option value={NONE}>{text.ui("pane.file.pickNone")}</option>
          {ordered.map((entry) => (
            <option key={entry.id} value={entry.id} disabled={takenBy.has(entry.id)}>
              {label(entry)}
            </option>
          ))}
        </Select>
      </Field>
    </>
  );
}
