import type { Text } from "../../text/makeText";
import type { ConflictPreview } from "./conflictsOf";

/** A conflict in words: who and in what ("Відділ освіти reported differently (status, value)"), then each report. */
export function conflictWords(text: Text, conflict: ConflictPreview): { title: string; rows: string[] } {
  const field = (name: string): string => text.ui(`consolidate.field.${name as "status" | "value" | "text"}`);
  return {
    title: text.ui("pane.preview.conflictBy", {
      executor: conflict.executor,
      fields: conflict.fields.map(field).join(", "),
    }),
    rows: conflict.reports.map((report) =>
      text.ui("pane.preview.conflictRow", {
        source: report.source,
        values: report.values
          .map(({ field: name, value }) =>
            text.ui("pane.preview.conflictValue", {
              field: field(name),
              value: value === "" ? text.ui("pane.preview.conflictEmpty") : value,
            }),
          )
          .join("; "),
      }),
    ),
  };
}
