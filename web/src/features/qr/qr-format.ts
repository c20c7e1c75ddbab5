import type { QrCode, QrKind, QrState, QrStatus, QrTargetType } from './qr-api.ts'

export const KIND_LABELS: Record<QrKind, string> = {
  dynamic: 'Dynamic link',
  wifi: 'Wi-Fi',
  vcard: 'Contact card (vCard)',
  text: 'Text',
  sms: 'Text message (SMS)',
  email: 'E-mail',
  phone: 'Phone call',
}

export const KIND_HINTS: Record<QrKind, string> = {
  dynamic: 'A short link you can point somewhere else at any time, with scans counted.',
  wifi: 'Joins a Wi-Fi network. Works offline; scans are not counted.',
  vcard: 'Saves a contact. Works offline; scans are not counted.',
  text: 'Shows a short text. Works offline; scans are not counted.',
  sms: 'Starts a text message. Scans are not counted.',
  email: 'Starts an e-mail. Scans are not counted.',
  phone: 'Calls a number. Scans are not counted.',
}

export const STATE_LABELS: Record<QrState, string> = {
  live: 'Live',
  paused: 'Paused',
  expired: 'Expired',
  limit_reached: 'Scan limit reached',
  static: 'Static',
}

export const STATUS_LABELS: Record<QrStatus, string> = { active: 'Active', paused: 'Paused' }

export const TARGET_LABELS: Record<QrTargetType, string> = {
  microsite: 'Branch page',
  section: 'A section of the branch page',
  lead_form: 'The branch page’s contact form',
  vcard: 'Contact card download',
  whatsapp: 'WhatsApp chat',
  review: 'Review page',
  url: 'Another web address',
}

/** What a scan of `code` gives people, in one line for the list. */
export function destinationOf(code: QrCode): string {
  if (code.kind === 'dynamic') return code.targetUrl ?? (code.target ? TARGET_LABELS[code.target.type] : '')
  const p = code.payload
  if (!p) return ''
  switch (p.type) {
    case 'wifi':
      return `Wi-Fi network “${p.ssid}”`
    case 'vcard':
      return `Contact: ${p.name}`
    case 'text':
      return p.text.length > 80 ? `${p.text.slice(0, 79)}…` : p.text
    case 'sms':
      return `Text message to ${p.phone}`
    case 'email':
      return `E-mail to ${p.to}`
    case 'phone':
      return `Call ${p.phone}`
  }
}

/** What the preview's screen-reader name says the code opens. */
export function previewLabel(code: Pick<QrCode, 'kind' | 'content' | 'targetUrl' | 'label'>): string {
  if (code.kind === 'dynamic')
    return code.targetUrl
      ? `QR code “${code.label}”: opens ${code.content}, which leads to ${code.targetUrl}`
      : `QR code “${code.label}”: opens ${code.content}`
  return `QR code “${code.label}” (${KIND_LABELS[code.kind]})`
}

export const formatScans = (n: number) => new Intl.NumberFormat().format(n)
