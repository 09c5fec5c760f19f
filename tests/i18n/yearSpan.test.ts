import { yearSpan } from "../../src/i18n";

describe("yearSpan", () => {
  it("writes one year alone and several as a span", () => {
    expect(yearSpan({ startYear: 2026, endYear: 2026 })).toBe("2026");
    expect(yearSpan({ startYear: 2024, endYear: 2027 })).toBe("2024–2027");
  });
});
