import { useCallback, useState } from "react";
import { useChecker } from "../check/CheckerContext";
import { createFileHost, type FileHost } from "../platform/createFileHost";
import type { KeyValueStore } from "../platform/KeyValueStore";
import { readBlob } from "../platform/readBlob";

export type OpenedFile = { readonly host: FileHost; readonly id: number };

/** The workbook file opened in the browser mode; opening another replaces it. */
export function useFileHost(
  store: KeyValueStore,
  language: string | null,
): { opened: OpenedFile | null; opening: boolean; error: unknown; open: (file: File) => Promise<void> } {
  const [opened, setOpened] = useState<OpenedFile | null>(null);
  const [opening, setOpening] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const checker = useChecker();

  const open = useCallback(
    async (file: File) => {
      setOpening(true);
      setError(null);
      try {
        const bytes = new Uint8Array(await readBlob(file));
        const host = createFileHost({ name: file.name, bytes }, { language, store, read: checker.readFile });
        setOpened((previous) => ({ host, id: (previous?.id ?? 0) + 1 }));
      } catch (failure) {
        setError(failure);
      } finally {
        setOpening(false);
      }
    },
    [store, language, checker],
  );
  return { opened, opening, error, open };
}
