// The vCards behind "Save contact": the branch's (logo as photo) and each staff member's.
import { chromeFor } from '../render/chrome-strings.ts'
import { hasHours, localDate, specialRows, weekRows } from '../render/format.ts'
import type { MediaInfo, PageData, PageStaff } from '../render/page-model.ts'
import { attachmentDisposition, buildVcard, splitName } from './vcard.ts'

// Larger photos make cards some phones refuse to import; such cards go without one.
const MAX_PHOTO_BYTES = 200 * 1024
const PHOTO_TYPES: Record<string, 'JPEG' | 'PNG'> = { 'image/jpeg': 'JPEG', 'image/png': 'PNG' }

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let at = 0; at < bytes.length; at += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000))
  return btoa(binary)
}

async function photoOf(bucket: R2Bucket, media: MediaInfo | undefined) {
  const type = media ? PHOTO_TYPES[media.contentType] : undefined
  if (!media || !type || media.bytes > MAX_PHOTO_BYTES) return null
  const object = await bucket.get(media.key)
  if (!object) return null
  return { base64: toBase64(new Uint8Array(await object.arrayBuffer())), type }
}

/** The opening hours in words, in the site's default language, for the card's NOTE. */
function hoursNote(data: PageData, now: Date): string | undefined {
  const { hours, timezone } = data.branch
  if (!hasHours(hours)) return undefined
  const language = data.content.defaultLanguage
  const t = chromeFor(language)
  const rows = [
    ...weekRows(hours, language, t),
    ...specialRows(hours, localDate(now, timezone), language, t),
  ].map((row) => (row.text ? `${row.label}: ${row.text}` : row.label))
  return `${t.openingHours}\n${rows.join('\n')}`
}

export interface VcardFile {
  body: string
  disposition: string
}

export async function branchVcard(
  bucket: R2Bucket,
  data: PageData,
  page: { url: string; now: Date },
): Promise<VcardFile> {
  const { brand, branch } = data
  const body = buildVcard({
    fullName: branch.name === brand.name ? brand.name : `${brand.name} ${branch.name}`,
    org: branch.name === brand.name ? [brand.name] : [brand.name, branch.name],
    phones: [
      ...branch.phones.map((p) => ({ number: p.number, type: 'WORK,VOICE' as const })),
      ...(branch.whatsapp ? [{ number: branch.whatsapp, type: 'CELL' as const }] : []),
    ],
    emails: branch.email ? [branch.email] : [],
    address: branch.address,
    urls: [page.url, ...branch.social.map((s) => s.url)],
    photo: await photoOf(bucket, data.media.get(brand.logoMediaId ?? '')),
    note: hoursNote(data, page.now),
  })
  return { body, disposition: attachmentDisposition(branch.name, 'vcf') }
}

export async function staffVcard(
  bucket: R2Bucket,
  data: PageData,
  person: PageStaff,
  page: { url: string },
): Promise<VcardFile> {
  const { brand, branch } = data
  const photo =
    (await photoOf(bucket, data.media.get(person.photoMediaId ?? ''))) ??
    (await photoOf(bucket, data.media.get(brand.logoMediaId ?? '')))
  const body = buildVcard({
    fullName: person.name,
    person: splitName(person.name),
    org: [brand.name, branch.name],
    title: person.title,
    phones: [
      ...(person.phone ? [{ number: person.phone, type: 'WORK,VOICE' as const }] : []),
      ...(person.whatsapp ? [{ number: person.whatsapp, type: 'CELL' as const }] : []),
      ...branch.phones.slice(0, 1).map((p) => ({ number: p.number, type: 'WORK,VOICE' as const })),
    ],
    emails: person.email ? [person.email] : branch.email ? [branch.email] : [],
    address: branch.address,
    urls: [page.url],
    photo,
  })
  return { body, disposition: attachmentDisposition(person.name, 'vcf') }
}
