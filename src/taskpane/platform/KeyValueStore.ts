/** Small string storage for preferences (language) and per-file settings; never leaves the browser. */
export type KeyValueStore = {
  get(key: string): string | null;
  set(key: string, value: string): void;
};

/** Storage in memory only: used in tests and where the browser refuses localStorage. */
export function memoryStore(initial: Record<string, string> = {}): KeyValueStore {
  const values = new Map(Object.entries(initial));
  return {
    get: (key) => values.get(key) ?? null,
    set: (key, value) => void values.set(key, value),
  };
}

/**
 * The browser's localStorage under a "plancheck." prefix, or memory when it is unavailable (private mode,
 * sandboxed frames, storage full): losing a preference must never stop the pane.
 */
export function browserStore(): KeyValueStore {
  const fallback = memoryStore();
  const storage = (): Storage | null => {
    try {
      return globalThis.localStorage ?? null;
    } catch {
      return null;
    }
  };
  return {
    get(key) {
      try {
        return storage()?.getItem(`plancheck.${key}`) ?? fallback.get(key);
      } catch {
        return fallback.get(key);
      }
    },
    set(key, value) {
      fallback.set(key, value);
      try {
        storage()?.setItem(`plancheck.${key}`, value);
      } catch {
        // memory keeps it for this session
      }
    },
  };
}
