import type { ErrorText } from "./describeError";

/** A failure shown above the pane in the user's language, with the way to dismiss it (null: it stays). */
export type PaneAlert = {
  readonly id: string;
  readonly text: ErrorText;
  readonly dismiss: (() => void) | null;
};
