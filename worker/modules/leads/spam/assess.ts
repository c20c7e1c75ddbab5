// How spammy a submission looks, from what it says and how it arrived. Pure: the submit path
// decides the captcha outcome and the clock, this only weighs the evidence. Every lead is
// kept; a score at SPAM_THRESHOLD or above only marks it.
import type { LeadSpam } from '../lead-message.ts'
import { isDisposableDomain } from './disposable-domains.ts'

type SpamReason = LeadSpam['reasons'][number]

/**
 * What the Turnstile check came to: `passed`, `missing` (the form asked, no token came, e.g.
 * a browser without scripts), `failed` (a token we could not confirm because siteverify was
 * unreachable or refused our request) or `skipped` (the form did not ask).
 */
export type CaptchaOutcome = 'passed' | 'missing' | 'failed' | 'skipped'

export interface SpamInput {
  contact: { name: string; email: string | null; phone: string | null }
  message: string | null
  /** Custom answers; their free text is read for links and repeats like the message. */
  fields?: Record<string, string> | null
  honeypot: string | null
  /** When the page said the form was shown, and when it arrived (epoch ms). */
  renderedAt: number | null
  submittedAt: number
  captcha: CaptchaOutcome
}

// One signal alone stays under the threshold (50) unless it is damning on its own (honeypot,
// a flood of links); two together cross it.
export const SPAM_WEIGHTS: Record<SpamReason, number> = {
  honeypot: 100,
  captcha_missing: 30,
  captcha_failed: 30,
  disposable_email: 40,
  junk_name: 35,
  links_in_message: 25,
  repeated_characters: 20,
  too_fast: 30,
}
const MANY_LINKS = 3
/** People take longer than this to read a form and fill it in. */
export const MIN_FILL_MS = 3000

const LINK = /\bhttps?:\/\/|\bwww\.[\p{L}\p{N}-]+\.|\[url[=\]]|<a\s[^>]*href/giu
const URL_LIKE = /\bhttps?:\/\/|\bwww\.|\.(?:com|net|org|ru|xyz|info|top|biz|io|co)\b/i
const RUN = /([\p{L}\p{N}])\1{7,}/u
const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm']
const MASH_LENGTH = 5

function keyboardRun(word: string): boolean {
  for (const row of KEYBOARD_ROWS) {
    for (const line of [row, [...row].reverse().join('')]) {
      for (let i = 0; i + MASH_LENGTH <= line.length; i++) {
        if (word.includes(line.slice(i, i + MASH_LENGTH))) return true
      }
    }
  }
  return false
}

/** A name no person gives: a web address, only digits, one character over and over, or a mash. */
export function isJunkName(name: string): boolean {
  const trimmed = name.trim().toLowerCase()
  if (URL_LIKE.test(trimmed)) return true
  const compact = trimmed.replace(/[\s.,'’\-_()]/g, '')
  if (!compact) return false
  if (/^[\d+]+$/.test(compact)) return true
  if (compact.length >= 3 && new Set(compact).size === 1) return true
  if (keyboardRun(compact)) return true
  // Latin words with no vowel, or long consonant runs, are what hands on a keyboard make;
  // names in other scripts are not judged by this.
  return trimmed
    .split(/[\s\-']+/)
    .some((word) => /^[a-z]{6,}$/.test(word) && (!/[aeiouy]/.test(word) || /[^aeiouy]{7,}/.test(word)))
}

const countLinks = (text: string) => text.match(LINK)?.length ?? 0

export function assessSpam(input: SpamInput): LeadSpam {
  const reasons: SpamReason[] = []
  const add = (reason: SpamReason, when: boolean) => {
    if (when) reasons.push(reason)
  }
  const text = [input.message ?? '', ...Object.values(input.fields ?? {})].join('\n')
  const links = countLinks(text)
  const domain = input.contact.email?.split('@').pop() ?? ''
  // A negative gap is a visitor's clock running ahead, not a fast bot: only a real short gap counts.
  const elapsed = input.renderedAt === null ? null : input.submittedAt - input.renderedAt

  add('honeypot', !!input.honeypot?.trim())
  add('captcha_missing', input.captcha === 'missing')
  add('captcha_failed', input.captcha === 'failed')
  add('disposable_email', !!domain && isDisposableDomain(domain))
  add('junk_name', isJunkName(input.contact.name))
  add('links_in_message', links > 0)
  add('repeated_characters', RUN.test(text) || RUN.test(input.contact.name))
  add('too_fast', elapsed !== null && elapsed >= 0 && elapsed < MIN_FILL_MS)

  const score = reasons.reduce(
    (sum, reason) => sum + (reason === 'links_in_message' && links >= MANY_LINKS ? 50 : SPAM_WEIGHTS[reason]),
    0,
  )
  return { score: Math.min(100, score), reasons }
}
