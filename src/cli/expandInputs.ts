import { type Locale, t } from "../i18n";
import { CliError } from "./CliError";
import type { CliIo } from "./CliIo";
import { STDIN } from "./readInput";

/** The files a folder contributes: workbooks and CSV, as the readers accept them. */
const WORKBOOK = /\.(xlsx|xlsm|xls|xlsb|ods|csv)$/i;
/** Excel's lock files ("~$plan.xlsx") and hidden files are never returns. */
const SKIPPED = /^(~\$|\.)/;

/**
 * The files named on the command line, with folders and wildcard patterns expanded by PlanCheck itself
 * (cmd and PowerShell pass `returns\*.xlsx` on unexpanded): a folder gives its workbooks, a pattern (`*`, `?`,
 * `[abc]`, `**` for any depth of folders) the files it matches, each sorted by name; anything else stays as
 * given. A pattern that matches nothing or a folder without workbooks is a CliError naming it.
 */
export function expandInputs(args: readonly string[], io: CliIo, locale: Locale): string[] {
  const files: string[] = [];
  for (const arg of args) {
    if (arg === STDIN) throw new CliError(t(locale, "cli.error.stdinReturns"));
    if (hasMagic(arg, io.platform) && !io.exists(arg)) {
      const matches = matchPattern(arg, io).filter((path) => !SKIPPED.test(baseOf(path)));
      if (matches.length === 0) throw new CliError(t(locale, "cli.error.noMatch", { pattern: arg }));
      files.push(...matches);
    } else if (io.isDirectory(arg)) {
      const inside = workbooksIn(arg, io);
      if (inside.length === 0) throw new CliError(t(locale, "cli.error.emptyFolder", { dir: arg }));
      files.push(...inside);
    } else files.push(arg);
  }
  return files;
}

function workbooksIn(dir: string, io: CliIo): string[] {
  return sorted(
    io
      .listDir(dir)
      .filter((entry) => !entry.directory && WORKBOOK.test(entry.name) && !SKIPPED.test(entry.name))
      .map((entry) => join(dir, entry.name, io.platform)),
  );
}

function hasMagic(path: string, platform: string): boolean {
  // On Windows "[" and "]" are ordinary in file names typed by hand; only * and ? are wildcards there.
  return platform === "win32" ? /[*?]/.test(path) : /[*?[]/.test(path);
}

/** The files (not folders) a pattern matches, sorted. */
function matchPattern(pattern: string, io: CliIo): string[] {
  const separators = io.platform === "win32" ? /[\\/]/ : /\//;
  const parts = pattern.split(separators);
  const rooted = parts[0] === "";
  // The leading parts without wildcards are where the search starts ("C:", "returns", "").
  let start = 0;
  while (start < parts.length - 1 && !hasMagic(parts[start] ?? "", io.platform)) start++;
  const joined = rooted && start === 1 ? sep(io.platform) : parts.slice(0, start).join(sep(io.platform));
  // "C:" alone is the current folder of drive C, not its root
  const base = /^[A-Za-z]:$/.test(joined) ? `${joined}\\` : joined;
  const found: string[] = [];
  walk(base, parts.slice(start), io, found);
  return sorted(found);
}

function walk(dir: string, rest: readonly string[], io: CliIo, found: string[]): void {
  const [part, ...more] = rest;
  if (part === undefined) return;
  let entries: readonly { name: string; directory: boolean }[];
  try {
    entries = io.listDir(dir === "" ? "." : dir);
  } catch {
    return;
  }
  if (part === "**") {
    walk(dir, more, io, found);
    for (const entry of entries)
      if (entry.directory && !SKIPPED.test(entry.name))
        walk(join(dir, entry.name, io.platform), rest, io, found);
    return;
  }
  const test = segmentPattern(part, io.platform);
  for (const entry of entries) {
    if (!test.test(entry.name)) continue;
    const path = join(dir, entry.name, io.platform);
    if (more.length === 0) {
      if (!entry.directory) found.push(path);
    } else if (entry.directory) walk(path, more, io, found);
  }
}

/** One path segment of a pattern as a regular expression: `*`, `?` and (not on Windows) `[…]`. */
function segmentPattern(segment: string, platform: string): RegExp {
  let source = "";
  for (let i = 0; i < segment.length; i++) {
    const ch = segment.charAt(i);
    if (ch === "*") source += "[^/\\\\]*";
    else if (ch === "?") source += "[^/\\\\]";
    else if (ch === "[" && platform !== "win32" && segment.indexOf("]", i + 2) > i) {
      const end = segment.indexOf("]", i + 2);
      const body = segment.slice(i + 1, end);
      source += `[${body.startsWith("!") ? `^${escapeClass(body.slice(1))}` : escapeClass(body)}]`;
      i = end;
    } else source += ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  // Windows file names are case-insensitive; elsewhere they are not.
  return new RegExp(`^${source}$`, platform === "win32" ? "iu" : "u");
}

function escapeClass(body: string): string {
  return body.replace(/[\\\]^]/g, "\\$&");
}

function sep(platform: string): string {
  return platform === "win32" ? "\\" : "/";
}

function join(dir: string, name: string, platform: string): string {
  if (dir === "" || dir === ".") return name;
  return dir.endsWith("/") || dir.endsWith("\\") ? `${dir}${name}` : `${dir}${sep(platform)}${name}`;
}

function baseOf(path: string): string {
  return path.split(/[\\/]/).at(-1) ?? path;
}

function sorted(paths: string[]): string[] {
  return paths.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
