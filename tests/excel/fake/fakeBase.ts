import { parseCellAddress, type CellRange } from "../../../src/engine";
import type { FakeContext } from "./FakeContext";
import { FakeSheet, officeError } from "./FakeWorkbook";

export type Rect = CellRange;
export type Resolved<T> = () => T | null;

/** UTF-8 bytes of a value's JSON: what it adds to a request or response (Cyrillic text counts double). */
export const bytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value ?? null), "utf8");
/** The request bytes of an operation's arguments. */
export const size = bytes;
export const props = (names: string | string[]): string[] =>
  (Array.isArray(names) ? names : names.split(",")).map((n) => n.trim()).filter(Boolean);

/** Base of every proxy: loaded properties throw until a sync delivered them, like PropertyNotLoaded. */
export class Proxy {
  protected readonly loaded = new Map<string, unknown>();
  protected nullState: boolean | undefined;
  constructor(protected readonly ctx: FakeContext) {}

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw new Error("isNullObject read before sync");
    return this.nullState;
  }

  protected loadedValue<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new Error(`PropertyNotLoaded: ${this.constructor.name}.${prop}`);
    return this.loaded.get(prop) as T;
  }

  protected queueLoad(name: string, names: string[], compute: () => Record<string, unknown> | null): this {
    this.ctx.enqueue({
      name,
      request: 0,
      write: false,
      run: () => {
        const values = compute();
        return {
          response: values,
          commit: () => {
            this.nullState = values === null;
            for (const n of names) this.loaded.set(n, values === null ? null : values[n]);
          },
        };
      },
    });
    return this;
  }

  /** Queues a change; `echo: false` for changes that are not workbook content (events, selection). */
  protected write(
    name: string,
    run: () => void,
    extra: { sheet?: string; cells?: number; request?: number; echo?: boolean } = {},
  ): void {
    const { echo = true, ...rest } = extra;
    this.ctx.enqueue({ name, write: echo, request: rest.request ?? 0, ...rest, run: () => void run() });
  }
}

export function requireSheet(resolve: Resolved<FakeSheet>): FakeSheet {
  const sheet = resolve();
  if (!sheet) throw officeError("ItemNotFound");
  return sheet;
}

export function unprotected(sheet: FakeSheet): FakeSheet {
  if (sheet.protected) throw officeError("AccessDenied", "You cannot perform the requested operation.");
  return sheet;
}

export function cellsOf(rect: Rect): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let r = rect.rowIndex; r <= rect.lastRowIndex; r++)
    for (let c = rect.colIndex; c <= rect.lastColIndex; c++) out.push([r, c]);
  return out;
}

export function parseArea(text: string): Rect {
  const [a, b] = text.trim().split(":");
  const start = parseCellAddress(a ?? "");
  const end = parseCellAddress(b ?? a ?? "");
  if (!start || !end) throw officeError("InvalidArgument", `Bad address ${text}`);
  return {
    rowIndex: start.rowIndex,
    colIndex: start.colIndex,
    lastRowIndex: end.rowIndex,
    lastColIndex: end.colIndex,
  };
}

export const intersects = (a: Rect, b: Rect): boolean =>
  a.rowIndex <= b.lastRowIndex &&
  b.rowIndex <= a.lastRowIndex &&
  a.colIndex <= b.lastColIndex &&
  b.colIndex <= a.lastColIndex;
