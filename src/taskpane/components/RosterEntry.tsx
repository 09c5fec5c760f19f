import {
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  Select,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { ExecutorEntry } from "../../engine/consolidate";
import type { RosterEditor } from "../hooks/useRoster";
import { useText } from "../text/useText";

export type RosterEntryProps = {
  readonly entry: ExecutorEntry;
  readonly others: readonly ExecutorEntry[];
  readonly editor: RosterEditor;
};

const useStyles = makeStyles({
  header: { overflowWrap: "anywhere" },
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: { display: "flex", alignItems: "flex-end", columnGap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, minWidth: 0 },
  aliases: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  alias: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    overflowWrap: "anywhere",
  },
  note: { color: tokens.colorNeutralForeground2 },
});

/** One executor: its name (corrected here), the other spellings it goes by, merging it, removing it. */
export function RosterEntry({ entry, others, editor }: RosterEntryProps) {
  const styles = useStyles();
  const text = useText();
  const [name, setName] = useState(entry.name);
  const [alias, setAlias] = useState("");
  const [merge, setMerge] = useState("");
  const addAlias = (): void => {
    editor.addAlias(entry.id, alias);
    setAlias("");
  };
  return (
    <AccordionItem value={entry.id}>
      <AccordionHeader size="small">
        <span className={styles.header}>
          {entry.name}{" "}
          {entry.byConsent && (
            <Badge appearance="outline" size="small">
              {text.ui("pane.roster.byConsent")}
            </Badge>
          )}
        </span>
      </AccordionHeader>
      <AccordionPanel className={styles.panel}>
        <div className={styles.row}>
          <Field label={text.ui("pane.roster.name")} className={styles.grow} size="small">
            <Input size="small" value={name} onChange={(_, data) => setName(data.value)} />
          </Field>
          <Button
            size="small"
            disabled={editor.busy || name.trim() === entry.name}
            onClick={() => editor.rename(entry.id, name)}
          >
            {text.ui("pane.roster.rename")}
          </Button>
        </div>
        <Caption1>{text.ui("pane.roster.aliases")}</Caption1>
        {entry.aliases.length === 0 ? (
          <Body1 className={styles.note}>{text.ui("pane.roster.noAliases")}</Body1>
        ) : (
          <ul className={styles.aliases}>
            {entry.aliases.map((spelling) => (
              <li key={spelling} className={styles.alias}>
                <span>{spelling}</span>
                <Button
                  size="small"
                  appearance="transparent"
                  aria-label={text.ui("pane.roster.removeAlias", { alias: spelling })}
                  disabled={editor.busy}
                  onClick={() => editor.removeAlias(entry.id, spelling)}
                >
                  ×
                </Button>
              </li>
            ))}
          </ul>
        )}
        <div className={styles.row}>
          <Field label={text.ui("pane.roster.aliasLabel")} className={styles.grow} size="small">
            <Input size="small" value={alias} onChange={(_, data) => setAlias(data.value)} />
          </Field>
          <Button size="small" disabled={editor.busy || alias.trim() === ""} onClick={addAlias}>
            {text.ui("pane.roster.addAlias")}
          </Button>
        </div>
        <div className={styles.row}>
          <Field label={text.ui("pane.roster.mergeLabel")} className={styles.grow} size="small">
            <Select size="small" value={merge} onChange={(_, data) => setMerge(data.value)}>
              <option value="">{text.ui("pane.roster.mergeNone")}</option>
              {others
                .filter((other) => other.id !== entry.id)
                .map((other) => (
                  <option key={other.id} value={other.id}>
                    {other.name}
                  </option>
                ))}
            </Select>
          </Field>
          <Button
            size="small"
            disabled={editor.busy || merge === ""}
            onClick={() => editor.merge(entry.id, merge)}
          >
            {text.ui("pane.roster.merge")}
          </Button>
        </div>
        <div>
          <Button size="small" disabled={editor.busy} onClick={() => editor.remove(entry.id)}>
            {text.ui("pane.roster.remove")}
          </Button>
        </div>
      </AccordionPanel>
    </AccordionItem>
  );
}
