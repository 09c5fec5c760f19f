// Issue 12 item 11: the release build refuses to run without the production URL and a support contact
// (`npm run build` keeps working for development and tests), and support.html names the ribbon button as the
// manifest labels it, in uk, bg and en, with whom to contact.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { t } from "../../src/i18n/translate";

const ROOT = join(__dirname, "..", "..");
type Contact = { href: string; text: string } | null;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require("../../webpack.config.js") as {
  (env: Record<string, unknown>, argv: { mode: string }): Promise<{ plugins?: unknown[] }>;
  supportContact: (raw: string | undefined) => Contact;
  renderSupportPage: (html: string, contact: Contact) => string;
};
const packageJson = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  scripts: Record<string, string>;
};
const SUPPORT = readFileSync(join(ROOT, "src/taskpane/support.html"), "utf8");
const MANIFEST = new DOMParser().parseFromString(
  readFileSync(join(ROOT, "manifest.xml"), "utf8"),
  "application/xml",
);

const VARS = ["PLANCHECK_BASE_URL", "PLANCHECK_SUPPORT_CONTACT"];
function runRelease(env: Record<string, string>) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !VARS.includes(k)));
  return spawnSync(process.execPath, [join(ROOT, "scripts/build-release.js")], {
    cwd: ROOT,
    env: { ...clean, ...env },
    encoding: "utf8",
  });
}

describe("the release build", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it("is npm run build:release; npm run build stays the plain production build", () => {
    expect(packageJson.scripts["build:release"]).toBe("node scripts/build-release.js");
    expect(packageJson.scripts.build).toBe("webpack --mode production");
  });

  it.each([
    [{}, ["PLANCHECK_BASE_URL is not set", "PLANCHECK_SUPPORT_CONTACT is not set"]],
    [{ PLANCHECK_SUPPORT_CONTACT: "plancheck@example.gov.ua" }, ["PLANCHECK_BASE_URL is not set"]],
    [{ PLANCHECK_BASE_URL: "https://plans.example.gov.ua/" }, ["PLANCHECK_SUPPORT_CONTACT is not set"]],
    [
      {
        PLANCHECK_BASE_URL: "http://plans.example.gov.ua/",
        PLANCHECK_SUPPORT_CONTACT: "javascript:alert(1)",
      },
      ["must be an https URL", "must be an e-mail address or an https URL"],
    ],
  ])("refuses to start with %j, building nothing", (env, messages) => {
    const run = runRelease(env);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("nothing was built");
    for (const message of messages) expect(run.stderr).toContain(message);
    expect(run.stdout).not.toContain("webpack");
  });

  it("refuses in the webpack config too (webpack --env release without the script)", async () => {
    delete process.env.PLANCHECK_BASE_URL;
    process.env.PLANCHECK_SUPPORT_CONTACT = "plancheck@example.gov.ua";
    await expect(config({ release: true }, { mode: "production" })).rejects.toThrow(/PLANCHECK_BASE_URL/);
    process.env.PLANCHECK_BASE_URL = "https://plans.example.gov.ua/plancheck/";
    delete process.env.PLANCHECK_SUPPORT_CONTACT;
    await expect(config({ release: true }, { mode: "production" })).rejects.toThrow(
      /PLANCHECK_SUPPORT_CONTACT/,
    );
    process.env.PLANCHECK_SUPPORT_CONTACT = "https://support.example.gov.ua/plancheck";
    await expect(config({ release: true }, { mode: "production" })).resolves.toBeTruthy();
  });
});

describe("support.html", () => {
  const page = new DOMParser().parseFromString(SUPPORT, "text/html");
  const section = (lang: string): Element => page.querySelector(`section[lang="${lang}"]`)!;
  /** The ribbon button's label in the manifest, by Office locale ("" = the default, English). */
  const buttonLabel = (locale: string): string => {
    const label = Array.from(MANIFEST.getElementsByTagName("bt:String")).find(
      (s) => s.getAttribute("id") === "OpenPane.Label",
    )!;
    if (locale === "") return label.getAttribute("DefaultValue")!;
    return Array.from(label.getElementsByTagName("bt:Override"))
      .find((o) => o.getAttribute("Locale") === locale)!
      .getAttribute("Value")!;
  };

  it.each([
    ["en", "", "en"],
    ["uk", "uk-UA", "uk"],
    ["bg", "bg-BG", "bg"],
  ] as const)(
    "in %s names the button and Clear marks as Excel and the pane label them",
    (lang, locale, ui) => {
      const bold = Array.from(section(lang).querySelectorAll("b")).map((b) => b.textContent);
      expect(bold).toEqual([buttonLabel(locale), t(ui, "pane.toolbar.clearMarks")]);
      expect(section(lang).textContent).not.toMatch(
        /button\s+PlanCheck|кнопкою\s+PlanCheck|бутона\s+PlanCheck/,
      );
    },
  );

  it("says whom to contact in every language: the deployment's contact, as a link, in a release build", () => {
    for (const lang of ["en", "uk", "bg"])
      expect(section(lang).querySelector(".contact")?.textContent).toMatch(/PlanCheck/);
    const contact = config.supportContact("plancheck@example.gov.ua");
    const rendered = new DOMParser().parseFromString(config.renderSupportPage(SUPPORT, contact), "text/html");
    const links = Array.from(rendered.querySelectorAll(".contact a")).map((a) => [
      a.getAttribute("href"),
      a.textContent,
    ]);
    expect(links).toEqual(Array(3).fill(["mailto:plancheck@example.gov.ua", "plancheck@example.gov.ua"]));
    const url = config.supportContact("https://support.example.gov.ua/?a=1&b=<x>");
    const html = config.renderSupportPage(SUPPORT, url);
    expect(html).not.toContain("<x>");
    expect(
      new DOMParser().parseFromString(html, "text/html").querySelector(".contact a")?.getAttribute("href"),
    ).toBe("https://support.example.gov.ua/?a=1&b=%3Cx%3E");
  });
});
