import { Body1, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useText } from "../text/useText";

export type AliasListProps = {
  readonly aliases: readonly string[];
  readonly busy: boolean;
  readonly onRemove: (alias: string) => void;
};

const useStyles = makeStyles({
  aliases: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  alias: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    overflowWrap: "anywhere",
  },
  note: { color: tokens.colorNeutralForeground2 },
});

/** The other spellings an executor goes by (matched in the plan like its name), each removable. */
export function AliasList({ aliases, busy, onRemove }: AliasListProps) {
  const styles = useStyles();
  const text = useText();
  return (
    <>
      <Caption1>{text.ui("pane.roster.aliases")}</Caption1>
      {aliases.length === 0 ? (
        <Body1 className={styles.note}>{text.ui("pane.roster.noAliases")}</Body1>
      ) : (
        <ul className={styles.aliases}>
          {aliases.map((spelling) => (
            <li key={spelling} className={styles.alias}>
              <span>{spelling}</span>
              <Button
                size="small"
                appearance="transparent"
                aria-label={text.ui("pane.roster.removeAlias", { alias: spelling })}
                disabled={busy}
                onClick={() => onRemove(spelling)}
              >
                ×
              </Button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
