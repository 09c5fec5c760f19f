import { useEffect, useState } from "react";
import type { SystemScheme } from "../logic/paneTheme";

const DARK = "(prefers-color-scheme: dark)";
const FORCED = "(forced-colors: active)";

function matches(query: string): boolean {
  return (
    typeof window !== "undefined" &&
    typeof window.matchMedia === "function" &&
    window.matchMedia(query).matches
  );
}

function current(): SystemScheme {
  return { prefersDark: matches(DARK), forcedColors: matches(FORCED) };
}

/** The system's colour scheme and forced colours, followed as they change (the user switches to dark mode). */
export function useSystemScheme(): SystemScheme {
  const [scheme, setScheme] = useState<SystemScheme>(current);
  useEffect(() => {
    if (typeof window === "undefined" || typeof window.matchMedia !== "function") return undefined;
    const lists = [DARK, FORCED].map((query) => window.matchMedia(query));
    const update = () =>
      setScheme((was) => {
        const now = current();
        return now.prefersDark === was.prefersDark && now.forcedColors === was.forcedColors ? was : now;
      });
    // Safari before 14 (older Excel for Mac web views) has only the deprecated addListener
    const listen = (list: MediaQueryList, on: boolean) => {
      if (typeof list.addEventListener === "function") {
        if (on) list.addEventListener("change", update);
        else list.removeEventListener("change", update);
      } else if (on) list.addListener(update);
      else list.removeListener(update);
    };
    for (const list of lists) listen(list, true);
    update();
    return () => {
      for (const list of lists) listen(list, false);
    };
  }, []);
  return scheme;
}
