import { useCallback, useState, type DragEvent } from "react";

export type FileDrop = {
  readonly dragging: boolean;
  readonly handlers: {
    onDragEnter(event: DragEvent): void;
    onDragOver(event: DragEvent): void;
    onDragLeave(event: DragEvent): void;
    onDrop(event: DragEvent): void;
  };
};

/**
 * Lets the user drop files onto an element; `onFiles` gets every file of the drop. An `isolated` drop zone
 * inside another (the returns area inside the browser-mode pane) keeps its drops to itself.
 */
export function useFileDrop(onFiles: (files: File[]) => void, isolated = false): FileDrop {
  const [dragging, setDragging] = useState(false);
  const carriesFiles = (event: DragEvent): boolean =>
    Array.from(event.dataTransfer?.types ?? []).includes("Files");
  const over = useCallback(
    (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (isolated) event.stopPropagation();
      setDragging(true);
    },
    [isolated],
  );
  const onDragLeave = useCallback((event: DragEvent) => {
    if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
    setDragging(false);
  }, []);
  const onDrop = useCallback(
    (event: DragEvent) => {
      event.preventDefault();
      if (isolated) event.stopPropagation();
      setDragging(false);
      const files = Array.from(event.dataTransfer?.files ?? []);
      if (files.length > 0) onFiles(files);
    },
    [onFiles, isolated],
  );
  return { dragging, handlers: { onDragEnter: over, onDragOver: over, onDragLeave, onDrop } };
}
