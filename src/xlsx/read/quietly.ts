/* eslint-disable no-console -- silencing what SheetJS prints on the console is the point */
const CHANNELS = ["log", "info", "warn", "error", "debug"] as const;

/**
 * Runs a synchronous call with the console silenced: SheetJS reports on `console` what it cannot reproduce
 * ("ODS number format may be incorrect", "Name … will be truncated", …), a dozen lines on stderr for every
 * LibreOffice-saved .ods, which the user can do nothing about. Whatever matters reaches the user as a
 * result or an error instead. The console is restored even when the call throws.
 */
export function quietly<T>(call: () => T): T {
  const saved = CHANNELS.map((channel) => console[channel]);
  const silent = (): void => undefined;
  for (const channel of CHANNELS) console[channel] = silent;
  try {
    return call();
  } finally {
    CHANNELS.forEach((channel, i) => {
      const original = saved[i];
      if (original !== undefined) console[channel] = original;
    });
  }
}
