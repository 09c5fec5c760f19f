import { parseRosterCsv, type Roster, type RosterProblem } from "../engine";
import { type Locale, t } from "../i18n";
import { decodeText } from "../xlsx";
import { CliError } from "./CliError";
import type { CliIo } from "./CliIo";
import { inputName, readInput } from "./readInput";

/**
 * The roster CSV given with --roster (or `-` for standard input), decoded as returns in CSV are: UTF-8 (with
 * or without a byte-order mark), UTF-16 with one, else Windows-1251 — what Excel writes as "CSV" on a
 * Ukrainian or Bulgarian Windows. Any problem is one CliError line naming the file.
 */
export async function readRosterFile(file: string, io: CliIo, locale: Locale): Promise<Roster> {
  const text = decodeText(await readInput(file, io, locale));
  const parsed = parseRosterCsv(text);
  if (parsed.ok) return parsed.roster;
  const problems = parsed.problems.map((problem) => describe(problem, locale)).join("; ");
  throw new CliError(t(locale, "cli.error.badRoster", { file: inputName(file, locale), problems }));
}

function describe(problem: RosterProblem, locale: Locale): string {
  switch (problem.kind) {
    case "no-executor-column":
      return t(locale, "cli.roster.noExecutorColumn", { columns: problem.columns.join(", ") });
    case "empty-name":
      return t(locale, "cli.roster.emptyName", { line: problem.line });
    case "duplicate":
      return t(locale, "cli.roster.duplicate", { line: problem.line, name: problem.name });
  }
}
