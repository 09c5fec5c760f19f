import { configure } from "@testing-library/react";
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";

// What jsdom lacks and Fluent UI uses (MessageBar reflows with a ResizeObserver). Browsers and Office's
// web views all have it; here a do-nothing stand-in is enough, as jsdom lays nothing out anyway.
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof globalThis.ResizeObserver === "undefined") {
  globalThis.ResizeObserver = NoopResizeObserver as unknown as typeof ResizeObserver;
}

// jsdom has no TextDecoder/TextEncoder; the xlsx reader and writer (loaded when a file is opened) need
// them. Node's are the same API.
if (typeof globalThis.TextDecoder === "undefined")
  globalThis.TextDecoder = NodeTextDecoder as typeof TextDecoder;
if (typeof globalThis.TextEncoder === "undefined")
  globalThis.TextEncoder = NodeTextEncoder as typeof TextEncoder;

// The pane's checks resolve a few tasks later than a click; on a busy 2-core machine (the whole suite runs
// beside other work) the default second for findBy/waitFor is too tight.
configure({ asyncUtilTimeout: 5000 });
