import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { AnyIssue } from "../../engine";
import { useText } from "../text/useText";

/** Says that the list stops at the issue cap (the counts above stay complete). */
export function LimitNote({ issue }: { readonly issue: AnyIssue }) {
  const text = useText();
  const { message, hint } = text.issue(issue);
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        {message} {hint}
      </MessageBarBody>
    </MessageBar>
  );
}
