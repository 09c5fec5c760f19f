import { cellAddress } from "../../engine";
import { parseAreasAddress } from "../read/parseAreasAddress";
import { commentAnnotation, type Annotation } from "./Annotation";

/**
 * Threaded comments by sheet id and cell ("id|E12"). A comment does not say where it is until asked
 * (`getLocation()`), so this costs one round trip — only when the workbook has comments at all; all locations
 * are asked for in that one batch.
 */
export async function locateComments(
  context: Excel.RequestContext,
  comments: Excel.CommentCollection,
): Promise<Map<string, Annotation>> {
  const located = new Map<string, Annotation>();
  if (comments.items.length === 0) return located;
  const locations = comments.items.map((comment) => {
    const range = comment.getLocation().load("address");
    const worksheet = range.worksheet.load("id");
    return { comment, range, worksheet };
  });
  await context.sync();
  for (const { comment, range, worksheet } of locations) {
    const area = parseAreasAddress(range.address)?.[0];
    if (area !== undefined) {
      located.set(`${worksheet.id}|${cellAddress(area.rowIndex, area.colIndex)}`, commentAnnotation(comment));
    }
  }
  return located;
}
