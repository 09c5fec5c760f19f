import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
} from "@fluentui/react-components";
import type { FieldRole, PlanSheet } from "../../engine";
import type { ColumnMapping } from "../hooks/useColumnMapping";
import { columnProposal } from "../logic/columnProposal";
import { describeError } from "../logic/describeError";
import { useText } from "../text/useText";

export type ColumnProposalCardProps = {
  readonly sheet: PlanSheet;
  readonly role: FieldRole;
  readonly mapping: ColumnMapping;
};

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
  },
  why: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  text: { overflowWrap: "anywhere" },
  buttons: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
});

/**
 * Where "Map column…" led: the column PlanCheck proposes for the missing role and why, taken with one click
 * (saved with the workbook, checked again, back to the findings); or, without a proposal, the pointer to
 * the picker below.
 */
export function ColumnProposalCard({ sheet, role, mapping }: ColumnProposalCardProps) {
  const styles = useStyles();
  const text = useText();
  const proposal = columnProposal(sheet, role);
  const field = text.field(role);
  return (
    <div className={styles.root} role="group" aria-label={text.ui("pane.mapColumn.title", { field })}>
      {proposal === null ? (
        <Body1 className={styles.text}>{text.ui("pane.mapColumn.none", { field })}</Body1>
      ) : (
        <>
          <Body1 className={styles.text}>
            {text.ui("pane.mapColumn.proposal", {
              column: proposal.letter,
              header: proposal.candidate.header.replace(/\s+/g, " ").trim(),
              field,
            })}
          </Body1>
          <Caption1 className={styles.why}>{text.why(proposal.candidate.evidence)}</Caption1>
        </>
      )}
      {mapping.error !== null && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{describeError(mapping.error, text).message}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.buttons}>
        {proposal !== null && (
          <Button
            appearance="primary"
            size="small"
            autoFocus
            disabled={mapping.busy}
            onClick={() => void mapping.accept(proposal.letter)}
          >
            {text.ui("pane.mapColumn.accept", { column: proposal.letter })}
          </Button>
        )}
        <Button size="small" autoFocus={proposal === null} onClick={mapping.close}>
          {text.ui("pane.mapColumn.back")}
        </Button>
      </div>
    </div>
  );
}
