// Issue 12 item 7: Excel on Mac's WKWebView ignores `<a download>` with a blob (OfficeDev/office-js#2700,
// #3385); there, files PlanCheck makes open as new workbooks (Excel.createWorkbook, ExcelApi 1.8).
import { FakeWorkbook } from "../fake/FakeWorkbook";
import { currentProfile, PROFILES } from "../fake/profiles";
import { hostOn } from "../helpers";

const BYTES = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00, 0x7f, 0x80, 0x41]);

describe("real Excel: downloads on Mac (issue 12 item 7)", () => {
  it("on Mac opens a file as a new workbook instead of downloading it, and says so", async () => {
    const book = new FakeWorkbook(PROFILES["mac-365"]);
    book.addSheet("План").edit(0, 0).value = "План";
    const host = hostOn(book);
    expect(host.notices().map((n) => n.code)).toContain("downloads-as-workbooks");
    expect(host.openAsWorkbook).not.toBeNull();
    await host.openAsWorkbook!(BYTES);
    expect(book.createdWorkbooks.map((b64) => [...Buffer.from(b64, "base64")])).toEqual([[...BYTES]]);
  });

  it("elsewhere downloads work and nothing changes", () => {
    const profile = currentProfile();
    const book = new FakeWorkbook(profile.blobDownloads ? profile : PROFILES["windows-365"]);
    const host = hostOn(book);
    expect(host.openAsWorkbook).toBeNull();
    expect(host.notices().map((n) => n.code)).not.toContain("downloads-as-workbooks");
  });
});
