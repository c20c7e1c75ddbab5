// vCard 3.0 (RFC 2426), the version both iOS and Android import: escaped values, CRLF line
// ends, and lines folded at 75 octets without splitting a UTF-8 character.
import type { BranchAddress } from '../../brands/index.ts'

const encoder = new TextEncoder()
const MAX_OCTETS = 75

/** Escapes a text value: backslash, comma, semicolon and line breaks. */
export const escapeText = (value: string) =>
  value
    .replaceAll('\\', '\\\\')
    .replaceAll(',', '\\,')
    .replaceAll(';', '\\;')
    .replace(/\r\n|\r|\n/g, '\\n')

/** Splits a long content line into 75-octet pieces; continuation lines start with one space. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= MAX_OCTETS) return line
  const pieces: string[] = []
  let piece = ''
  let octets = 0
  for (const char of line) {
    const size = encoder.encode(char).length
    // Continuation lines carry a leading space, which counts towards their 75 octets.
    const limit = pieces.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1
    if (octets + size > limit) {
      pieces.push(piece)
      piece = ''
      octets = 0
    }
    piece += char
    octets += size
  }
  pieces.push(piece)
  return pieces.join('\r\n ')
}

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

/** A person's name split the way most contact apps expect: the last word is the family name. */
export function splitName(name: string): { family: string; given: string } {
  const words = name.trim().split(/\s+/)
  if (words.length < 2) return { family: '', given: name.trim() }
  return { family: words.at(-1)!, given: words.slice(0, -1).join(' ') }
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
