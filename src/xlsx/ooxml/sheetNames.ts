// Excel's sheet-name rules live in the engine (one helper for every sheet PlanCheck adds); the writers use them.
export { MAX_SHEET_NAME, sheetNameKey, sheetNameProblem, uniqueSheetName } from "../../engine";
