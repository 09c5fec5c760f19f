import { useContext } from "react";
import type { Text } from "./makeText";
import { TextContext } from "./TextContext";

/** The strings of the pane's current language. */
export function useText(): Text {
  return useContext(TextContext);
}
