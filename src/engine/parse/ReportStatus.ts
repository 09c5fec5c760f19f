/**
 * What an executor says about a measure, in the four values of the JSON contract. Plans and returns word it
 * in many ways (see statusWords); the raw text is always kept beside the mapped value.
 */
export const REPORT_STATUSES = ["done", "in_progress", "not_done", "not_applicable"] as const;

export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** A status cell as read: blank, one of the four values, or text we do not recognise. */
export type ParsedStatus =
  | { readonly kind: "blank"; readonly status: null; readonly raw: string }
  | { readonly kind: "known"; readonly status: ReportStatus; readonly raw: string }
  | { readonly kind: "unknown"; readonly status: null; readonly raw: string };
