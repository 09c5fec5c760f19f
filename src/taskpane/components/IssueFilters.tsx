import { Field, makeStyles, Select, ToggleButton, tokens } from "@fluentui/react-components";
import { ISSUE_CODES, SEVERITIES, type IssueCode, type Severity } from "../../engine";
import type { IssueFilter } from "../logic/filterIssues";
import { ruleLabel, severityLabel, type RuleTally, type SeverityTally } from "../logic/findingCounts";
import { useText } from "../text/useText";

export type IssueFiltersProps = {
  readonly filter: IssueFilter;
  readonly severities: SeverityTally;
  readonly rules: readonly RuleTally[];
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
  severities,
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
            {severityLabel(text, severity, severities[severity])}
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
          {rules.map((rule) => (
            <option key={rule.code} value={rule.code}>
              {ruleLabel(text, rule)}
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
