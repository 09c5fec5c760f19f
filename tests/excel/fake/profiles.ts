/**
 * Platform profiles of the recording fake: what a given Excel does where Microsoft's documentation and the
 * OfficeDev/office-js issue tracker say it differs from the plain documented API. Every adapter test that
 * runs on the fake runs once per profile (jest projects "excel:<name>", see jest.config.js); a test may still
 * pin the API set (`hostOn(book, { excelApi })`), the platform's behaviours stay.
 *
 * API sets per Excel version (learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets):
 * Office 2021 = ExcelApi 1.14, Office 2024 = 1.17, Microsoft 365 (Windows, Mac, web) = the newest, 1.21 in
 * @types/office-js 1.0.612. Notes (1.18) are Microsoft 365 only.
 */
export type PlatformName = "PC" | "Mac" | "OfficeOnline";

export type Profile = {
  readonly name: ProfileName;
  /** `Office.context.platform`. */
  readonly platform: PlatformName;
  /** The newest ExcelApi set `isSetSupported` accepts. */
  readonly excelApi: string;
  /** The account's regional format; on the web `Range.numberFormat` comes back in its letters. */
  readonly locale: "en-US" | "uk-UA" | "bg-BG";
  /**
   * Request and response size limit in UTF-8 bytes, or null. "Excel on the web has a payload size limit for
   * requests and responses of 5MB" (learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-
   * performance-optimization#excel-add-ins); it applies to Excel on the web only (OfficeDev/office-js-docs-pr#5333).
   */
  readonly payloadLimit: number | null;
  /**
   * The error an oversize request gets. Documented: RequestPayloadSizeLimitExceeded; on the web large
   * requests have also failed as "GeneralException: An internal error has occurred" (OfficeDev/office-js#1314,
   * OfficeDev/office-js-docs-reference#354), which a caller cannot tell from any other failure.
   */
  readonly oversizeRequest: "RequestPayloadSizeLimitExceeded" | "GeneralException";
  /**
   * OfficeDev/office-js#920 (Excel on the web, open product bug): adding a brand-new setting after modifying
   * an existing one in the same batch fails with ItemNotFound; the reporter suspected two new settings in a
   * row as well. Modelled as the worse of both: once a batch has written a setting, adding a key that did not
   * exist fails.
   */
  readonly settingsBatchRule: boolean;
  /**
   * How `getCellProperties` reports `fill.pattern` for no fill and for solid fills. OfficeDev/office-js#4900
   * (platform not stated): `pattern` is null both for no fill and for a white fill; the RangeFill docs list
   * "None" and "Solid". The fake applies #4900 on the web and Mac profiles and the enum names on Windows, so
   * the adapter meets both. Everywhere no fill reports colour #FFFFFF (office-js#6218, Windows 2509) and
   * `tintAndShade` null (office-js#4900, Microsoft's answer there).
   */
  readonly solidAndNonePattern: "named" | "null";
  /**
   * `CommentCollection.add` fails with NotImplemented ("This operation is not implemented.", reported by
   * OfficeDev/office-js#1847 on Windows 2104 and OfficeDev/office-js-docs-pr#2006; issue 12 of this project
   * reports it on Mac). Modelled on the Mac profile.
   */
  readonly commentsAddNotImplemented: boolean;
  /**
   * `<a download>` with a blob URL does nothing in Excel on Mac's WKWebView (OfficeDev/office-js#2700, closed
   * "by design"; #3385, open).
   */
  readonly blobDownloads: boolean;
};

export const PROFILE_NAMES = [
  "windows-365",
  "windows-2021",
  "windows-2024",
  "mac-2024",
  "mac-365",
  "web",
] as const;
export type ProfileName = (typeof PROFILE_NAMES)[number];

const CURRENT = "1.21";
const WEB_LIMIT = 5 * 1024 * 1024;

const windows = (name: ProfileName, excelApi: string): Profile => ({
  name,
  platform: "PC",
  excelApi,
  locale: "uk-UA",
  payloadLimit: null,
  oversizeRequest: "RequestPayloadSizeLimitExceeded",
  settingsBatchRule: false,
  solidAndNonePattern: "named",
  commentsAddNotImplemented: false,
  blobDownloads: true,
});

const mac = (name: ProfileName, excelApi: string): Profile => ({
  ...windows(name, excelApi),
  platform: "Mac",
  solidAndNonePattern: "null",
  commentsAddNotImplemented: true,
  blobDownloads: false,
});

export const PROFILES: Readonly<Record<ProfileName, Profile>> = {
  "windows-365": windows("windows-365", CURRENT),
  "windows-2021": windows("windows-2021", "1.14"),
  "windows-2024": windows("windows-2024", "1.17"),
  "mac-2024": mac("mac-2024", "1.17"),
  "mac-365": mac("mac-365", CURRENT),
  web: {
    ...windows("web", CURRENT),
    platform: "OfficeOnline",
    payloadLimit: WEB_LIMIT,
    oversizeRequest: "GeneralException",
    settingsBatchRule: true,
    solidAndNonePattern: "null",
  },
};

declare const __EXCEL_PROFILE__: string | undefined;

/** The profile this test run uses: the jest project's (`__EXCEL_PROFILE__`), else Windows, Microsoft 365. */
export function currentProfile(): Profile {
  const name = typeof __EXCEL_PROFILE__ === "string" ? __EXCEL_PROFILE__ : "windows-365";
  const profile = PROFILES[name as ProfileName];
  if (profile === undefined) throw new Error(`No Excel profile named ${name}`);
  return profile;
}

/** Compares ExcelApi versions: negative when `a` is older than `b`. */
export function compareApi(a: string, b: string): number {
  const [a1 = 0, a2 = 0] = a.split(".").map(Number);
  const [b1 = 0, b2 = 0] = b.split(".").map(Number);
  return a1 - b1 || a2 - b2;
}
