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

export function noteAnnotation(note: Excel.Note): Annotation {
  return {
    kind: "note",
    content: note.content,
    remove: () => note.delete(),
    update: (text) => {
      note.content = text;
    },
  };
}

export function commentAnnotation(comment: Excel.Comment): Annotation {
  return {
    kind: "comment",
    content: comment.content,
    remove: () => comment.delete(),
    update: (text) => {
      comment.content = text;
    },
  };
}
