// The web worker that reads plan files and runs the engine for the pane (see workerChecker), so a big plan
// never freezes the page. Same-origin script: the page's Content-Security-Policy allows it.
import type { CheckReply, CheckRequest } from "./checkProtocol";
import { checkWorkerCore } from "./checkWorkerCore";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(reply: CheckReply): void;
};
const handle = checkWorkerCore((reply) => scope.postMessage(reply));

scope.onmessage = (event) => void handle(event.data);
