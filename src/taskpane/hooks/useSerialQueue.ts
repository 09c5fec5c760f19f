import { useCallback, useRef } from "react";

export type Enqueue = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * Runs host operations one after another, in the order they were asked for: a read, the marks for its
 * result and a "Clear marks" never overlap in the workbook, and older marks never land after newer ones.
 */
export function useSerialQueue(): Enqueue {
  const tail = useRef<Promise<unknown>>(Promise.resolve());
  return useCallback(<T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.current.then(task, task);
    tail.current = run.catch(() => undefined);
    return run;
  }, []);
}
