import type { CheckReply, CheckRequest } from "../../../src/taskpane/check/checkProtocol";
import { checkWorkerCore } from "../../../src/taskpane/check/checkWorkerCore";
import type { CheckPort } from "../../../src/taskpane/check/workerChecker";

/**
 * The check worker's code behind a port that behaves like a Worker: every message is structured-cloned and
 * delivered later, one task at a time, in order. Records what went each way.
 */
export type InProcessPort = CheckPort & {
  readonly sent: CheckRequest[];
  readonly replies: CheckReply[];
  /** Makes the worker crash as a worker would: an error event instead of replies. */
  crash(): void;
};

export function inProcessPort(): InProcessPort {
  const sent: CheckRequest[] = [];
  const replies: CheckReply[] = [];
  let crashed = false;
  let terminated = false;
  const port: InProcessPort = {
    sent,
    replies,
    onmessage: null,
    onerror: null,
    postMessage(message) {
      if (terminated) return;
      const copy = structuredClone(message);
      sent.push(copy);
      setImmediate(() => {
        if (crashed) return;
        void handle(copy);
      });
    },
    terminate() {
      terminated = true;
    },
    crash() {
      crashed = true;
      setImmediate(() =>
        port.onerror?.({ preventDefault: () => undefined, message: "boom" } as unknown as ErrorEvent),
      );
    },
  };
  const handle = checkWorkerCore((reply) => {
    if (terminated || crashed) return;
    const copy = structuredClone(reply);
    replies.push(copy);
    setImmediate(() => port.onmessage?.({ data: copy } as MessageEvent<CheckReply>));
  });
  return port;
}
