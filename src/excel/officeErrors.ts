import { HostError, type HostErrorReason } from "../host";

/**
 * Office error codes (`OfficeExtension.Error.code`, from OfficeExtension.ErrorCodes and Excel.ErrorCodes; see
 * learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling) by what the user
 * can do about them. Codes not listed are "unknown".
 */
const REASON_BY_CODE: Readonly<Record<string, HostErrorReason>> = {
  // Writing to a protected sheet, or a file opened read-only / with restricted permissions.
  AccessDenied: "protected",
  // An API this Excel does not have (older build, or a platform without the feature).
  ApiNotFound: "api-missing",
  ApiNotAvailable: "api-missing",
  NotImplemented: "api-missing",
  // Excel on the web's 5 MB request/response limit, the 5 million cells per read, memory.
  RequestPayloadSizeLimitExceeded: "too-large",
  ResponsePayloadSizeLimitExceeded: "too-large",
  RangeExceedsLimit: "too-large",
  OperationCellsExceedLimit: "too-large",
  MemoryLimitReached: "too-large",
  // The user is typing in a cell, another workbook has focus, or Excel is busy with something else.
  InvalidOperationInCellEditMode: "busy",
  InactiveWorkbook: "busy",
  ActivityLimitReached: "busy",
  Conflict: "busy",
  RequestAborted: "busy",
  ServiceNotAvailable: "busy",
  // A sheet or cell that was renamed or deleted since it was read.
  ItemNotFound: "not-found",
};

const PAYLOAD_CODES = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]);

/** The `code` of an OfficeExtension.Error (duck-typed: the class is not there outside Office), or null. */
export function officeErrorCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null || !("code" in error)) return null;
  const { code } = error as { code: unknown };
  return typeof code === "string" ? code : null;
}

/** True for Excel on the web's payload limit: the caller retries with smaller batches. */
export function isPayloadError(error: unknown): boolean {
  return PAYLOAD_CODES.has(officeErrorCode(error) ?? "");
}

/** Any failure of an Office call as a HostError with a reason the pane can explain; HostErrors pass through. */
export function toHostError(error: unknown, detail: { sheet?: string; range?: string } = {}): HostError {
  if (error instanceof HostError) return error;
  const code = officeErrorCode(error);
  const reason = (code !== null ? REASON_BY_CODE[code] : undefined) ?? "unknown";
  const message = error instanceof Error || hasMessage(error) ? error.message : String(error);
  const location = errorLocation(error);
  const text = `Excel: ${code ?? "error"}: ${message}${location ? ` (at ${location})` : ""}`;
  return new HostError(reason, text, detail);
}

function hasMessage(error: unknown): error is { message: string } {
  return (
    typeof error === "object" &&
    error !== null &&
    typeof (error as { message?: unknown }).message === "string"
  );
}

/** Where Office says the error happened (`debugInfo.errorLocation`, e.g. "NoteCollection.add"), or null. */
export function officeErrorLocation(error: unknown): string | null {
  return errorLocation(error);
}

function errorLocation(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  const info = (error as { debugInfo?: { errorLocation?: unknown } }).debugInfo;
  return typeof info?.errorLocation === "string" ? info.errorLocation : null;
}
