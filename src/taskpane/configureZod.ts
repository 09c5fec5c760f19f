import { z } from "zod";

// Must run before any schema is used: zod otherwise probes `new Function` for its fast path, which the
// pane's Content-Security-Policy (no 'unsafe-eval') reports as a violation. Imported first by index.tsx.
z.config({ jitless: true });
