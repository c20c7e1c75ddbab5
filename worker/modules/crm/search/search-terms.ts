/** What one search box entry becomes for the queries and the highlighter. */
export interface SearchTerms {
  /** The query, trimmed, runs of white space made one. */
  text: string
  /** `%text%` for ILIKE, with `%`, `_` and `\` matching themselves. */
  contains: string
  /** `text%` for ILIKE. */
  prefix: string
  /** Words (letters and digits), lower case, in order, without repeats. */
  words: string[]
  /** Every word as a prefix, all required (`jo:* & sm:*`), or null without words. */
  prefixQuery: string | null
  /** The digits when the query looks like (part of) a phone number and has at least three. */
  digits: string | null
}

const WORD = /[\p{L}\p{N}]+/gu
const PHONE_LIKE = /^[\d\s()+./-]+$/

export const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`)

/** The lower-case words of `text` (letters and digits), each once. */
export function wordsOf(text: string): string[] {
  return [...new Set(text.toLowerCase().match(WORD) ?? [])]
}

/**
 * @example searchTerms('412 345').digits // '412345'
 * @example searchTerms('Jon Sm').prefixQuery // 'jon:* & sm:*'
 */
export function searchTerms(q: string): SearchTerms {
  const text = q.trim().replace(/\s+/g, ' ')
  const words = wordsOf(text)
  const digits = text.replace(/\D/g, '')
  return {
    text,
    contains: `%${escapeLike(text)}%`,
    prefix: `${escapeLike(text)}%`,
    words,
    // Words hold only letters and digits, so they cannot carry tsquery operators.
    prefixQuery: words.length > 0 ? words.map((w) => `${w}:*`).join(' & ') : null,
    digits: PHONE_LIKE.test(text) && digits.length >= 3 ? digits : null,
  }
}
