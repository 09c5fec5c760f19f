import type { DeadlineToken } from "./tokenizeDeadline";

/** A word is rarely broken more than a few times; the cap keeps long dashed runs linear. */
const MAX_PARTS = 5;

/**
 * Glues words split by a hyphenation artefact ("постоя-нен", "що-кварта-лу") when the glued word is known;
 * real dashes ("січень-грудень", "2024-2027") stay.
 */
export function joinHyphenatedWords(
  tokens: readonly DeadlineToken[],
  known: ReadonlySet<string>,
): DeadlineToken[] {
  const out: DeadlineToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined) continue;
    const chain = token.type === "word" ? hyphenChain(tokens, i) : [];
    let joined = false;
    for (let parts = chain.length; parts >= 2 && !joined; parts--) {
      const word = chain.slice(0, parts).join("");
      if (known.has(word)) {
        out.push({ type: "word", text: word });
        i += 2 * (parts - 1);
        joined = true;
      }
    }
    if (!joined) out.push(token);
  }
  return out;
}

/** Words at `at`, `at + 2`, … linked by single dashes. */
function hyphenChain(tokens: readonly DeadlineToken[], at: number): string[] {
  const chain: string[] = [];
  for (let i = at; tokens[i]?.type === "word" && chain.length < MAX_PARTS; i += 2) {
    chain.push(tokens[i]?.text ?? "");
    if (tokens[i + 1]?.type !== "dash") break;
  }
  return chain;
}
