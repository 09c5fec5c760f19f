import { Button, Field, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactElement } from "react";

export type FieldWithButtonProps = {
  readonly label: string;
  /** The control: an Input or a Select. */
  readonly children: ReactElement;
  readonly button: string;
  readonly disabled: boolean;
  readonly onClick: () => void;
};

const useStyles = makeStyles({
  // A field and its button side by side where they fit, the button below where they do not (320 px, Bulgarian).
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  grow: { flexGrow: 1, flexBasis: "10rem", minWidth: 0 },
});

/** A small labelled field with the button that acts on it: add an executor, rename, add a spelling, merge. */
export function FieldWithButton({ label, children, button, disabled, onClick }: FieldWithButtonProps) {
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <Field label={label} className={styles.grow} size="small">
        {children}
      </Field>
      <Button size="small" disabled={disabled} onClick={onClick}>
        {button}
      </Button>
    </div>
  );
}
