import { screen, within } from "@testing-library/react";
import { t } from "../../src/i18n/translate";
import { Summary, type SummaryProps } from "../../src/taskpane/components/Summary";
import { renderPane } from "./helpers/renderPane";

const PROPS: SummaryProps = {
  title: "План заходів на 2024-2025 роки",
  measures: 28,
  counts: {
    error: { listed: 1, total: 1 },
    warning: { listed: 13, total: 13 },
    info: { listed: 0, total: 0 },
  },
  period: { startYear: 2024, endYear: 2025 },
  fileName: null,
};

describe("Summary", () => {
  it("renders the default state", () => {
    const { container } = renderPane(<Summary {...PROPS} />, "uk");
    expect(container.querySelector("section")).toMatchSnapshot();
  });

  it.each([
    { change: { title: null }, text: t("en", "pane.summary.untitled") },
    { change: { period: null }, text: t("en", "pane.summary.periodUnknown") },
    { change: { fileName: "plan.xlsx" }, text: t("en", "pane.summary.file", { name: "plan.xlsx" }) },
    { change: { measures: 3 }, text: t("en", "pane.summary.measures", { count: 3 }) },
  ])("says $text", ({ change, text }) => {
    renderPane(<Summary {...PROPS} {...change} />);
    expect(screen.getByText(new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))).toBeTruthy();
  });

  it("lists the count of every severity, zeros included", () => {
    renderPane(<Summary {...PROPS} />);
    const counts = within(screen.getByRole("list"))
      .getAllByRole("listitem")
      .map((item) => item.textContent);
    expect(counts).toEqual([
      t("en", "pane.count.all", { label: t("en", "pane.severity.error"), count: 1 }),
      t("en", "pane.count.all", { label: t("en", "pane.severity.warning"), count: 13 }),
      t("en", "pane.count.all", { label: t("en", "pane.severity.info"), count: 0 }),
    ]);
  });

  it("says how many of a severity are listed when the cap cut the list", () => {
    renderPane(<Summary {...PROPS} counts={{ ...PROPS.counts, warning: { listed: 327, total: 6944 } }} />);
    expect(screen.getByText("Warnings: 327 of 6,944 listed")).toBeTruthy();
  });
});
