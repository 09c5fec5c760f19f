import type { CellRange, CellValue, Plan, PlanSheet, Settings, ValidationResult } from "../../engine";

/** A sheet without its rows, which travel in pieces (see {@link RowsPiece}). */
export type SheetHead = { readonly name: string; readonly merges: readonly CellRange[] | null };

/** Rows of one sheet, appended to those sent before. */
export type RowsPiece = { readonly sheet: number; readonly rows: readonly (readonly CellValue[])[] };

/** The plan without its measures, which travel in pieces (see {@link MeasuresPiece}). */
export type PlanHead = Omit<Plan, "sheets"> & { readonly sheets: readonly PlanSheet[] };

export type MeasuresPiece = { readonly sheet: number; readonly measures: PlanSheet["measures"] };

/** Page → worker. `grid` ids are chosen by the page, for grids it sends and for files the worker reads. */
export type CheckRequest =
  | {
      readonly kind: "read";
      readonly job: number;
      readonly grid: number;
      readonly name: string;
      readonly bytes: Uint8Array;
    }
  | { readonly kind: "grid-head"; readonly grid: number; readonly sheets: readonly SheetHead[] }
  | ({ readonly kind: "grid-rows"; readonly grid: number } & RowsPiece)
  | { readonly kind: "validate"; readonly job: number; readonly grid: number; readonly settings: Settings };

/** Worker → page, each about one job. */
export type CheckReply =
  | {
      readonly kind: "progress";
      readonly job: number;
      readonly sheet: number;
      readonly sheets: number;
      readonly rows: number;
    }
  | { readonly kind: "grid-head"; readonly job: number; readonly sheets: readonly SheetHead[] }
  | ({ readonly kind: "grid-rows"; readonly job: number } & RowsPiece)
  | { readonly kind: "read-done"; readonly job: number }
  | { readonly kind: "checking"; readonly job: number }
  | {
      readonly kind: "plan-head";
      readonly job: number;
      readonly plan: PlanHead;
      readonly result: ValidationResult;
    }
  | ({ readonly kind: "measures"; readonly job: number } & MeasuresPiece)
  | { readonly kind: "validated"; readonly job: number }
  /** The grid is no longer kept (the worker keeps the latest few): the page sends it again. */
  | { readonly kind: "unknown-grid"; readonly job: number }
  | {
      readonly kind: "failed";
      readonly job: number;
      readonly problem: string | null;
      readonly message: string;
    };

/** Rows per message: small enough that taking one in stays far below the page's 200 ms budget. */
export const ROWS_PER_PIECE = 1000;
/** Measures per message (a measure is a few dozen small objects). */
export const MEASURES_PER_PIECE = 250;
