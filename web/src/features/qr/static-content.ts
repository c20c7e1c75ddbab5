// What a static code will say, for the live preview before it is saved. The saved code's own
// `content` (from the server, worker/modules/qr/static/encode.ts) is what is printed; this mirrors
// it because that file reaches the sites module, which the dashboard cannot bundle.
import type { QrStaticPayload } from '../../../../worker/modules/qr/qr.model.ts'

type Payload<T extends QrStaticPayload['type']> = Extract<QrStaticPayload, { type: T }>

const escapeWifi = (value: string) => value.replace(/[\\;,:"]/g, (c) => `\\${c}`)

const vcardEscape = (value: string) =>
  value
    .replaceAll('\\', '\\\\')
    .replaceAll(',', '\\,')
    .replaceAll(';', '\\;')
    .replace(/\r\n|\r|\n/g, '\\n')

const encoder = new TextEncoder()

/** Lines folded at 75 octets; continuation lines start with a space that counts. */
function fold(line: string): string {
  if (encoder.encode(line).length <= 75) return line
  const pieces: string[] = []
  let piece = ''
  let octets = 0
  for (const char of line) {
    const size = encoder.encode(char).length
    if (octets + size > (pieces.length === 0 ? 75 : 74)) {
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

function vcard(p: Payload<'vcard'>): string {
  const words = p.name.trim().split(/\s+/)
  const family = words.length < 2 ? '' : (words.at(-1) ?? '')
  const given = words.length < 2 ? p.name.trim() : words.slice(0, -1).join(' ')
  return [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `N:${vcardEscape(family)};${vcardEscape(given)};;;`,
    `FN:${vcardEscape(p.name)}`,
    p.organisation ? `ORG:${vcardEscape(p.organisation)}` : null,
    p.title ? `TITLE:${vcardEscape(p.title)}` : null,
    p.phone ? `TEL;TYPE=CELL:${vcardEscape(p.phone)}` : null,
    p.email ? `EMAIL;TYPE=INTERNET:${vcardEscape(p.email)}` : null,
    p.address ? `ADR:;;${vcardEscape(p.address)};;;;` : null,
    p.url ? `URL:${p.url}` : null,
    'END:VCARD',
  ]
    .filter((line) => line !== null)
    .map(fold)
    .join('\r\n')
}

const dialable = (phone: string) => phone.trim().replace(/(?!^\+)[^0-9]/g, '')

function wifi(p: Payload<'wifi'>): string {
  const encryption = p.encryption ?? 'WPA'
  const parts = [`T:${encryption}`, `S:${escapeWifi(p.ssid)}`]
  if (encryption !== 'nopass' && p.password) parts.push(`P:${escapeWifi(p.password)}`)
  if (p.hidden) parts.push('H:true')
  return `WIFI:${parts.join(';')};;`
}

function email(p: Payload<'email'>): string {
  const query = [
    p.subject ? `subject=${encodeURIComponent(p.subject)}` : null,
    p.body ? `body=${encodeURIComponent(p.body.replace(/\r?\n/g, '\r\n'))}` : null,
  ].filter(Boolean)
  return `mailto:${encodeURIComponent(p.to).replace('%40', '@')}${query.length ? `?${query.join('&')}` : ''}`
}

export function staticContent(payload: QrStaticPayload): string {
  switch (payload.type) {
    case 'wifi':
      return wifi(payload)
    case 'vcard':
      return vcard(payload)
    case 'text':
      return payload.text
    case 'sms':
      return payload.message
        ? `SMSTO:${dialable(payload.phone)}:${payload.message}`
        : `SMSTO:${dialable(payload.phone)}`
    case 'email':
      return email(payload)
    case 'phone':
      return `tel:${dialable(payload.phone)}`
  }
}
