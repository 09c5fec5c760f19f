import { createContext } from "react";
import { makeText, type Text } from "./makeText";

/** The pane's language; components read their strings from here, never from literals. */
export const TextContext = createContext<Text>(makeText("en"));
