import { joinLabelParts, lowerLabel } from "../../../src/engine/table/labelParts";
import type { HeaderBlock } from "../../../src/engine/table/TableColumns";

describe("labelParts", () => {
  it("joins a two-row label upper first, leaving empty rows out, and gives back its lowest row", () => {
    const labels = [
      joinLabelParts(["Обсяг фінансування", "2025"]),
      joinLabelParts(["", "Строк"]),
      joinLabelParts(["Timeframe", ""]),
    ];
    expect(labels).toEqual(["Обсяг фінансування / 2025", "Строк", "Timeframe"]);
    const header = { labels } as unknown as HeaderBlock;
    expect([0, 1, 2, 3].map((c) => lowerLabel(header, c))).toEqual(["2025", "Строк", "Timeframe", ""]);
  });
});
