import { Accordion, Body1, Button, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { RosterEditor as Editor } from "../hooks/useRoster";
import { useText } from "../text/useText";
import { FieldWithButton } from "./FieldWithButton";
import { RosterEntry } from "./RosterEntry";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  note: { color: tokens.colorNeutralForeground2 },
});

/**
 * The executors list: where it comes from, a way to add an executor, and each executor's corrections
 * (name, other spellings, merge, remove) behind its name.
 */
export function RosterEditor({ editor }: { readonly editor: Editor }) {
  const styles = useStyles();
  const text = useText();
  const [name, setName] = useState("");
  const add = (): void => {
    editor.add(name);
    setName("");
  };
  const { entries } = editor.roster;
  return (
    <div className={styles.root}>
      <Body1 className={styles.note}>
        {editor.saved ? text.ui("pane.roster.saved") : text.ui("pane.roster.fromPlan")}
      </Body1>
      {editor.saved && (
        <div>
          <Button size="small" onClick={editor.reset} disabled={editor.busy}>
            {text.ui("pane.roster.reset")}
          </Button>
        </div>
      )}
      <FieldWithButton
        label={text.ui("pane.roster.addLabel")}
        button={text.ui("pane.roster.add")}
        disabled={editor.busy || name.trim() === ""}
        onClick={add}
      >
        <Input
          size="small"
          value={name}
          onChange={(_, data) => setName(data.value)}
          onKeyDown={(event) => event.key === "Enter" && add()}
        />
      </FieldWithButton>
      <Accordion collapsible role="group" aria-label={text.ui("pane.roster.list")}>
        {entries.map((entry) => (
          <RosterEntry
            key={`${entry.id}\u0001${entry.name}`}
            entry={entry}
            others={entries}
            editor={editor}
          />
        ))}
      </Accordion>
    </div>
  );
}
