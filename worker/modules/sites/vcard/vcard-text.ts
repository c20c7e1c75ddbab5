// vCard 3.0 (RFC 2426) text rules shared by contact cards and static QR codes. Pure (no worker,
// zod or hono imports): the dashboard bundles it through the QR static-code encoder.

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

/** A person's name split the way most contact apps expect: the last word is the family name. */
export function splitName(name: string): { family: string; given: string } {
  const words = name.trim().split(/\s+/)
  if (words.length < 2) return { family: '', given: name.trim() }
  return { family: words.at(-1)!, given: words.slice(0, -1).join(' ') }
}
