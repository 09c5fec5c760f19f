// The add-in manifest, checked offline (Microsoft's validator is an online service): well-formed XML in the
// schema's element order, Excel task pane with a Home-tab button, uk-UA/bg-BG overrides, existing icons of
// the right size, and URLs that all point at files the build produces on one base URL.
import { readFileSync, existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { OfficeAddinManifest } from "office-addin-manifest";
import { REQUIRED_EXCEL_API } from "../../src/excel/apiSupport";

const ROOT = join(__dirname, "..", "..");
const MANIFEST = join(ROOT, "manifest.xml");
const xml = readFileSync(MANIFEST, "utf8");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../../webpack.config.js") as {
  DEV_URL: string;
  rewriteManifest: (xml: string, baseUrl: string) => string;
};
const BASE = webpackConfig.DEV_URL;
const OVERRIDES = ["uk-UA", "bg-BG"];
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
/** Where each page of the manifest comes from in the project (the build copies or renders it). */
const BUILT_FROM: Readonly<Record<string, string>> = {
  "taskpane.html": "src/taskpane/taskpane.html",
  "commands.html": "src/taskpane/commands.html",
  "support.html": "src/taskpane/support.html",
};

function parse(text: string): Document {
  const doc = new DOMParser().parseFromString(text, "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`manifest.xml is not well-formed: ${error.textContent}`);
  return doc;
}

const doc = parse(xml);
const all = (name: string, ns: string | null = null): Element[] =>
  Array.from(ns === null ? doc.getElementsByTagName(name) : doc.getElementsByTagNameNS(ns, name));
const children = (element: Element): Element[] => Array.from(element.children);
const urls = (): string[] => [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]!);

function pngSize(path: string): { width: number; height: number } {
  const png = readFileSync(path);
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe("manifest.xml", () => {
  it("is read by office-addin-manifest as an Excel task pane add-in", async () => {
    const info = await OfficeAddinManifest.readManifestFile(MANIFEST);
    expect(info).toMatchObject({
      officeAppType: "TaskPaneApp",
      hosts: ["Workbook"],
      permissions: "ReadWriteDocument",
      defaultLocale: "en-US",
      displayName: "PlanCheck",
      defaultSettings: { sourceLocation: `${BASE}taskpane.html` },
    });
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(info.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it("keeps the element order the schema requires", () => {
    const order = [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ];
    expect(children(doc.documentElement).map((e) => e.localName)).toEqual(order);
  });

  it("asks for the Excel API set the Excel adapter needs", () => {
    const sets = all("Set").map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")]);
    expect(sets).toEqual([["ExcelApi", REQUIRED_EXCEL_API]]);
  });

  it.each(["DisplayName", "Description"])("translates %s for Ukrainian and Bulgarian", (name) => {
    const element = all(name)[0]!;
    const overrides = children(element).map((o) => [
      o.getAttribute("Locale"),
      o.getAttribute("Value")?.trim(),
    ]);
    expect(overrides.map(([locale]) => locale)).toEqual(OVERRIDES);
    for (const [, value] of overrides) expect(value).toMatch(/\p{L}{3}/u);
    const limit = name === "DisplayName" ? 125 : 250;
    for (const value of [element.getAttribute("DefaultValue"), ...overrides.map(([, v]) => v)])
      expect(value!.length).toBeLessThanOrEqual(limit);
  });

  it("translates every ribbon string, within Office's length limits", () => {
    for (const [list, limit] of [
      ["ShortStrings", 125],
      ["LongStrings", 250],
    ] as const) {
      for (const string of children(all(list, BT)[0]!)) {
        const values = [
          string.getAttribute("DefaultValue"),
          ...children(string).map((o) => o.getAttribute("Value")),
        ];
        expect(children(string).map((o) => o.getAttribute("Locale"))).toEqual(OVERRIDES);
        for (const value of values) expect(value!.length).toBeLessThanOrEqual(limit);
      }
    }
  });

  it("puts a button on the Home tab that opens the task pane", () => {
    const tab = all("OfficeTab")[0]!;
    expect(tab.getAttribute("id")).toBe("TabHome");
    const action = tab.getElementsByTagName("Action")[0]!;
    expect(action.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type")).toBe("ShowTaskpane");
    const resid = action.getElementsByTagName("SourceLocation")[0]!.getAttribute("resid");
    const url = children(all("Urls", BT)[0]!).find((u) => u.getAttribute("id") === resid)!;
    expect(url.getAttribute("DefaultValue")).toBe(all("SourceLocation")[0]!.getAttribute("DefaultValue"));
  });

  it("defines every resource it refers to, and uses every resource it defines", () => {
    const referenced = new Set(
      all("*").flatMap((e) => (e.hasAttribute("resid") ? [e.getAttribute("resid")!] : [])),
    );
    const defined = new Set(
      ["Images", "Urls", "ShortStrings", "LongStrings"].flatMap((list) =>
        children(all(list, BT)[0]!).map((e) => e.getAttribute("id")!),
      ),
    );
    expect([...referenced].sort()).toEqual([...defined].sort());
  });

  it("points every URL at one https base and at a file the build produces", () => {
    expect(urls().length).toBeGreaterThan(5);
    for (const url of urls()) {
      expect(url.startsWith(BASE)).toBe(true);
      const path = url.slice(BASE.length);
      expect(existsSync(join(ROOT, BUILT_FROM[path] ?? path))).toBe(true);
    }
  });

  it("has icons in every size Office asks for, each as large as it says", () => {
    for (const size of [16, 32, 64, 80, 128])
      expect(pngSize(join(ROOT, "assets", `icon-${size}.png`))).toEqual({ width: size, height: size });
    for (const image of children(all("Images", BT)[0]!)) {
      const size = Number(/icon-(\d+)\.png$/.exec(image.getAttribute("DefaultValue")!)![1]);
      expect(image.getAttribute("id")).toBe(`Icon.${size}x${size}`);
    }
    for (const url of urls().filter((u) => u.endsWith(".png"))) {
      const size = Number(/icon-(\d+)\.png$/.exec(url)![1]);
      expect(pngSize(join(ROOT, url.slice(BASE.length)))).toEqual({ width: size, height: size });
    }
  });

  it("moves to a real host in the production build, staying valid", async () => {
    const base = "https://plans.example.gov.ua/plancheck/";
    const rewritten = webpackConfig.rewriteManifest(xml, base);
    expect(rewritten).not.toContain("localhost");
    parse(rewritten);
    const file = join(mkdtempSync(join(tmpdir(), "plancheck-")), "manifest.xml");
    writeFileSync(file, rewritten);
    const info = await OfficeAddinManifest.readManifestFile(file);
    expect(info.defaultSettings?.sourceLocation).toBe(`${base}taskpane.html`);
    expect(info.iconUrl).toBe(`${base}assets/icon-32.png`);
  });
});
