/**
 * True when `word` starts with `stem` written with at most one slip — a wrong, missing, extra or swapped letter
 * ("отговрна" for "отговорн…", "индикатоэр" for "индикатор"). The first letter must be right: a slip there
 * changes the word too much to guess. With `whole`, the whole word must be the stem with one slip.
 */
export function fuzzyPrefix(word: string, stem: string, whole = false): boolean {
  const n = stem.length;
  if (word.length === 0 || word[0] !== stem[0]) return false;
  if (whole && Math.abs(word.length - n) > 1) return false;
  // A wrong letter, or two neighbours swapped.
  if (word.length >= n && (!whole || word.length === n)) {
    let first = -1;
    let mismatches = 0;
    for (let i = 0; i < n; i++) {
      if (word[i] === stem[i]) continue;
      if (mismatches === 0) first = i;
      mismatches++;
      if (mismatches > 2) break;
    }
    if (mismatches <= 1) return true;
    if (mismatches === 2 && word[first] === stem[first + 1] && word[first + 1] === stem[first]) return true;
  }
  // A letter missing from the word: the word's first n-1 letters are the stem without one letter.
  if (word.length >= n - 1 && (!whole || word.length === n - 1) && skipsOne(stem, word.slice(0, n - 1))) {
    return true;
  }
  // An extra letter in the word: its first n+1 letters without one are the stem.
  return word.length >= n + 1 && (!whole || word.length === n + 1) && skipsOne(word.slice(0, n + 1), stem);
}

/** True when `shorter` is `longer` with exactly one letter left out. */
function skipsOne(longer: string, shorter: string): boolean {
  if (longer.length !== shorter.length + 1) return false;
  let i = 0;
  while (i < shorter.length && longer[i] === shorter[i]) i++;
  return longer.slice(i + 1) === shorter.slice(i);
}
