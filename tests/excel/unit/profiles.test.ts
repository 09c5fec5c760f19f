import { PROFILE_NAMES, PROFILES } from "../fake/profiles";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require("../../../jest.config.js") as { projects: { displayName: string }[] };

describe("Excel platform profiles", () => {
  it("the adapter's tests run under every profile (one jest project each)", () => {
    const projects = config.projects.map((p) => p.displayName).filter((n) => n.startsWith("excel:"));
    expect(projects).toEqual(PROFILE_NAMES.map((name) => `excel:${name}`));
  });

  it("give Office 2021 ExcelApi 1.14, Office 2024 1.17 and Microsoft 365 the newest set", () => {
    expect(PROFILES["windows-2021"].excelApi).toBe("1.14");
    expect(PROFILES["windows-2024"].excelApi).toBe("1.17");
    expect(PROFILES["mac-2024"].excelApi).toBe("1.17");
    for (const name of ["windows-365", "mac-365", "web"] as const)
      expect(PROFILES[name].excelApi).toBe("1.21");
  });
});
