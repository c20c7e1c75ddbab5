// Links that act without JavaScript: the phone dials, WhatsApp opens a chat, maps give directions.
import type { BranchAddress } from '../../brands/index.ts'

const digits = (phone: string) => phone.replace(/\D/g, '')

/** `tel:+14155550100` from any way of writing the number. */
export const telHref = (phone: string) => `tel:${phone.trim().startsWith('+') ? '+' : ''}${digits(phone)}`

/** A WhatsApp chat with the number, the message typed in for the visitor. */
export function whatsappHref(phone: string, message?: string) {
  const text = message?.trim() ? `?text=${encodeURIComponent(message.trim())}` : ''
  return `https://wa.me/${digits(phone)}${text}`
}

export const mailtoHref = (email: string) => `mailto:${email}`

// Where the postal code follows the city ("San Francisco, CA 94103") rather than leads it.
const POSTCODE_AFTER_CITY = new Set(['US', 'CA', 'AU', 'GB', 'IE', 'IN', 'NZ', 'ZA'])

/** The street part, then "city, region postcode" or "postcode city, region" as the country writes it. */
export function addressLines(address: BranchAddress): string[] {
  const { city, region, postalCode } = address
  const locality = POSTCODE_AFTER_CITY.has(address.country)
    ? [[city, region].filter(Boolean).join(', '), postalCode].filter(Boolean).join(' ')
    : [[postalCode, city].filter(Boolean).join(' '), region].filter(Boolean).join(', ')
  return [address.line1, address.line2, locality].filter((line): line is string => !!line?.trim())
}

/** The address on one line, for visitors who are nearby (so without the country). */
export const addressLine = (address: BranchAddress) => addressLines(address).join(', ')

const hasPoint = (address: BranchAddress) =>
  typeof address.latitude === 'number' && typeof address.longitude === 'number'

/** Turn-by-turn directions in whatever maps app the phone prefers for https links. */
export function directionsHref(address: BranchAddress): string {
  const destination = hasPoint(address) ? `${address.latitude},${address.longitude}` : addressLine(address)
  return `https://www.google.com/maps/dir/?api=1&destination=${encodeURIComponent(destination)}`
}

/** The place on a map, pinned by coordinates when we have them. */
export function mapHref(address: BranchAddress): string {
  if (hasPoint(address)) {
    const { latitude: lat, longitude: lng } = address
    return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=17/${lat}/${lng}`
  }
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(addressLine(address))}`
}

/** A UPI intent: any UPI app on the phone opens with the payee filled in. Some apps do not decode `%40`. */
export function upiHref(upiId: string, payeeName: string): string {
  const payee = encodeURIComponent(upiId).replace('%40', '@')
  return `upi://pay?pa=${payee}&pn=${encodeURIComponent(payeeName)}&cu=INR`
}

/** `path?lang=xx`, or the bare path for the default language. */
export function withLanguage(path: string, language: string, defaultLanguage: string): string {
  return language === defaultLanguage ? path : `${path}?lang=${language}`
}
