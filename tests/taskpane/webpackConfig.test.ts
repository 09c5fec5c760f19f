/**
 * @jest-environment node
 */
// The build's own rules: where the manifest's URLs go in production, the page's CSP, and that the bundle
// loads Office.js from Microsoft's CDN with no eval-based code.
import type { Configuration } from "webpack";

type ConfigModule = {
  (env: Record<string, unknown>, argv: { mode: string }): Promise<Configuration>;
  productionBaseUrl: (raw: string | undefined) => string | null;
  contentSecurityPolicy: (officeJsUrl: string) => string;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require("../../webpack.config.js") as ConfigModule;

const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

describe("webpack.config.js", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it.each([
    { raw: undefined, base: null },
    { raw: "  ", base: null },
    { raw: "https://plans.example.gov.ua/plancheck", base: "https://plans.example.gov.ua/plancheck/" },
    { raw: "https://host.example/", base: "https://host.example/" },
  ])("takes PLANCHECK_BASE_URL “$raw” as $base", ({ raw, base }) => {
    expect(config.productionBaseUrl(raw)).toBe(base);
  });

  it.each(["http://plans.example.gov.ua/", "https://host.example/?v=1", "not a url"])(
    "refuses %s as a base URL",
    (raw) => {
      expect(() => config.productionBaseUrl(raw)).toThrow();
    },
  );

  it("allows scripts and connections only to the add-in and Office.js, and no eval", () => {
    const csp = config.contentSecurityPolicy(CDN);
    const directive = (name: string): string => csp.split("; ").find((d) => d.startsWith(`${name} `)) ?? "";
    expect(directive("script-src")).toBe("script-src 'self' https://appsforoffice.microsoft.com");
    expect(directive("connect-src")).toBe("connect-src 'self' https://appsforoffice.microsoft.com");
    expect(directive("default-src")).toBe("default-src 'self'");
    expect(csp).not.toContain("unsafe-eval");
    expect(config.contentSecurityPolicy("assets/office.js")).toContain("script-src 'self';");
  });

  it("builds for production into dist/ with the CDN's Office.js, hashed names and no eval source maps", async () => {
    process.env.PLANCHECK_BASE_URL = "https://plans.example.gov.ua/plancheck/";
    const built = await config({ quiet: true }, { mode: "production" });
    expect(built.mode).toBe("production");
    expect(built.output?.path).toMatch(/[/\\]dist$/);
    expect(built.output?.filename).toContain("[contenthash");
    expect(String(built.devtool)).not.toContain("eval");
    const pages = (built.plugins ?? []).filter(
      (p) => p?.constructor.name === "HtmlWebpackPlugin",
    ) as unknown as {
      userOptions: { filename: string; officeJs: string; csp: string };
    }[];
    expect(pages.map((p) => p.userOptions.filename)).toEqual(["taskpane.html", "commands.html"]);
    for (const page of pages) expect(page.userOptions.officeJs).toBe(CDN);
  });

  it("serves over plain http on request, without certificates", async () => {
    process.env.PLANCHECK_HTTP = "1";
    process.env.PLANCHECK_PORT = "3999";
    const served = (await config({ WEBPACK_SERVE: true }, { mode: "development" })) as Configuration & {
      devServer: { port: number; server: { type: string } };
    };
    expect(served.devServer.port).toBe(3999);
    expect(served.devServer.server.type).toBe("http");
    expect(String(served.devtool)).not.toContain("eval");
  });
});
