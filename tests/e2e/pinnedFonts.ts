// The layout tests must not depend on the fonts that happen to be installed: Chromium gets a fontconfig
// setup that knows only the pinned folder (pinnedFonts.json; `.ci/run` installs its package, `npm test`'s
// preflight checks it), so every font Fluent asks for ("Segoe UI", Roboto, sans-serif…) falls back to
// DejaVu Sans, the widest common fallback. `expectPinnedFont` proves, per page, that this is what rendered.
import { expect, type Locator, type Page } from "@playwright/test";
import { PINNED_FONTS } from "../helpers/pinnedFontEnv";

export { pinnedFontEnv, PINNED_FONTS } from "../helpers/pinnedFontEnv";

/** Fails unless the text inside `target` was drawn with the pinned font and nothing else. */
export async function expectPinnedFont(page: Page, target: Locator): Promise<void> {
  await target.first().evaluate((element) => element.setAttribute("data-font-probe", ""));
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
    const { nodeId } = await cdp.send("DOM.querySelector", {
      nodeId: root.nodeId,
      selector: "[data-font-probe]",
    });
    const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
    const families = [...new Set(fonts.map((font) => font.familyName))];
    expect(
      families,
      `the layout tests need ${PINNED_FONTS.family} only (apt-get install ${PINNED_FONTS.package})`,
    ).toEqual([PINNED_FONTS.family]);
  } finally {
    await cdp.detach();
    await target.first().evaluate((element) => element.removeAttribute("data-font-probe"));
  }
}
