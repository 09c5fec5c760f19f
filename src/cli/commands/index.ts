import type { Command } from "../spec/CommandSpec";
import { consolidateSpec } from "./consolidateSpec";
import { reportSpec } from "./reportSpec";
import { requestsSpec } from "./requestsSpec";
import { templatesSpec } from "./templatesSpec";
import { validateSpec } from "./validateSpec";

/**
 * Every `plancheck` command, in the order --help lists them. A command is one declaration (`<name>Spec.ts`:
 * name, files, options, help keys) and the code it loads when it runs (`<name>Command.ts`); add the
 * declaration here.
 */
export const COMMANDS: readonly Command[] = [
  validateSpec,
  templatesSpec,
  consolidateSpec,
  reportSpec,
  requestsSpec,
];
