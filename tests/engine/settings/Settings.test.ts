import { DEFAULT_SETTINGS, parseSettings } from "../../../src/engine/settings/Settings";

describe("parseSettings", () => {
  it("fills in the defaults", () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      requiredFields: ["responsible", "deadline", "indicator"],
      planPeriod: null,
      maxIssues: 1000,
    });
  });

  it.each([
    { input: { requiredFields: ["responsible", "colour"] }, problem: "requiredFields.1" },
    { input: { planPeriod: { startYear: 2027, endYear: 2024 } }, problem: "planPeriod" },
    { input: { maxIssues: 0 }, problem: "maxIssues" },
    { input: { columns: { План: { deadline: "5" } } }, problem: "columns.План.deadline" },
    { input: { requiredFeilds: [] }, problem: "(settings)" },
  ])("names the offending key: $problem", ({ input, problem }) => {
    const result = parseSettings(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join("\n")).toContain(problem);
  });

  it("accepts column letters in any case", () => {
    const result = parseSettings({ columns: { План: { deadline: "e" } } });
    expect(result.ok && result.settings.columns).toEqual({ План: { deadline: "E" } });
  });
});

describe("DEFAULT_SETTINGS", () => {
  it("equals what the schema makes of an empty object (it is kept as plain data to spare loading zod)", () => {
    const parsed = parseSettings({});
    expect(parsed.ok && parsed.settings).toEqual(DEFAULT_SETTINGS);
  });
});
