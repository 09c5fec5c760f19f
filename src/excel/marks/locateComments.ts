import { cellAddress } from "../../engine";
import { parseAreasAddress } from "../read/parseAreasAddress";
import { OP_BYTES } from "../requests/requestBytes";
import { syncJobs, type SyncJob } from "../requests/syncJobs";
import { annotationOf, type Annotation } from "./Annotation";

/** Comments whose location one job asks for. */
const CHUNK = 500;

/**
 * Threaded comments by sheet id and cell ("id|E12"). A comment does not say where it is until asked
 * (`getLocation()`), so this costs a round trip — only when the workbook has comments at all; all locations
 * are asked for in that one batch (split only where a request would pass Excel for the web's limit).
 */
export async function locateComments(
  context: Excel.RequestContext,
  comments: Excel.CommentCollection,
  budget: number,
): Promise<Map<string, Annotation>> {
  const located = new Map<string, Annotation>();
  const jobs: SyncJob[] = [];
  for (let i = 0; i < comments.items.length; i += CHUNK)
    jobs.push(locateJob(comments.items.slice(i, i + CHUNK), located));
  await syncJobs(context, jobs, budget);
  return located;
}

function locateJob(items: readonly Excel.Comment[], located: Map<string, Annotation>): SyncJob {
  return {
    queue: () => {
      const locations = items.map((comment) => {
        const range = comment.getLocation().load("address");
        const worksheet = range.worksheet.load("id");
        return { comment, range, worksheet };
      });
      return () => {
        for (const { comment, range, worksheet } of locations) {
          const area = parseAreasAddress(range.address)?.[0];
          if (area !== undefined)
            located.set(
              `${worksheet.id}|${cellAddress(area.rowIndex, area.colIndex)}`,
              annotationOf("comment", comment),
            );
        }
      };
    },
    split: () => {
      if (items.length < 2) return null;
      const half = Math.ceil(items.length / 2);
      return [locateJob(items.slice(0, half), located), locateJob(items.slice(half), located)];
    },
    bytes: items.length * OP_BYTES * 2,
  };
}
