import type { Rule } from "../Rule";
import { cellTooLong } from "./cellTooLong";
import { deadlineOutsidePeriod } from "./deadlineOutsidePeriod";
import { duplicateNumber } from "./duplicateNumber";
import { missingColumns } from "./missingColumns";
import { missingFields } from "./missingFields";
import { numberGoalMismatch } from "./numberGoalMismatch";
import { numberingGap } from "./numberingGap";
import { planTables } from "./planTables";
import { rowsJoined } from "./rowsJoined";
import { unparsedDeadline } from "./unparsedDeadline";
import { vagueIndicator } from "./vagueIndicator";

/** Every check, in the order their findings are listed for the same cell. */
export const RULES: readonly Rule[] = [
  planTables,
  missingColumns,
  missingFields,
  unparsedDeadline,
  deadlineOutsidePeriod,
  numberingGap,
  duplicateNumber,
  numberGoalMismatch,
  vagueIndicator,
  rowsJoined,
  cellTooLong,
];
