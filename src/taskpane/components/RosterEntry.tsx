import {
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Input,
  makeStyles,
  Select,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { ExecutorEntry } from "../../engine";
import type { RosterEditor } from "../hooks/useRoster";
import { useText } from "../text/useText";
import { AliasList } from "./AliasList";
import { FieldWithButton } from "./FieldWithButton";

export type RosterEntryProps = {
  readonly entry: ExecutorEntry;
  readonly others: readonly ExecutorEntry[];
  readonly editor: RosterEditor;
};

const useStyles = makeStyles({
  header: { overflowWrap: "anywhere" },
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  // A select is as wide as its longest option (a long executor name) unless allowed to shrink.
  select: { minWidth: 0, maxWidth: "100%" },
  selectInner: { minWidth: 0, textOverflow: "ellipsis" },
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
      <AccordionPanel>
        <div className={styles.panel}>
          <FieldWithButton
            label={text.ui("pane.roster.name")}
            button={text.ui("pane.roster.rename")}
            disabled={editor.busy || name.trim() === entry.name}
            onClick={() => editor.rename(entry.id, name)}
          >
            <Input size="small" value={name} onChange={(_, data) => setName(data.value)} />
          </FieldWithButton>
          <AliasList
            aliases={entry.aliases}
            busy={editor.busy}
            onRemove={(spelling) => editor.removeAlias(entry.id, spelling)}
          />
          <FieldWithButton
            label={text.ui("pane.roster.aliasLabel")}
            button={text.ui("pane.roster.addAlias")}
            disabled={editor.busy || alias.trim() === ""}
            onClick={addAlias}
          >
            <Input size="small" value={alias} onChange={(_, data) => setAlias(data.value)} />
          </FieldWithButton>
          <FieldWithButton
            label={text.ui("pane.roster.mergeLabel")}
            button={text.ui("pane.roster.merge")}
            disabled={editor.busy || merge === ""}
            onClick={() => editor.merge(entry.id, merge)}
          >
            <Select
              size="small"
              className={styles.select}
              select={{ className: styles.selectInner }}
              value={merge}
              onChange={(_, data) => setMerge(data.value)}
            >
              <option value="">{text.ui("pane.roster.mergeNone")}</option>
              {others
                .filter((other) => other.id !== entry.id)
                .map((other) => (
                  <option key={other.id} value={other.id}>
                    {other.name}
                  </option>
                ))}
            </Select>
          </FieldWithButton>
          <div>
            <Button size="small" disabled={editor.busy} onClick={() => editor.remove(entry.id)}>
              {text.ui("pane.roster.remove")}
            </Button>
          </div>
        </div>
      </AccordionPanel>
    </AccordionItem>
  );
}
