/**
 * @jest-environment node
 */
import { DEFAULT_SETTINGS, parseSettings, type Settings } from "../../../src/engine";
import {
  fieldLevel,
  ruleChoice,
  toFieldLevel,
  wholeNumber,
  withColumn,
  withFieldLevel,
  withMaxIssues,
  withPeriod,
  withRule,
} from "../../../src/taskpane/logic/settingsEdits";

const valid = (settings: Settings): Settings => {
  const parsed = parseSettings(settings);
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  return parsed.settings;
};

describe("settings edits", () => {
  it.each([
    {
      field: "responsible",
      level: "ignored",
      required: ["deadline", "indicator"],
      recommended: ["financing", "targetValue"],
    },
    {
      field: "financing",
      level: "required",
      required: ["responsible", "deadline", "indicator", "financing"],
      recommended: ["targetValue"],
    },
    {
      field: "status",
      level: "recommended",
      required: ["responsible", "deadline", "indicator"],
      recommended: ["financing", "targetValue", "status"],
    },
  ] as const)("makes $field $level", ({ field, level, required, recommended }) => {
    const next = valid(withFieldLevel(DEFAULT_SETTINGS, field, level));
    expect(next.requiredFields).toEqual(required);
    expect(next.recommendedFields).toEqual(recommended);
    expect(fieldLevel(next, field)).toBe(level);
  });

  it("sets and removes column corrections, dropping sheets left without any", () => {
    const one = valid(withColumn(DEFAULT_SETTINGS, "План", "deadline", "E"));
    expect(one.columns).toEqual({ План: { deadline: "E" } });
    const two = valid(withColumn(one, "План", "indicator", "F"));
    expect(two.columns).toEqual({ План: { deadline: "E", indicator: "F" } });
    expect(
      valid(withColumn(withColumn(two, "План", "deadline", null), "План", "indicator", null)).columns,
    ).toEqual({});
  });

  it("sets the period, the cap and rule overrides, and restores defaults", () => {
    const edited = valid(
      withRule(
        withMaxIssues(withPeriod(DEFAULT_SETTINGS, { startYear: 2024, endYear: 2027 }), 50),
        "vague-indicator",
        "off",
      ),
    );
    expect(edited).toMatchObject({
      planPeriod: { startYear: 2024, endYear: 2027 },
      maxIssues: 50,
      rules: { "vague-indicator": "off" },
    });
    expect(valid(withRule(withPeriod(edited, null), "vague-indicator", null))).toMatchObject({
      planPeriod: null,
      rules: {},
    });
  });

  it("never changes the settings it was given", () => {
    const before = JSON.stringify(DEFAULT_SETTINGS);
    withColumn(
      withFieldLevel(withRule(DEFAULT_SETTINGS, "numbering-gap", "info"), "status", "required"),
      "A",
      "measure",
      "B",
    );
    expect(JSON.stringify(DEFAULT_SETTINGS)).toBe(before);
  });

  it.each([
    { text: "2024", value: 2024 },
    { text: " 12 ", value: 12 },
    { text: "", value: Number.NaN },
    { text: "20.5", value: Number.NaN },
    { text: "-3", value: Number.NaN },
  ])("reads “$text” typed into a number field as $value", ({ text, value }) => {
    expect(wholeNumber(text)).toBe(value);
  });

  it("reads picker values and rejects unknown ones", () => {
    expect([ruleChoice("off"), ruleChoice("warning"), ruleChoice(""), ruleChoice("bogus")]).toEqual([
      "off",
      "warning",
      null,
      null,
    ]);
    expect([toFieldLevel("required"), toFieldLevel("optional")]).toEqual(["required", null]);
  });
});
