import "./browserShims";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, type RenderResult } from "@testing-library/react";
import type { ReactElement } from "react";
import type { Locale } from "../../../src/i18n/Locale";
import { makeText } from "../../../src/taskpane/text/makeText";
import { TextContext } from "../../../src/taskpane/text/TextContext";

/** Renders a pane component the way the app does: Fluent theme and the strings of `locale`. */
export function renderPane(ui: ReactElement, locale: Locale = "en"): RenderResult {
  return render(
    <FluentProvider theme={webLightTheme}>
      <TextContext.Provider value={makeText(locale)}>{ui}</TextContext.Provider>
    </FluentProvider>,
  );
}
