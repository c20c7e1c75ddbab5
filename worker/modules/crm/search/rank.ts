// The order within a tier. Trigrams find typos but rank them poorly ("Jonh Smyth" shares as
// many trigrams with "Wei Smith Jones" as with "John Smith"), so the candidates Postgres returns
// are ordered here by how closely each word of the query matches a word of the name, in edits.
import { wordsOf } from './search-terms.ts'

/** Edits (insert, delete, substitute, swap two neighbours) turning `a` into `b`. */
export function editDistance(a: string, b: string): number {
  const x = Array.from(a)
  const y = Array.from(b)
  const d: number[][] = Array.from({ length: x.length + 1 }, (_, i) =>
    Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  )
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1)
      d[i]![j] = best
    }
  }
  return d[x.length]![y.length]!
}

/** 1 when a word of `name` starts with the query word; less for each edit away. */
function wordCloseness(word: string, nameWords: string[]): number {
  let best = 0
  for (const candidate of nameWords) {
    if (candidate.startsWith(word)) return 1
    // Against as much of the name word as was typed (and one more), so "jonh" is as close to
    // "Johnson" as to "John": the rest of the word may simply not be typed yet.
    const typed = candidate.slice(0, word.length + 1)
    best = Math.max(best, 1 - editDistance(word, typed) / Math.max(word.length, typed.length))
  }
  return best
}

/**
 * How closely the query's words match the name's words, from 0 up to (not including) 1, so
 * it orders rows within a tier without lifting any into the next.
 * @example closeness('John Smith', ['jonh', 'smyth']) > closeness('Wei Smith Jones', ['jonh', 'smyth'])
 */
export function closeness(name: string, words: string[]): number {
  const nameWords = wordsOf(name)
  if (words.length === 0 || nameWords.length === 0) return 0
  const total = words.reduce((sum, word) => sum + wordCloseness(word, nameWords), 0)
  return (total / words.length) * 0.99
}

/** Rows best first: tier, then closeness of the words, then Postgres' similarity. */
export function ranked<T extends { tier: number; similarity: number }>(
  rows: T[],
  nameOf: (row: T) => string,
  words: string[],
): (T & { rank: number })[] {
  return rows
    .map((row) => ({ ...row, rank: row.tier + closeness(nameOf(row), words) }))
    .sort((a, b) => b.rank - a.rank || b.similarity - a.similarity)
}
