import { Badge, makeStyles, tokens } from "@fluentui/react-components";

export type CountBadge = {
  readonly key: string;
  /** The count as the user reads it: "Errors: 2". */
  readonly label: string;
  readonly count: number;
  readonly color: "danger" | "warning" | "informative" | "success";
};

const useStyles = makeStyles({
  counts: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
});

/** Counts side by side, each a badge that is filled when there is something to count and outlined when not. */
export function CountBadges({ counts }: { readonly counts: readonly CountBadge[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.counts}>
      {counts.map(({ key, label, count, color }) => (
        <li key={key}>
          <Badge appearance={count > 0 ? "filled" : "outline"} color={color}>
            {label}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
