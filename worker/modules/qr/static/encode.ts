// What a static code says, in the formats phone cameras understand without any network.
// Pure (type imports only besides the vCard text rules): the designer's live preview runs it too.
import { splitName, escapeText as vcardEscape, foldLine as vcardFold } from '../../sites/vcard/vcard-text.ts'
import type { QrStaticPayload } from '../qr.model.ts'

type Payload<T extends QrStaticPayload['type']> = Extract<QrStaticPayload, { type: T }>

/** The ZXing Wi-Fi format escapes these five characters with a backslash. */
export const escapeWifi = (value: string) => value.replace(/[\\;,:"]/g, (c) => `\\${c}`)

export function wifiContent(p: Payload<'wifi'>): string {
  const encryption = p.encryption ?? 'WPA'
  const parts = [`T:${encryption}`, `S:${escapeWifi(p.ssid)}`]
  if (encryption !== 'nopass' && p.password) parts.push(`P:${escapeWifi(p.password)}`)
  if (p.hidden) parts.push('H:true')
  return `WIFI:${parts.join(';')};;`
}

/** vCard 3.0 (RFC 2426): escaped values, CRLF line ends, lines folded at 75 octets. */
export function vcardContent(p: Payload<'vcard'>): string {
  const { family, given } = splitName(p.name)
  const lines = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `N:${vcardEscape(family)};${vcardEscape(given)};;;`,
    `FN:${vcardEscape(p.name)}`,
    p.organisation ? `ORG:${vcardEscape(p.organisation)}` : null,
    p.title ? `TITLE:${vcardEscape(p.title)}` : null,
    p.phone ? `TEL;TYPE=CELL:${vcardEscape(p.phone)}` : null,
    p.email ? `EMAIL;TYPE=INTERNET:${vcardEscape(p.email)}` : null,
    // A typed address has no structure: it goes into the street part, which every app shows.
    p.address ? `ADR:;;${vcardEscape(p.address)};;;;` : null,
    p.url ? `URL:${p.url}` : null,
    'END:VCARD',
  ]
  return lines
    .filter((line) => line !== null)
    .map(vcardFold)
    .join('\r\n')
}

/** Dialable digits: separators people type are dropped, a leading + kept. */
export const dialable = (phone: string) => phone.trim().replace(/(?!^\+)[^0-9]/g, '')

export const smsContent = (p: Payload<'sms'>) =>
  p.message ? `SMSTO:${dialable(p.phone)}:${p.message}` : `SMSTO:${dialable(p.phone)}`

/** mailto: with RFC 6068 percent-encoding (spaces as %20, never +). */
export function emailContent(p: Payload<'email'>): string {
  const query = [
    p.subject ? `subject=${encodeURIComponent(p.subject)}` : null,
    p.body ? `body=${encodeURIComponent(p.body.replace(/\r?\n/g, '\r\n'))}` : null,
  ].filter(Boolean)
  return `mailto:${encodeURIComponent(p.to).replace('%40', '@')}${query.length ? `?${query.join('&')}` : ''}`
}

export const phoneContent = (p: Payload<'phone'>) => `tel:${dialable(p.phone)}`

export function staticContent(payload: QrStaticPayload): string {
  switch (payload.type) {
    case 'wifi':
      return wifiContent(payload)
    case 'vcard':
      return vcardContent(payload)
    case 'text':
      return payload.text
    case 'sms':
      return smsContent(payload)
    case 'email':
      return emailContent(payload)
    case 'phone':
      return phoneContent(payload)
  }
}
