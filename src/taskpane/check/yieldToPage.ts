/**
 * Lets the page handle input and paint before the caller goes on: a task queued behind whatever is waiting
 * (a message to itself, which browsers do not throttle like a zero timeout).
 */
export function yieldToPage(): Promise<void> {
  if (typeof MessageChannel === "undefined") return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
