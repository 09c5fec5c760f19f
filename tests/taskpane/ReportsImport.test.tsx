import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { validateWorkbook } from "../../src/engine";
import { Consolidator } from "../../src/engine/consolidate";
import { t } from "../../src/i18n/translate";
import { executorNames, sourceLabel } from "../../src/report/consolidationLabels";
import { describeProblem } from "../../src/report/describeProblem";
import { fakeHost } from "./helpers/fakeHost";
import {
  anonymousReturn,
  expectedConsolidation,
  manualReader,
  plan000,
  renderReports,
  RETURN_NAMES,
  returnFiles,
} from "./helpers/reportsFixture";

const en = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]): string => t("en", key, params);
const grid = plan000();
const expected = expectedConsolidation(grid);
const name = executorNames(expected);

function addReturns(files: File[]): void {
  fireEvent.change(screen.getByLabelText(en("pane.returns.add")), { target: { files } });
}

function fileItem(fileName: string): HTMLElement {
  return screen.getByRole("listitem", { name: fileName });
}

describe("Reports tab: importing returns", () => {
  it("reads returns chosen together and says per file whose it is, how that was found and how it matched", async () => {
    renderReports({ host: fakeHost({ grid, kind: "file" }) });
    addReturns(returnFiles());
    for (const file of expected.files) {
      const item = await waitFor(() => {
        const found = fileItem(file.file);
        expect(found.textContent).toContain(
          en("pane.file.rows", {
            reported: file.reportRows,
            matched: file.matchedRows,
            unmatched: file.unmatchedRows,
          }),
        );
        return found;
      });
      expect(item.textContent).toContain(
        en("pane.file.executor", { name: name(file.executor), how: en("pane.file.by.responsible") }),
      );
      const problems = expected.problems.filter((p) => p.file === file.file);
      // each problem of the file is listed in words, not only counted
      for (const problem of problems)
        expect(item.textContent).toContain(describeProblem(problem, "en", name));
      expect(item.textContent).toContain(
        en("pane.file.problems", {
          errors: problems.filter((p) => p.severity === "error").length,
          warnings: problems.filter((p) => p.severity === "warning").length,
        }),
      );
    }
    expect(RETURN_NAMES).toHaveLength(5);
  });

  it("previews matched, new, conflicting, unmatched and missing before anything is written", async () => {
    const host = fakeHost({ grid, kind: "file" });
    renderReports({ host });
    addReturns(returnFiles());
    const preview = await screen.findByRole("region", { name: en("pane.preview.title") });
    const count = (key: "matched" | "unexpected" | "conflicts" | "unmatched" | "missing", value: number) =>
      en("pane.preview.count", { label: en(`pane.preview.${key}`), count: value });
    const sum = (pick: (m: (typeof expected.measures)[number]) => number) =>
      expected.measures.reduce((total, m) => total + pick(m), 0);
    await waitFor(() => expect(within(preview).getByText(count("matched", 36))).toBeTruthy());
    expect(within(preview).getByText(count("conflicts", 1))).toBeTruthy();
    expect(within(preview).getByText(count("unmatched", 1))).toBeTruthy();
    expect(
      within(preview).getByText(
        count(
          "unexpected",
          sum((m) => m.unexpected.length),
        ),
      ),
    ).toBeTruthy();
    expect(
      within(preview).getByText(
        count(
          "missing",
          sum((m) => m.missing.length),
        ),
      ),
    ).toBeTruthy();

    fireEvent.click(within(preview).getByRole("button", { name: en("pane.preview.byExecutor") }));
    const construction = expected.executors.find((e) => /будівництва/.test(e.name))!;
    const row = within(preview).getByRole("listitem", { name: construction.name });
    expect(row.textContent).toContain(en("pane.preview.executorCounts", { reported: 0, expected: 4 }));
    expect(row.textContent).toContain(
      en("pane.preview.count", { label: en("pane.preview.missing"), count: 4 }),
    );
    expect(row.textContent).toContain(en("pane.preview.noFile"));

    fireEvent.click(within(preview).getByRole("button", { name: en("pane.preview.byMeasure") }));
    const measures = within(preview).getByRole("list", { name: en("pane.preview.byMeasure") });
    const conflict = within(measures)
      .getAllByRole("listitem")
      .filter((item) => item.textContent?.includes(en("pane.preview.conflict")));
    expect(conflict.map((item) => item.textContent?.slice(0, 6))).toEqual(["15/2 ·"]);
    // the conflict shows who disagrees with themselves, where, and the values that differ
    const [clash] = expected.conflicts;
    expect(clash).toBeDefined();
    const said = conflict[0]!.textContent ?? "";
    expect(said).toContain(name(clash!.executor));
    const reports = expected.measures.flatMap((m) => m.reports);
    for (const row of clash!.rows) {
      expect(said).toContain(sourceLabel(row));
      const report = reports.find((r) => r.file === row.file && r.sheet === row.sheet && r.row === row.row)!;
      if (clash!.fields.includes("status")) expect(said).toContain(`“${report.statusRaw.trim()}”`);
      if (clash!.fields.includes("value") && report.valueRaw !== null)
        expect(said).toContain(`“${String(report.valueRaw)}”`);
    }
    expect(host.saveSettings).not.toHaveBeenCalled();
  });

  it("shows progress and reads one file at a time, giving the page a turn between files", async () => {
    const reader = manualReader();
    renderReports({ host: fakeHost({ grid, kind: "file" }), reader });
    addReturns(returnFiles().slice(0, 3));
    const [first, second, third] = RETURN_NAMES;
    await waitFor(() => expect(reader.waiting()).toBe(1));
    const progress = (done: number) => en("pane.returns.progress", { done, total: 3 });
    expect(screen.getByRole("progressbar", { name: progress(0) })).toBeTruthy();
    expect(screen.getByRole("status").textContent).toBe(en("pane.returns.progress", { done: 0, total: 3 }));
    expect(within(fileItem(first!)).getByText(en("pane.file.reading"))).toBeTruthy();
    expect(within(fileItem(second!)).getByText(en("pane.file.waiting"))).toBeTruthy();
    await act(() => reader.settle());
    expect(screen.getByRole("status").textContent).toBe(en("pane.returns.progress", { done: 1, total: 3 }));
    expect(reader.waiting()).toBe(1);
    expect(within(fileItem(third!)).getByText(en("pane.file.waiting"))).toBeTruthy();
    await act(() => reader.settle());
    await act(() => reader.settle());
    await waitFor(() => expect(screen.queryByRole("status")).toBeNull());
    expect(screen.queryAllByRole("progressbar")).toEqual([]);
  });

  it("says why a file is not a return it can read, and goes on with the others", async () => {
    renderReports({ host: fakeHost({ grid, kind: "file" }) });
    addReturns([new File([], "empty.xlsx"), returnFiles()[0]!]);
    const item = await waitFor(() => {
      const found = fileItem("empty.xlsx");
      expect(within(found).getByRole("alert")).toBeTruthy();
      return found;
    });
    expect(item.textContent).toContain(`${en("pane.file.failed")}: ${en("pane.error.file.empty")}`);
    await waitFor(() =>
      expect(fileItem(RETURN_NAMES[0]!).textContent).toContain(
        en("pane.file.rows", {
          reported: 8,
          matched: 8,
          unmatched: 0,
        }),
      ),
    );
  });

  it("lets the user choose the executor of a file PlanCheck cannot attribute, likely ones first", async () => {
    const reader = manualReader();
    const { plan } = validateWorkbook(grid);
    const anonymous = anonymousReturn(grid);
    const alone = new Consolidator(plan);
    alone.addPrepared(anonymous);
    const unknown = alone.finish();
    expect(unknown.files[0]!.executor).toBeNull();
    const candidates = unknown.problems.find((p) => p.code === "executor-unknown")!.params as {
      candidates: readonly string[];
    };
    const [likely] = candidates.candidates;

    renderReports({ host: fakeHost({ grid, kind: "file" }), reader });
    addReturns([new File(["x"], "zvit.xlsx")]);
    await waitFor(() => expect(reader.waiting()).toBe(1));
    await act(() => reader.settle(anonymous));
    const item = fileItem("zvit.xlsx");
    expect(item.textContent).toContain(en("pane.file.unknown"));
    const picker = within(item).getByRole("combobox", { name: en("pane.file.pick") });
    const options = within(picker)
      .getAllByRole("option")
      .map((o) => o.textContent);
    expect(options[1]).toBe(en("pane.file.pickCandidate", { name: likely! }));
    const entry = unknown.roster.entries.find((e) => e.name === likely)!;
    fireEvent.change(picker, { target: { value: entry.id } });
    await waitFor(() =>
      expect(fileItem("zvit.xlsx").textContent).toContain(
        en("pane.file.executor", { name: likely!, how: en("pane.file.by.chosen") }),
      ),
    );
    expect(screen.queryByText(en("pane.file.unknown"))).toBeNull();
  });
});
