/**
 * What a file really is, from its first bytes: the declared type and the file name are the
 * uploader's claim, and a claim is how a script dressed as `photo.png` gets served. Images
 * also yield their pixel size from the header, without decoding.
 */
import type { MEDIA_KINDS } from './media.tables.ts'

export interface SniffedMedia {
  kind: (typeof MEDIA_KINDS)[number]
  contentType: string
  ext: string
  /** Null for videos, and for an image whose header is cut short. */
  width: number | null
  height: number | null
}

const ascii = (bytes: Uint8Array, at: number, length: number) =>
  String.fromCharCode(...bytes.subarray(at, at + length))
const u16be = (b: Uint8Array, at: number) => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0)
const u16le = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8)
const u24le = (b: Uint8Array, at: number) => u16le(b, at) | ((b[at + 2] ?? 0) << 16)
const u32be = (b: Uint8Array, at: number) => u16be(b, at) * 0x10000 + u16be(b, at + 2)

type Size = { width: number; height: number } | null

function pngSize(b: Uint8Array): Size {
  return ascii(b, 12, 4) === 'IHDR' ? { width: u32be(b, 16), height: u32be(b, 20) } : null
}

function gifSize(b: Uint8Array): Size {
  return b.length >= 10 ? { width: u16le(b, 6), height: u16le(b, 8) } : null
}

/** Walks the JPEG segments to the first start-of-frame, which carries the size. */
function jpegSize(b: Uint8Array): Size {
  let at = 2
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return null
    const marker = b[at + 1] ?? 0
    if (marker === 0xff) {
      at += 1
      continue
    }
    const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)
    if (isFrame) return { height: u16be(b, at + 5), width: u16be(b, at + 7) }
    at += 2 + u16be(b, at + 2)
  }
  return null
}

function webpSize(b: Uint8Array): Size {
  const chunk = ascii(b, 12, 4)
  if (chunk === 'VP8X') return { width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 }
  if (chunk === 'VP8 ' && b[23] === 0x9d && b[24] === 0x01 && b[25] === 0x2a)
    return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff }
  if (chunk === 'VP8L' && b[20] === 0x2f) {
    const bits = (b[21] ?? 0) | ((b[22] ?? 0) << 8) | ((b[23] ?? 0) << 16) | ((b[24] ?? 0) << 24)
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 }
  }
  return null
}

/** AVIF keeps sizes in `ispe` properties; the largest is the image (others are thumbnails). */
function avifSize(b: Uint8Array): Size {
  let best: Size = null
  const end = Math.min(b.length, 64 * 1024) - 16
  for (let at = 4; at < end; at++) {
    if (b[at] !== 0x69 || ascii(b, at, 4) !== 'ispe') continue
    const width = u32be(b, at + 8)
    const height = u32be(b, at + 12)
    if (!best || width * height > best.width * best.height) best = { width, height }
  }
  return best
}

const AVIF_BRANDS = new Set(['avif', 'avis'])
const MP4_BRANDS = new Set([
  'isom',
  'iso2',
  'iso3',
  'iso4',
  'iso5',
  'iso6',
  'mp41',
  'mp42',
  'mp71',
  'avc1',
  'M4V ',
  'dash',
  'mmp4',
])

/** ISO base media files (MP4, AVIF) name their brands in the leading `ftyp` box. */
function ftypBrands(b: Uint8Array): string[] {
  if (ascii(b, 4, 4) !== 'ftyp') return []
  const size = Math.min(u32be(b, 0), b.length, 256)
  const brands = [ascii(b, 8, 4)]
  for (let at = 16; at + 4 <= size; at += 4) brands.push(ascii(b, at, 4))
  return brands
}

const image = (contentType: string, ext: string, size: Size): SniffedMedia => ({
  kind: 'image',
  contentType,
  ext,
  width: size?.width ?? null,
  height: size?.height ?? null,
})
const video = (contentType: string, ext: string): SniffedMedia => ({
  kind: 'video',
  contentType,
  ext,
  width: null,
  height: null,
})

/** The media type of `bytes`, or null when it is none we accept. */
export function sniffMedia(b: Uint8Array): SniffedMedia | null {
  if (b.length < 12) return null
  if (u32be(b, 0) === 0x89504e47 && u32be(b, 4) === 0x0d0a1a0a) return image('image/png', 'png', pngSize(b))
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return image('image/jpeg', 'jpg', jpegSize(b))
  if (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a') return image('image/gif', 'gif', gifSize(b))
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return image('image/webp', 'webp', webpSize(b))
  const brands = ftypBrands(b)
  if (brands.some((brand) => AVIF_BRANDS.has(brand))) return image('image/avif', 'avif', avifSize(b))
  if (brands.some((brand) => MP4_BRANDS.has(brand))) return video('video/mp4', 'mp4')
  // EBML header, then a DocType of "webm" (Matroska files say "matroska" and are refused).
  if (u32be(b, 0) === 0x1a45dfa3 && ascii(b, 4, 60).includes('webm')) return video('video/webm', 'webm')
  return null
}

/** SVG and other markup get their own refusal message: they can carry scripts. */
export function looksLikeMarkup(b: Uint8Array): boolean {
  const head = ascii(b, 0, 512)
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase()
  return (
    head.startsWith('<?xml') ||
    head.startsWith('<svg') ||
    head.startsWith('<!doctype') ||
    head.startsWith('<html') ||
    head.includes('<svg')
  )
}
