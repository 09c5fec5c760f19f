import { executorKey } from "../../parse/executorKey";

/**
 * A name or responsible cell folded for pattern search: its words (letters and digits, case, apostrophes and
 * Latin look-alikes folded by executorKey) run together, so "ОД МВР-Русе", "ОДМВР-Русе" and "одмвр русе" all
 * read "одмврурусе"-alike; `marks` remembers where the written words started (bit 1) and ended (bit 2), so a
 * pattern only counts when it starts and ends at word edges ("РЗИ" is in "МЗ, РЗИ -Русе", not in "РЗИНА").
 */
export type FoldedName = { readonly folded: string; readonly marks: Uint8Array };

const WORD = /[\p{L}\p{N}’ʼ`´‘']+/gu;
/** Folded words, by word: names repeat the same few words thousands of times in a big plan. */
const foldedWords = new Map<string, string>();
const START = 1;
const END = 2;

export function foldName(text: string): FoldedName {
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let length = 0;
  for (const match of text.normalize("NFC").matchAll(WORD)) {
    const word = foldWord(match[0]);
    if (word === "") continue;
    starts.push(length);
    parts.push(word);
    length += word.length;
    ends.push(length);
  }
  const marks = new Uint8Array(length + 1);
  for (const s of starts) marks[s] = (marks[s] ?? 0) | START;
  for (const e of ends) marks[e] = (marks[e] ?? 0) | END;
  return { folded: parts.join(""), marks };
}

function foldWord(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    folded = executorKey(word).replace(/'/g, "");
    if (foldedWords.size < 100_000) foldedWords.set(word, folded);
  }
  return folded;
}

/** The folded form alone: the key a pattern is looked up by. */
export function foldedKey(text: string): string {
  return foldName(text).folded;
}

/** True when `pattern` occurs in `text` starting and ending at word edges. */
export function occursAt(text: FoldedName, pattern: string, at: number): boolean {
  return (
    ((text.marks[at] ?? 0) & START) !== 0 &&
    ((text.marks[at + pattern.length] ?? 0) & END) !== 0 &&
    text.folded.startsWith(pattern, at)
  );
}

/** Positions where a written word starts. */
export function wordStarts(text: FoldedName): number[] {
  const starts: number[] = [];
  text.marks.forEach((mark, i) => {
    if ((mark & START) !== 0 && i < text.folded.length) starts.push(i);
  });
  return starts;
}

/**
 * Every string one deletion away from `key` (and `key` itself): two keys are within one edit of each other
 * (substitution, insertion or deletion) when their neighbourhoods share a string.
 */
export function deletionNeighbourhood(key: string): string[] {
  const variants = [key];
  for (let i = 0; i < key.length; i++) variants.push(key.slice(0, i) + key.slice(i + 1));
  return variants;
}
