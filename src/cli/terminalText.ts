import type { CliIo } from "./CliIo";

/**
 * Characters that act on a terminal instead of showing: C0 controls except the line feed (ESC starts colour,
 * cursor, screen and OSC title sequences; CR overwrites a line; NUL, BEL, BS…), DEL, the C1 controls
 * (U+0080–U+009F, CSI among them), the bidirectional controls that reorder what is shown (U+061C, U+200E,
 * U+200F, U+202A–U+202E, U+2066–U+2069), the line and paragraph separators, and unpaired surrogates.
 */
const ACTIVE_ONE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const ACTIVE = new RegExp(ACTIVE_ONE.source, "g");
/** Any character ACTIVE_ONE may match (surrogates paired or not): a quick scan before the exact one. */
const MAYBE_ACTIVE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]/;

/**
 * Text as it may reach a terminal: every character above shown visibly escaped — `\x1b`, `\x0d`, `\x00`,
 * `\u202e` — so that cell text and file names from a workbook can neither recolour, clear or retitle the
 * terminal nor hide or reorder what PlanCheck prints. Line feeds stay. Applied to all the CLI prints (see
 * runCli); JSON output (jsonText) holds none of these characters, so it passes unchanged.
 */
export function terminalText(text: string): string {
  if (!MAYBE_ACTIVE.test(text) || !ACTIVE_ONE.test(text)) return text;
  return text.replace(ACTIVE, (ch) => {
    const code = ch.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, "0")}`
      : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

/** The CLI's io with everything it prints passed through terminalText: the one place text leaves for the terminal. */
export function terminalIo(io: CliIo): CliIo {
  return {
    ...io,
    stdout: (text) => io.stdout(terminalText(text)),
    stdoutInert: io.stdoutInert ?? io.stdout,
    stderr: (text) => io.stderr(terminalText(text)),
  };
}
