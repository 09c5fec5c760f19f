import { cellAddress } from "../../engine";
import { OP_BYTES } from "../requests/requestBytes";
import { syncJobs, type SyncJob } from "../requests/syncJobs";
import { type SheetRef, queueStoredLedger } from "../workbook/markState";
import { annotationOf, type Annotation, type AnnotationKind } from "./Annotation";
import { columnSpans, type CellIndex } from "./columnSpans";
import { locateComments } from "./locateComments";
import { FILL_LOAD_OPTIONS, type CellFill } from "./markFills";

export type ProbeCell = CellIndex & { readonly a1: string };
export type ProbeTarget = { readonly sheet: SheetRef; readonly cells: readonly ProbeCell[] };

/** A sheet as it is now, at the cells that are or will be marked. */
export type SheetProbe = {
  readonly sheet: SheetRef;
  readonly worksheet: Excel.Worksheet;
  readonly protected: boolean;
  readonly fills: ReadonlyMap<string, CellFill>;
  /** The notes and threaded comments on each cell (ours and the user's). */
  readonly annotations: ReadonlyMap<string, readonly Annotation[]>;
};

/** getCellProperties returns every cell of its range: join cells only across short gaps. */
const PROBE_GAP = 8;
const PROBE_ROWS = 2_000;
/** Cells whose notes one job asks for (one getItemOrNullObject each). */
const NOTE_CHUNK = 500;
/**
 * Response bytes a cell's fill takes in getCellProperties' answer ({"format":{"fill":{"color":"#FFFFFF",
 * "pattern":"None","patternColor":"#000000","tintAndShade":0,"patternTintAndShade":0}}} and its framing), and
 * a note probe's (the note's text is not known in advance: our notes are at most 2,000 characters).
 */
const FILL_RESPONSE_BYTES = 160;
const NOTE_RESPONSE_BYTES = 200;

/**
 * One round trip as a rule (more only when the requests or responses would pass Excel for the web's limits,
 * see syncJobs), plus one to locate threaded comments when the workbook has any: protection of every sheet
 * involved, the current fill of every cell (getCellProperties per column stretch), the notes (ExcelApi 1.18)
 * and threaded comments (1.10) on the cells — both kinds where the Excel has both, since a user's annotation
 * of either kind blocks ours — and the stored ledger text. Throws ItemNotFound (via sync) when a sheet was
 * deleted since the state was read.
 */
export async function probeSheets(
  context: Excel.RequestContext,
  targets: readonly ProbeTarget[],
  available: AnnotationKind,
  budget: number,
): Promise<{ probes: SheetProbe[]; stored: string | null }> {
  let stored: () => string | null = () => null;
  const sheets = targets.map((target) => ({
    target,
    worksheet: context.workbook.worksheets.getItem(target.sheet.id),
    fills: new Map<string, CellFill>(),
    annotations: new Map<string, Annotation[]>(),
    protection: (): boolean => false,
  }));
  const jobs: SyncJob[] = [
    {
      queue: () => {
        stored = queueStoredLedger(context);
        for (const sheet of sheets) {
          const protection = sheet.worksheet.protection.load("protected");
          sheet.protection = () => protection.protected;
        }
        return () => undefined;
      },
      split: () => null,
      bytes: OP_BYTES * (1 + sheets.length),
    },
  ];
  for (const sheet of sheets) {
    const wanted = new Set(sheet.target.cells.map((cell) => cell.a1));
    for (const span of columnSpans(sheet.target.cells, PROBE_GAP, PROBE_ROWS))
      jobs.push(fillJob(sheet.worksheet, span, wanted, sheet.fills));
    if (available === "note")
      for (let i = 0; i < sheet.target.cells.length; i += NOTE_CHUNK)
        jobs.push(noteJob(sheet.worksheet, sheet.target.cells.slice(i, i + NOTE_CHUNK), sheet.annotations));
  }
  const threaded: { comments: Excel.CommentCollection | null } = { comments: null };
  if (available !== "none" && targets.some((target) => target.cells.length > 0))
    jobs.push({
      queue: () => {
        threaded.comments = context.workbook.comments.load("items/id,items/content");
        return () => undefined;
      },
      split: () => null,
    });
  await syncJobs(context, jobs, budget);
  const located =
    threaded.comments === null
      ? new Map<string, Annotation>()
      : await locateComments(context, threaded.comments, budget);

  const probes = sheets.map((sheet) => {
    for (const cell of sheet.target.cells) {
      const comment = located.get(`${sheet.target.sheet.id}|${cell.a1}`);
      if (comment !== undefined) add(sheet.annotations, cell.a1, comment);
    }
    return {
      sheet: sheet.target.sheet,
      worksheet: sheet.worksheet,
      protected: sheet.protection(),
      fills: sheet.fills,
      annotations: sheet.annotations,
    };
  });
  return { probes, stored: stored() };
}

type Span = { readonly colIndex: number; readonly rowIndex: number; readonly rowCount: number };

function fillJob(
  worksheet: Excel.Worksheet,
  span: Span,
  wanted: ReadonlySet<string>,
  out: Map<string, CellFill>,
): SyncJob {
  return {
    queue: () => {
      const result = worksheet
        .getRangeByIndexes(span.rowIndex, span.colIndex, span.rowCount, 1)
        .getCellProperties(FILL_LOAD_OPTIONS);
      return () =>
        result.value.forEach((row, r) => {
          const fill = row[0]?.format?.fill;
          const a1 = cellAddress(span.rowIndex + r, span.colIndex);
          if (fill !== undefined && wanted.has(a1)) out.set(a1, fill);
        });
    },
    response: span.rowCount * FILL_RESPONSE_BYTES,
    split: () => {
      if (span.rowCount < 2) return null;
      const top = Math.floor(span.rowCount / 2);
      return [
        fillJob(worksheet, { ...span, rowCount: top }, wanted, out),
        fillJob(
          worksheet,
          { ...span, rowIndex: span.rowIndex + top, rowCount: span.rowCount - top },
          wanted,
          out,
        ),
      ];
    },
  };
}

function noteJob(
  worksheet: Excel.Worksheet,
  cells: readonly ProbeCell[],
  out: Map<string, Annotation[]>,
): SyncJob {
  return {
    queue: () => {
      const notes = cells.map((cell) => ({
        a1: cell.a1,
        note: worksheet.notes.getItemOrNullObject(cell.a1).load("content"),
      }));
      return () => {
        for (const { a1, note } of notes) if (!note.isNullObject) add(out, a1, annotationOf("note", note));
      };
    },
    split: () => {
      if (cells.length < 2) return null;
      const half = Math.ceil(cells.length / 2);
      return [noteJob(worksheet, cells.slice(0, half), out), noteJob(worksheet, cells.slice(half), out)];
    },
    bytes: cells.length * (OP_BYTES + 10),
    response: cells.length * NOTE_RESPONSE_BYTES,
  };
}

function add(map: Map<string, Annotation[]>, a1: string, annotation: Annotation): void {
  const list = map.get(a1) ?? [];
  list.push(annotation);
  map.set(a1, list);
}
