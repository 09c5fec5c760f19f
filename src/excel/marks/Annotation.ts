/** A note or threaded comment found on a cell, with the operations a mark write may queue on it. */
export type Annotation = {
  readonly content: string;
  readonly remove: () => void;
  readonly update: (text: string) => void;
};

/** Where messages go on this Excel (see apiSupport.ts). */
export type AnnotationKind = "note" | "comment" | "none";

export function noteAnnotation(note: Excel.Note): Annotation {
  return {
    content: note.content,
    remove: () => note.delete(),
    update: (text) => {
      note.content = text;
    },
  };
}

export function commentAnnotation(comment: Excel.Comment): Annotation {
  return {
    content: comment.content,
    remove: () => comment.delete(),
    update: (text) => {
      comment.content = text;
    },
  };
}
