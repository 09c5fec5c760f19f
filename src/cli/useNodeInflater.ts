import { inflateRawSync } from "node:zlib";
import { useRawInflater } from "../xlsx";

/**
 * Workbook parts in this thread are inflated by Node's zlib (native, several times faster than the
 * browser's fflate), stopped by zlib itself as soon as a part passes its declared size
 * (`maxOutputLength`), so a zip bomb that lies about its sizes costs no more time or memory than with fflate.
 */
export function useNodeInflater(): void {
  useRawInflater((compressed, maxBytes) => {
    try {
      return inflateRawSync(compressed, { maxOutputLength: Math.max(1, maxBytes) });
    } catch (error) {
      if ((error as { readonly code?: unknown }).code === "ERR_BUFFER_TOO_LARGE") return null;
      throw error;
    }
  });
}
