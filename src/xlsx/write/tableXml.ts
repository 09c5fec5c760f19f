import type { CellValue } from "../../engine";
import { rangeRef } from "../ooxml/cellRefs";
import { xmlAttr } from "../ooxml/escapeXml";
import { NS, XML_DECLARATION } from "../ooxml/namespaces";
import type { TableSpec } from "../WorkbookSpec";

/** A table part (ListObject); `headers` are the texts of the table's first row (checked beforehand). */
export function tableXml(id: number, table: TableSpec, headers: readonly CellValue[]): string {
  const ref = rangeRef(table.range);
  const columns = headers.map(
    (header, i) => `<tableColumn id="${i + 1}" name="${xmlAttr(String(header))}"/>`,
  );
  const stripes = table.rowStripes === false ? 0 : 1;
  return (
    `${XML_DECLARATION}<table xmlns="${NS.main}" id="${id}" name="${xmlAttr(table.name)}" ` +
    `displayName="${xmlAttr(table.name)}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${columns.length}">${columns.join("")}</tableColumns>` +
    `<tableStyleInfo name="${xmlAttr(table.style ?? "TableStyleMedium2")}" showFirstColumn="0" ` +
    `showLastColumn="0" showRowStripes="${stripes}" showColumnStripes="0"/></table>`
  );
}
