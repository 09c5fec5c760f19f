import { type Locale, t } from "../../i18n";
import { cliLocale } from "../cliLocale";
import { CliError } from "../CliError";
import type { CliIo } from "../CliIo";
import { parseReportArgs } from "../parseReportArgs";
import { consolidateCommand } from "./consolidateCommand";
import { templatesCommand } from "./templatesCommand";

/** Runs `plancheck consolidate …` or `plancheck templates …`; `locale` is the environment's language. */
export async function reportCommand(argv: readonly string[], io: CliIo, locale: Locale): Promise<number> {
  const args = parseReportArgs(argv, locale);
  const asked = cliLocale(args.lang, io.env);
  if (asked === null) throw new CliError(t(locale, "cli.error.badLanguage", { value: args.lang ?? "" }));
  if (args.help) {
    io.stdout(`${t(asked, "cli.help")}\n`);
    return 0;
  }
  return args.command === "templates"
    ? templatesCommand(args, io, asked)
    : consolidateCommand(args, io, asked);
}
