// Where a search matched inside a text, as ranges over the plain text (UTF-16 offsets, as
// JavaScript counts), so the dashboard marks them up itself and never renders HTML from here.
import { type SearchTerms, wordsOf } from './search-terms.ts'

export interface Highlight {
  start: number
  length: number
}

export interface Highlighted {
  text: string
  highlights: Highlight[]
}

type Range = [start: number, end: number]

const WORD = /[\p{L}\p{N}]+/gu
// pg_trgm calls "jonh"/"john" 0.25 alike; a lower bar only picks the closest word, never adds noise.
const TYPO_SIMILARITY = 0.2

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Every case-insensitive occurrence of `needle` in `text`; whether there was one. */
function addOccurrences(ranges: Range[], text: string, needle: string): boolean {
  if (!needle) return false
  let found = false
  for (const match of text.matchAll(new RegExp(escapeRegExp(needle), 'giu'))) {
    ranges.push([match.index, match.index + match[0].length])
    found = true
  }
  return found
}

function trigrams(word: string): Set<string> {
  const chars = Array.from(`  ${word.toLowerCase()} `)
  const out = new Set<string>()
  for (let i = 0; i + 3 <= chars.length; i++) out.add(chars.slice(i, i + 3).join(''))
  return out
}

/** pg_trgm's similarity() of two single words. */
export function wordSimilarity(a: string, b: string): number {
  const x = trigrams(a)
  const y = trigrams(b)
  let common = 0
  for (const t of x) if (y.has(t)) common++
  return common / (x.size + y.size - common)
}

/** The word of `text` most like `word` (a typo's target), if any is alike enough. */
function closestWord(text: string, word: string): Range | null {
  let best: Range | null = null
  let bestScore = TYPO_SIMILARITY
  for (const match of text.matchAll(WORD)) {
    const score = wordSimilarity(word, match[0])
    if (score >= bestScore) {
      bestScore = score
      best = [match.index, match.index + match[0].length]
    }
  }
  return best
}

/** The stretch of `text` whose digits are `digits` ("412 345" inside "+61 412 345 678"). */
function digitRange(text: string, digits: string): Range | null {
  const positions: number[] = []
  for (let i = 0; i < text.length; i++) if (text[i]! >= '0' && text[i]! <= '9') positions.push(i)
  const at = positions
    .map((p) => text[p])
    .join('')
    .indexOf(digits)
  if (at === -1) return null
  return [positions[at]!, positions[at + digits.length - 1]! + 1]
}

/** Ranges in order, overlapping ones and ones only white space apart made one. */
function merged(text: string, ranges: Range[]): Highlight[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || b[1] - a[1])
  const out: Range[] = []
  for (const range of sorted) {
    const last = out.at(-1)
    if (last && (range[0] <= last[1] || /^\s+$/.test(text.slice(last[1], range[0]))))
      last[1] = Math.max(last[1], range[1])
    else out.push([...range])
  }
  return out.map(([start, end]) => ({ start, length: end - start }))
}

/**
 * The parts of `text` the search matched: the whole query, each of its words, the closest
 * word for a word that only matched by similarity (a typo), and a phone number's digits.
 * @example highlight('John Smith', searchTerms('Jonh Smyth')).highlights // [{ start: 0, length: 10 }]
 */
export function highlight(text: string, terms: Pick<SearchTerms, 'text' | 'words' | 'digits'>): Highlighted {
  const ranges: Range[] = []
  addOccurrences(ranges, text, terms.text)
  for (const word of terms.words) {
    if (word.length < 2 && terms.words.length > 1) continue
    if (addOccurrences(ranges, text, word)) continue
    const typo = closestWord(text, word)
    if (typo) ranges.push(typo)
  }
  if (terms.digits) {
    const range = digitRange(text, terms.digits)
    if (range) ranges.push(range)
  }
  return { text, highlights: merged(text, ranges) }
}

/** Highlights the words of a full-text query (`-word` excluded: it did not match). */
export function highlightWords(text: string, query: string): Highlighted {
  const excluded = new Set(wordsOf((query.match(/(^|\s)-\S+/g) ?? []).join(' ')))
  const words = wordsOf(query).filter((w) => !excluded.has(w) && w !== 'or')
  return highlight(text, { text: '', words, digits: null })
}

/**
 * A window of a long text around its first highlight, at most `max` characters plus the
 * ellipses, with the highlights moved along; white space is made single first.
 */
export function snippet(source: string, find: (text: string) => Highlighted, max = 160): Highlighted {
  const text = source.replace(/\s+/g, ' ').trim()
  const whole = find(text)
  if (text.length <= max) return whole
  const first = whole.highlights[0]?.start ?? 0
  let start = Math.max(0, first - 40)
  const space = text.indexOf(' ', start)
  if (start > 0 && space !== -1 && space < first) start = space + 1
  const end = Math.min(text.length, start + max)
  const lead = start > 0 ? '…' : ''
  const shift = lead.length - start
  const highlights = whole.highlights
    .filter((h) => h.start >= start && h.start < end)
    .map((h) => ({ start: h.start + shift, length: Math.min(h.length, end - h.start) }))
  return { text: `${lead}${text.slice(start, end)}${end < text.length ? '…' : ''}`, highlights }
}
