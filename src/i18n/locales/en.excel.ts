/**
 * English strings of the excel area (what goes wrong in Excel and what degrades on an older Excel); they
 * define the keys uk and bg must provide. `excel.error.<reason>` exists for every HostErrorReason. Keys sorted.
 */
export const enExcel = {
  "excel.downloads.asWorkbooks":
    "Excel for Mac cannot save files that add-ins download, so each template opens as a new workbook: save it with File › Save As. The command plancheck templates makes all templates at once.",
  "excel.error.api-missing":
    "This version of Excel is too old for PlanCheck. It needs Excel 2021 or newer, Microsoft 365 or Excel for the web.",
  "excel.error.busy":
    "Excel is busy: a cell is being edited or another action is running. Press Enter or Esc to finish editing, then try again.",
  "excel.error.not-found":
    "The sheet or cell no longer exists; it may have been renamed or deleted. Check the plan again.",
  "excel.error.outputProtected":
    "A sheet PlanCheck wrote earlier is protected, so the consolidation cannot replace it. Unprotect it (Review › Unprotect Sheet) and try again. Nothing was changed.",
  "excel.error.over-limit":
    "The workbook is larger than PlanCheck reads, so it was not checked. Nothing was changed.",
  "excel.error.protected":
    "The sheet is protected, so PlanCheck cannot mark its cells. Unprotect it (Review › Unprotect Sheet) and try again. Nothing was changed.",
  "excel.error.sheet": "Sheet: {sheet}",
  "excel.error.too-large":
    "The workbook is too large to handle in one go in Excel for the web. Delete the empty rows and columns below and to the right of the plan, or use the Excel desktop app.",
  "excel.error.unknown":
    "Excel reported an unexpected error. Try again; if it happens again, save the workbook, reopen it and check the plan again.",
  "excel.error.unreadable": "Excel could not give PlanCheck the contents of the workbook.",
  "excel.error.workbookProtected":
    "The workbook's structure is protected, so PlanCheck cannot add its sheets. Unprotect it (Review › Protect Workbook) and try again. Nothing was changed.",
  "excel.marks.comments": "This version of Excel cannot add notes, so the messages were added as comments.",
  "excel.marks.failed":
    "Excel did not accept PlanCheck's notes or comments, so problem cells are only coloured; the messages are in the list.",
  "excel.marks.fillsOnly":
    "This version of Excel can add neither notes nor comments: problem cells are only coloured, and the messages are in the list.",
  "excel.merges.unknown":
    "Excel could not report the merged cells of this sheet; PlanCheck works out the plan's structure from the empty cells instead.",
  "excel.notice.sheets": "Sheets: {sheets}",
} satisfies Record<string, string>;
