/**
 * Edit distance with transpositions (optimal string alignment): `tag`→`tags` is 1,
 * `titel`→`title` is 1, so a misspelt key is answered with the key that was meant.
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** The candidate nearest to `word`, compared without case; the first of equals wins. */
export function closest(word: string, candidates: readonly string[]): { candidate: string; distance: number } {
  const lower = word.toLowerCase().slice(0, 100);
  let best = { candidate: candidates[0] ?? "", distance: Infinity };
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < best.distance) best = { candidate, distance };
  }
  return best;
}
