import { parseRosterCsv, type RosterProblem } from "../engine/consolidate/parseRosterCsv";
import type { Roster } from "../engine/consolidate/Roster";
import type { Locale } from "../i18n/Locale";
import { t } from "../i18n/translate";
import { CliError } from "./CliError";
import type { CliIo } from "./CliIo";

/** The roster CSV given with --roster; any problem is one CliError line naming the file. */
export async function readRosterFile(file: string, io: CliIo, locale: Locale): Promise<Roster> {
  if (!io.exists(file)) throw new CliError(t(locale, "cli.error.notFound", { file }));
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await io.readFile(file));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(t(locale, "cli.error.cannotRead", { file, reason }));
  }
  const parsed = parseRosterCsv(text);
  if (parsed.ok) return parsed.roster;
  const problems = parsed.problems.map((problem) => describe(problem, locale)).join("; ");
  throw new CliError(t(locale, "cli.error.badRoster", { file, problems }));
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
