import { Field, makeStyles, Select, ToggleButton, tokens } from "@fluentui/react-components";
import { ISSUE_CODES, SEVERITIES, type IssueCode, type Severity } from "../../engine";
import type { IssueFilter } from "../logic/filterIssues";
import { useText } from "../text/useText";

export type IssueFiltersProps = {
  readonly filter: IssueFilter;
  readonly severityCounts: Readonly<Record<Severity, number>>;
  readonly rules: readonly { readonly code: IssueCode; readonly count: number }[];
  readonly onToggleSeverity: (severity: Severity) => void;
  readonly onChooseRule: (rule: IssueCode | null) => void;
};

const ALL = "";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  severities: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXS,
  },
});

/** Severity switches (pressed = shown) and a rule picker above the list. */
export function IssueFilters({
  filter,
  severityCounts,
  rules,
  onToggleSeverity,
  onChooseRule,
}: IssueFiltersProps) {
  const styles = useStyles();
  const text = useText();
  return (
    <div className={styles.root} role="group" aria-label={text.ui("pane.filter.label")}>
      <div className={styles.severities}>
        {SEVERITIES.map((severity) => (
          <ToggleButton
            key={severity}
            size="small"
            checked={filter.severities.has(severity)}
            onClick={() => onToggleSeverity(severity)}
          >
            {text.ui("pane.filter.severity", {
              label: text.ui(`pane.severity.${severity}`),
              count: severityCounts[severity],
            })}
          </ToggleButton>
        ))}
      </div>
      <Field label={text.ui("pane.filter.rule")} size="small">
        <Select
          size="small"
          value={filter.rule ?? ALL}
          onChange={(_, data) => onChooseRule(toRule(data.value))}
        >
          <option value={ALL}>{text.ui("pane.filter.allRules")}</option>
          {rules.map(({ code, count }) => (
            <option key={code} value={code}>
              {text.ui("pane.filter.ruleOption", { rule: text.rule(code), count })}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}

function toRule(value: string): IssueCode | null {
  return (ISSUE_CODES as readonly string[]).includes(value) ? (value as IssueCode) : null;
}
