// A minimal PDF 1.4 writer: numbered objects, Flate streams, one page tree, a classic xref
// table. Enough for vector QR codes, outlined text and alpha-masked images; no fonts, because
// every glyph arrives as a path (see text-outline.ts).
import { zlibSync } from 'fflate'

/** A PDF value as written: numbers, names, strings, references, arrays and dictionaries. */
export type PdfValue =
  | number
  | boolean
  | null
  | PdfName
  | PdfRef
  | PdfString
  | PdfValue[]
  | { [key: string]: PdfValue }

export type PdfName = { readonly name: string }
export type PdfRef = { readonly ref: number }
export type PdfString = { readonly text: string }

export const name = (n: string): PdfName => ({ name: n })
export const literal = (text: string): PdfString => ({ text })

const encoder = new TextEncoder()

const SCALE = [1, 10, 100, 1000, 10000, 100000]

/**
 * Numbers in content and dictionaries: at most `digits` decimals, no exponent, no "-0".
 * Paths use 2 (a hundredth of a point or of a module), matrices more so scales stay exact.
 */
export function num(n: number, digits = 3): string {
  if (!Number.isFinite(n)) throw new Error(`Not a finite number: ${n}`)
  const k = SCALE[digits] ?? 1000
  const r = Math.round(n * k) / k
  if (Math.abs(r) >= 1e15) throw new Error(`Number too large for a PDF: ${n}`)
  return r === 0 ? '0' : String(r)
}

function serialize(v: PdfValue): string {
  if (v === null) return 'null'
  if (typeof v === 'number') return num(v)
  if (typeof v === 'boolean') return String(v)
  if (Array.isArray(v)) return `[${v.map(serialize).join(' ')}]`
  if ('name' in v && typeof v.name === 'string')
    return `/${v.name.replace(/[^A-Za-z0-9._-]/g, (c) => `#${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}`
  if ('ref' in v && typeof v.ref === 'number') return `${v.ref} 0 R`
  if ('text' in v && typeof v.text === 'string') {
    // Metadata strings only: UTF-16BE with a BOM keeps any script intact, written as hex.
    let hex = 'FEFF'
    for (let i = 0; i < v.text.length; i++) hex += v.text.charCodeAt(i).toString(16).padStart(4, '0')
    return `<${hex}>`
  }
  const dict = v as { [key: string]: PdfValue }
  return `<<${Object.entries(dict)
    .map(([k, val]) => `/${k} ${serialize(val)}`)
    .join(' ')}>>`
}

type Slot = { dict: string; stream?: Uint8Array }

export type PdfPage = {
  width: number
  height: number
  content: string
  resources: { [key: string]: PdfValue }
}

export class PdfWriter {
  private readonly objects: (Slot | undefined)[] = []
  private readonly pages: PdfRef[] = []
  private readonly pagesRef: PdfRef

  constructor() {
    this.pagesRef = this.reserve()
  }

  /** A reference to fill later (for objects that point at each other). */
  reserve(): PdfRef {
    this.objects.push(undefined)
    return { ref: this.objects.length }
  }

  add(value: PdfValue, at: PdfRef = this.reserve()): PdfRef {
    this.objects[at.ref - 1] = { dict: serialize(value) }
    return at
  }

  /** A stream, Flate-compressed unless already encoded (then pass its /Filter in `dict`). */
  addStream(data: Uint8Array | string, dict: { [key: string]: PdfValue } = {}, compress = true): PdfRef {
    const raw = typeof data === 'string' ? encoder.encode(data) : data
    const body = compress ? zlibSync(raw, { level: 6 }) : raw
    const full: { [key: string]: PdfValue } = { ...dict, Length: body.length }
    if (compress) full.Filter = name('FlateDecode')
    const at = this.reserve()
    this.objects[at.ref - 1] = { dict: serialize(full), stream: body }
    return at
  }

  /** Pages are in top-left user space already (the content carries its own flip). */
  addPage(page: PdfPage): PdfRef {
    const content = this.addStream(page.content)
    const ref = this.add({
      Type: name('Page'),
      Parent: this.pagesRef,
      MediaBox: [0, 0, page.width, page.height],
      Resources: page.resources,
      Contents: content,
    })
    this.pages.push(ref)
    return ref
  }

  get pageCount(): number {
    return this.pages.length
  }

  finish(info: { title?: string } = {}): Uint8Array<ArrayBuffer> {
    if (this.pages.length === 0) throw new Error('A PDF needs at least one page')
    this.add({ Type: name('Pages'), Kids: this.pages, Count: this.pages.length }, this.pagesRef)
    const catalog = this.add({ Type: name('Catalog'), Pages: this.pagesRef })
    const infoDict: { [key: string]: PdfValue } = { Producer: literal('Vitrine') }
    if (info.title) infoDict.Title = literal(info.title)
    const infoRef = this.add(infoDict)

    const chunks: Uint8Array[] = []
    let offset = 0
    const push = (part: Uint8Array | string) => {
      const bytes = typeof part === 'string' ? encoder.encode(part) : part
      chunks.push(bytes)
      offset += bytes.length
    }
    // The binary comment tells transfer tools the file is not plain text.
    push('%PDF-1.4\n')
    push(new Uint8Array([0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a]))
    const offsets: number[] = []
    this.objects.forEach((slot, i) => {
      if (!slot) throw new Error(`PDF object ${i + 1} was reserved but never written`)
      offsets.push(offset)
      push(`${i + 1} 0 obj\n${slot.dict}\n`)
      if (slot.stream) {
        push('stream\n')
        push(slot.stream)
        push('\nendstream\n')
      }
      push('endobj\n')
    })
    const xrefAt = offset
    let xref = `xref\n0 ${this.objects.length + 1}\n0000000000 65535 f \n`
    for (const o of offsets) xref += `${String(o).padStart(10, '0')} 00000 n \n`
    push(xref)
    push(
      `trailer\n${serialize({ Size: this.objects.length + 1, Root: catalog, Info: infoRef })}\nstartxref\n${xrefAt}\n%%EOF\n`,
    )
    const out = new Uint8Array(offset)
    let at = 0
    for (const c of chunks) {
      out.set(c, at)
      at += c.length
    }
    return out
  }
}
