import { CliError } from "./CliError";
import { nodeIo, type CliIo } from "./CliIo";
import { COMMANDS } from "./commands";
import { helpText } from "./spec/helpText";
import { parseCommandLine } from "./spec/parseCommandLine";
import { terminalIo, terminalText } from "./terminalText";

export { terminalText };

const VERSION = "0.1.0";

/**
 * The `plancheck` command. Returns the exit code: 0 fine, 1 the plan has errors, 2 the input or the options
 * cannot be used (one line on stderr, no stack trace). The commands are declared in ./commands; each loads its
 * code (engine, readers, writers) only when it runs, so `plancheck --help` stays instant.
 */
export async function runCli(argv: readonly string[], rawIo: CliIo = nodeIo()): Promise<number> {
  // every line printed goes through terminalText: cell text and file names never reach the terminal raw
  const io = terminalIo(rawIo);
  try {
    const line = parseCommandLine(argv, COMMANDS, io.env);
    switch (line.kind) {
      case "version":
        io.stdout(`${VERSION}\n`);
        return 0;
      case "help":
        io.stdout(`${helpText(COMMANDS, line.locale)}\n`);
        return 0;
      case "run":
        // loaded with the command, not for --help: it brings the readers
        (await import("./useNodeInflater.js")).useNodeInflater();
        return await line.command.run(line.args, io, line.locale);
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`plancheck: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
