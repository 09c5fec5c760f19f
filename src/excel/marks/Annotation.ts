/** A note or threaded comment found on a cell, with the operations a mark write may queue on it. */
export type Annotation = {
  readonly kind: "note" | "comment";
  readonly content: string;
  readonly remove: () => void;
  readonly update: (text: string) => void;
};

/**
 * Where messages go on this Excel (see apiSupport.ts). A cell holds a note or a threaded comment, not both
 * (Range.AddCommentThreaded "adds a new modern threaded comment to the range if no comment already exists",
 * Excel VBA reference), so both kinds are looked for before either is added.
 */
export type AnnotationKind = "note" | "comment" | "none";

/** A note (ExcelApi 1.18) or a threaded comment (1.10) found on a cell, loaded with its content. */
export function annotationOf(kind: "note" | "comment", item: Excel.Note | Excel.Comment): Annotation {
  return {
    kind,
    content: item.content,
    remove: () => item.delete(),
    update: (text) => {
      item.content = text;
    },
  };
}
