// vCard 3.0 (RFC 2426), the version both iOS and Android import: escaped values, CRLF line
// ends, and lines folded at 75 octets without splitting a UTF-8 character.
import type { BranchAddress } from '../../brands/index.ts'
import { escapeText, foldLine } from './vcard-text.ts'

export { escapeText, foldLine, splitName } from './vcard-text.ts'

export interface VcardInput {
  fullName: string
  /** A person's family and given names; absent for a business card. */
  person?: { family: string; given: string }
  org: string[]
  title?: string | null
  phones: { number: string; type: 'WORK,VOICE' | 'CELL' }[]
  emails: string[]
  address?: BranchAddress | null
  urls: string[]
  photo?: { base64: string; type: 'JPEG' | 'PNG' } | null
  note?: string
}

function adr(address: BranchAddress): string {
  const street = [address.line1, address.line2].filter(Boolean).join(', ')
  return ['', '', street, address.city, address.region ?? '', address.postalCode ?? '', address.country]
    .map(escapeText)
    .join(';')
}

export function buildVcard(input: VcardInput): string {
  const { person, address } = input
  const lines = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `N:${person ? `${escapeText(person.family)};${escapeText(person.given)};;;` : ';;;;'}`,
    `FN:${escapeText(input.fullName)}`,
    `ORG:${input.org.map(escapeText).join(';')}`,
    input.title ? `TITLE:${escapeText(input.title)}` : null,
    ...input.phones.map((p) => `TEL;TYPE=${p.type}:${escapeText(p.number)}`),
    ...input.emails.map((e) => `EMAIL;TYPE=INTERNET,WORK:${escapeText(e)}`),
    address ? `ADR;TYPE=WORK:${adr(address)}` : null,
    address?.latitude !== undefined && address.longitude !== undefined
      ? `GEO:${address.latitude};${address.longitude}`
      : null,
    ...input.urls.map((url) => `URL:${url}`),
    input.photo ? `PHOTO;ENCODING=b;TYPE=${input.photo.type}:${input.photo.base64}` : null,
    input.note ? `NOTE:${escapeText(input.note)}` : null,
    // Apple Contacts files a card without a person's name under the company.
    person ? null : 'X-ABShowAs:COMPANY',
    'END:VCARD',
  ]
  return `${lines
    .filter((line) => line !== null)
    .map(foldLine)
    .join('\r\n')}\r\n`
}

/** `content-disposition` with an ASCII fallback and the exact UTF-8 name (RFC 6266 / 5987). */
export function attachmentDisposition(name: string, extension: string): string {
  const ascii =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9 ._-]/g, '')
      .replace(/\s+/g, ' ')
      .trim() || 'contact'
  const exact = encodeURIComponent(`${name.trim() || 'contact'}.${extension}`).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  )
  return `attachment; filename="${ascii}.${extension}"; filename*=UTF-8''${exact}`
}
