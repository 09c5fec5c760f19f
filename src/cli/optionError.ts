import { type Locale, t } from "../i18n";
import { CliError } from "./CliError";

/**
 * Node's `parseArgs` failure as one line in the user's language: which option is unknown, lacks its value
 * or takes none. Anything else keeps Node's text (it is a bug if it ever shows).
 */
export function optionError(error: unknown, locale: Locale): CliError {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? "";
  // "-o, --out <value>" names the long form last
  const option =
    quoted
      .replace(/ <value>$/, "")
      .split(", ")
      .at(-1) ?? "";
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return new CliError(t(locale, "cli.error.unknownOption", { option }));
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return new CliError(
        t(
          locale,
          quoted.endsWith(" <value>") ? "cli.error.optionNeedsValue" : "cli.error.optionTakesNoValue",
          {
            option,
          },
        ),
      );
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return new CliError(t(locale, "cli.error.unexpectedArgument", { value: option }));
    default:
      return new CliError(message);
  }
}
