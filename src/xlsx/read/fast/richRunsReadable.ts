import { unsupported } from "./OoxmlUnsupported";
import { matchElement, xmlTags } from "./xmlTags";

const RUN_OPEN = /<(?:\w+:)?r>/g;
const RUN_CLOSE = /<\/(?:\w+:)?r>/;

/** Run properties SheetJS knows (`parse_rpr`); any other start tag outside `<ext>` makes it throw. */
const KNOWN = new Set(
  [
    "condense",
    "extend",
    "charset",
    "rFont",
    "sz",
    "extLst",
    ...["shadow", "outline", "strike", "u", "b", "i", "color", "family", "vertAlign", "scheme"].flatMap(
      (name) => [name, `${name}>`, `${name}/>`],
    ),
    "extLst>",
  ].map((name) => `<${name}`),
);

/**
 * Rich inline strings are also turned into HTML by SheetJS, whose run-property parser throws on properties
 * it does not know, and the whole sheet is then lost. Such strings are left to SheetJS.
 */
export function assertRichRunsReadable(item: string): void {
  for (const run of item.replace(RUN_OPEN, "").split(RUN_CLOSE)) {
    if (!matchElement(run, "t")) continue;
    const properties = matchElement(run, "rPr");
    if (properties) checkProperties(properties.inner);
  }
}

function checkProperties(properties: string): void {
  let inExtension = false;
  for (const tag of xmlTags(properties)) {
    const head = tag.head.replace(/<\w*:/g, "<");
    if (head === "<ext") inExtension = true;
    else if (head === "</ext>") inExtension = false;
    else if (!KNOWN.has(head) && head.charCodeAt(1) !== 47 && !inExtension) {
      unsupported(`run property ${head} unknown to SheetJS`);
    }
  }
}
