import { ApiError } from '../../../lib/errors.ts'

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/

/**
 * A company's domain as stored: the bare lower-case host of a domain or web address
 * ("https://www.Acme.com/about" → "acme.com"), the spelling imports match on too. Blank → null;
 * anything else that is not a host name is a 400.
 */
export function normaliseDomain(raw: string | null | undefined, path = 'domain'): string | null {
  const text = (raw ?? '').trim().toLowerCase()
  if (!text) return null
  const host = text
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '')
    .replace(/\.$/, '')
    .replace(/^www\./, '')
  let ascii = host
  try {
    // Internationalised names are stored in their ASCII (punycode) form, as DNS knows them.
    ascii = new URL(`http://${host}`).hostname
  } catch {
    // Falls through to the check below.
  }
  if (!DOMAIN.test(ascii))
    throw new ApiError('BAD_REQUEST', `“${raw?.trim()}” is not a domain name`, {
      errors: [{ path, message: 'Give a domain such as acme.com' }],
    })
  return ascii
}

/** A company's website: an http(s) address, as the browser would write it. Blank → null. */
export function normaliseWebsite(raw: string | null | undefined, path = 'website'): string | null {
  const text = (raw ?? '').trim()
  if (!text) return null
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`
  try {
    const url = new URL(withScheme)
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.')) return url.href
  } catch {
    // Falls through to the refusal below.
  }
  throw new ApiError('BAD_REQUEST', `“${text}” is not a web address`, {
    errors: [{ path, message: 'Give an http or https address' }],
  })
}
