/**
 * Rows of a CSV text (RFC 4180: quoted fields may hold separators, quotes doubled, line breaks). The
 * separator is "," or ";" — whichever the first line uses more (Excel saves ";" in Ukrainian and Bulgarian
 * settings); a leading byte-order mark is dropped. Rows that are entirely empty are skipped.
 */
export function parseCsv(text: string): string[][] {
  const source = text.replace(/^\ufeff/, "");
  const firstLine = source.slice(0, source.search(/\r?\n|$/));
  const separator = count(firstLine, ";") > count(firstLine, ",") ? ";" : ",";
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] ?? "";
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === separator) {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && source[i + 1] === "\n") i++;
      row.push(field);
      pushRow(rows, row);
      row = [];
      field = "";
    } else field += ch;
  }
  row.push(field);
  pushRow(rows, row);
  return rows;
}

function pushRow(rows: string[][], row: string[]): void {
  if (row.some((cell) => cell.trim() !== "")) rows.push(row);
}

function count(text: string, ch: string): number {
  let n = 0;
  for (const c of text) if (c === ch) n++;
  return n;
}
