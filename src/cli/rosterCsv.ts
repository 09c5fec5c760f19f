import type { ExecutorEntry } from "../engine";
import type { TemplateFile } from "../report";

/**
 * The roster as a UTF-8 CSV that Excel opens directly (byte-order mark, "," separated, fields quoted):
 * `id,executor,aliases,file,template,measures` — `file` left for the coordinator to fill in with the name of
 * each returned workbook. parseRosterCsv reads it back.
 */
export function rosterCsv(entries: readonly ExecutorEntry[], templates: readonly TemplateFile[]): string {
  const byId = new Map(templates.map((template) => [template.entry.id, template]));
  const lines = [["id", "executor", "aliases", "file", "template", "measures"]];
  for (const entry of entries) {
    const template = byId.get(entry.id);
    lines.push([
      entry.id,
      entry.name,
      entry.aliases.join("|"),
      entry.file ?? "",
      template?.fileName ?? "",
      String(template?.measures.length ?? 0),
    ]);
  }
  return `\ufeff${lines.map((fields) => fields.map(quote).join(",")).join("\r\n")}\r\n`;
}

/** Quoted when needed; text that Excel would take for a formula gets a leading apostrophe (read back off). */
function quote(field: string): string {
  const safe = /^[=+@-]/.test(field) ? `'${field}` : field;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
