import { READ_LIMITS } from "../../engine";
import { limitValue } from "../../xlsx";
import { UnreadableFileError } from "./UnreadableFileError";

/**
 * A file's bytes, with FileReader where Blob.arrayBuffer is missing (older web views). A file over the
 * reading limit is refused before a byte of it is read (no reader would take it, and holding it all could
 * take the tab down).
 */
export function readBlob(file: Blob): Promise<ArrayBuffer> {
  if (file.size > READ_LIMITS.fileBytes) {
    const value = limitValue("fileBytes");
    return Promise.reject(
      new UnreadableFileError("too-large", `The file is larger than ${value} MB, the most PlanCheck reads.`, {
        limit: "fileBytes",
        value,
      }),
    );
  }
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error("The file could not be read."));
    reader.readAsArrayBuffer(file);
  });
}
