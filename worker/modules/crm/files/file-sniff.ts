/**
 * What an attached file really is, from its bytes: the name and the declared type are the
 * uploader's claim, and a claim is how `invoice.pdf` turns out to be a program. We accept
 * images, PDFs, plain text and CSV, and Office documents (checked inside the ZIP, macros
 * refused); markup (HTML, SVG, XML) and programs are refused because they can run code.
 */
import { unzipSync } from 'fflate'

export interface SniffedFile {
  contentType: string
  /** The extensions a file of this type may carry; the first is the one added when missing. */
  extensions: readonly string[]
  preview: 'image' | 'pdf' | null
}

export type Refusal = { refused: 'program' | 'markup' | 'macro' | 'unknown' }

export const ACCEPTED_FILES =
  'images (PNG, JPEG, WebP, GIF), PDF, plain text or CSV, and Word, Excel or PowerPoint documents (.docx, .xlsx, .pptx)'

const ascii = (b: Uint8Array, at: number, length: number) =>
  String.fromCharCode(...b.subarray(at, at + length))
const u32be = (b: Uint8Array, at: number) =>
  (((b[at] ?? 0) << 24) | ((b[at + 1] ?? 0) << 16) | ((b[at + 2] ?? 0) << 8) | (b[at + 3] ?? 0)) >>> 0

const file = (contentType: string, extensions: string[], preview: SniffedFile['preview'] = null) => ({
  contentType,
  extensions,
  preview,
})

function sniffImageOrPdf(b: Uint8Array): SniffedFile | null {
  if (u32be(b, 0) === 0x89504e47 && u32be(b, 4) === 0x0d0a1a0a) return file('image/png', ['png'], 'image')
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return file('image/jpeg', ['jpg', 'jpeg'], 'image')
  if (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a') return file('image/gif', ['gif'], 'image')
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return file('image/webp', ['webp'], 'image')
  if (ascii(b, 0, 5) === '%PDF-') return file('application/pdf', ['pdf'], 'pdf')
  return null
}

/** Windows (MZ), Linux (ELF), macOS (Mach-O, fat binaries; also Java classes), WebAssembly, Android. */
function isProgram(b: Uint8Array): boolean {
  const magic = u32be(b, 0)
  return (
    (ascii(b, 0, 2) === 'MZ' && b.length >= 64) ||
    ascii(b, 0, 4) === '\x7fELF' ||
    [0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe].includes(magic) ||
    ascii(b, 0, 4) === '\0asm' ||
    ascii(b, 0, 4) === 'dex\n'
  )
}

const OFFICE = {
  'wordprocessingml.document': ['docx'],
  'spreadsheetml.sheet': ['xlsx'],
  'presentationml.presentation': ['pptx'],
} as const
const OPENXML = 'application/vnd.openxmlformats-officedocument.'
const MAX_CONTENT_TYPES_BYTES = 256 * 1024

/** An Office Open XML package: a ZIP whose [Content_Types].xml names a main document part. */
function sniffOffice(b: Uint8Array): SniffedFile | Refusal | null {
  if (ascii(b, 0, 4) !== 'PK\x03\x04') return null
  let hasMacros = false
  let entries: Record<string, Uint8Array>
  try {
    entries = unzipSync(b, {
      filter: (entry) => {
        if (/vbaProject\.bin$/i.test(entry.name)) hasMacros = true
        return entry.name === '[Content_Types].xml' && entry.originalSize <= MAX_CONTENT_TYPES_BYTES
      },
    })
  } catch {
    return null
  }
  const manifest = entries['[Content_Types].xml']
  if (!manifest) return null
  const types = new TextDecoder().decode(manifest)
  if (hasMacros || /macroEnabled/i.test(types)) return { refused: 'macro' }
  for (const [kind, extensions] of Object.entries(OFFICE))
    if (types.includes(`${OPENXML}${kind}.main+xml`)) return file(`${OPENXML}${kind}`, [...extensions])
  return null
}

/**
 * UTF-8 text without NUL bytes. Text that opens like markup or a script (`<html`, `<svg`,
 * `<?xml`, `#!`) is refused: a browser or a desktop may run it. CSV is told apart by its name
 * only, since the bytes cannot tell.
 */
function sniffText(b: Uint8Array, name: string): SniffedFile | Refusal | null {
  if (b.includes(0)) return null
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(b)
  } catch {
    return null
  }
  const head = text
    .slice(0, 1024)
    .replace(/^\uFEFF/, '')
    .trimStart()
  if (/^<[a-z!?/]/i.test(head)) return { refused: 'markup' }
  if (head.startsWith('#!')) return { refused: 'program' }
  if (/\.csv$/i.test(name)) return file('text/csv; charset=utf-8', ['csv'])
  if (/\.tsv$/i.test(name)) return file('text/tab-separated-values; charset=utf-8', ['tsv'])
  return file('text/plain; charset=utf-8', ['txt', 'text', 'log', 'md'])
}

/** The type of `bytes` (the whole file), or why it is refused. */
export function sniffAttachment(bytes: Uint8Array, name: string): SniffedFile | Refusal {
  if (isProgram(bytes)) return { refused: 'program' }
  const known = sniffImageOrPdf(bytes) ?? sniffOffice(bytes) ?? sniffText(bytes, name)
  return known ?? { refused: 'unknown' }
}
