import { beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_QR_DESIGN, designFromBrand } from '../../worker/modules/qr/design/defaults.ts'
import { layoutQr } from '../../worker/modules/qr/design/layout.ts'
import type { QrDesign } from '../../worker/modules/qr/qr.model.ts'
import { buildCodePdf } from '../../worker/modules/qr/render/pdf/code-pdf.ts'
import { rgb } from '../../worker/modules/qr/render/pdf/pdf-canvas.ts'
import { addImage } from '../../worker/modules/qr/render/pdf/pdf-image.ts'
import { num, PdfWriter } from '../../worker/modules/qr/render/pdf/pdf-writer.ts'
import { logoPixels, sceneLogos } from '../../worker/modules/qr/render/pdf/raster.ts'
import { svgPathToPdf } from '../../worker/modules/qr/render/pdf/svg-path.ts'
import type { TextOutliner } from '../../worker/modules/qr/render/pdf/text-outline.ts'
import { logoDataUri, nodeOutliner, Resvg, rasterPages, readCode } from './qr-pdf-support.ts'

const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes)

let text: TextOutliner
beforeAll(async () => {
  text = await nodeOutliner()
})

describe('PDF writer', () => {
  it('writes an xref whose every offset points at its object', () => {
    const w = new PdfWriter()
    w.addPage({ width: 100, height: 50, content: '0 0 1 rg 0 0 10 10 re f', resources: {} })
    const pdf = latin1(w.finish({ title: 'Menü مرحبا' }))
    expect(pdf.startsWith('%PDF-1.4\n')).toBe(true)
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(pdf)?.[1])
    expect(pdf.slice(startxref, startxref + 4)).toBe('xref')
    const entries = pdf
      .slice(startxref)
      .split('\n')
      .slice(3)
      .filter((l) => / n $/.test(l))
    expect(entries.length).toBeGreaterThan(3)
    entries.forEach((line, i) => {
      const offset = Number(line.slice(0, 10))
      expect(pdf.slice(offset).startsWith(`${i + 1} 0 obj\n`)).toBe(true)
    })
    // Metadata in UTF-16 so any script survives.
    expect(pdf).toContain('/Title <FEFF004d0065006e00fc')
  })

  it('refuses an empty document and numbers that are not finite', () => {
    expect(() => new PdfWriter().finish()).toThrow(/at least one page/)
    expect(() => num(Number.NaN)).toThrow()
    expect(num(-0.0001)).toBe('0')
    expect(num(1.23456)).toBe('1.235')
  })

  it('parses colours', () => {
    expect(rgb('#ff0000')).toEqual([1, 0, 0])
    expect(rgb('#0f0')).toEqual([0, 1, 0])
    expect(() => rgb('red')).toThrow(/hex colour/)
  })

  it('adds a soft mask only for images with transparency', () => {
    const w = new PdfWriter()
    const opaque = { width: 1, height: 1, rgba: new Uint8Array([1, 2, 3, 255]) }
    const clear = { width: 1, height: 1, rgba: new Uint8Array([1, 2, 3, 0]) }
    addImage(w, opaque)
    w.addPage({ width: 1, height: 1, content: '', resources: {} })
    expect(latin1(w.finish())).not.toContain('/SMask')
    const w2 = new PdfWriter()
    addImage(w2, clear)
    w2.addPage({ width: 1, height: 1, content: '', resources: {} })
    expect(latin1(w2.finish())).toMatch(/\/SMask \d+ 0 R/)
    expect(() => addImage(new PdfWriter(), { width: 2, height: 2, rgba: new Uint8Array(4) })).toThrow(
      /does not match/,
    )
  })
})

describe('SVG path data', () => {
  it('turns lines, quadratics and closes into PDF operators', () => {
    expect(svgPathToPdf('M 0 0 L 10 0 H 20 V 5 Z')).toBe('0 0 m\n10 0 l\n20 0 l\n20 5 l\nh')
    // A quadratic from (0,0) via (3,3) to (6,0) is the cubic with handles at 2/3 of the way.
    expect(svgPathToPdf('M0 0Q3 3 6 0')).toBe('0 0 m\n2 2 4 2 6 0 c')
    expect(svgPathToPdf('m1 1 l2 0 2 2')).toBe('1 1 m\n3 1 l\n5 3 l')
  })

  it('splits arcs into cubic quarters that end where the arc ends', () => {
    const ops = svgPathToPdf('M 10 0 A 10 10 0 1 1 -10 0').split('\n')
    expect(ops).toHaveLength(3)
    expect(ops.at(-1)).toMatch(/ -10 0 c$/)
  })

  it('refuses malformed data', () => {
    expect(() => svgPathToPdf('10 10')).toThrow(/without a command/)
    expect(() => svgPathToPdf('M 1')).toThrow(/lacks numbers/)
  })
})

describe('text outlines', () => {
  it('outlines Latin and Arabic with the bundled font, centred on the anchor', () => {
    for (const line of ['Scan for menu', 'امسح لقائمة الطعام', 'Ünïcødé – שלום']) {
      const o = text(line)
      expect(o.d.length).toBeGreaterThan(100)
      expect(o.maxX - o.minX).toBeGreaterThan(100)
      expect(o.minX + o.maxX).toBeCloseTo(0, 1)
      expect(o.minY).toBeLessThan(0)
    }
    expect(text('   ').d).toBe('')
    expect(text('a <b> & "c"').d).not.toBe('')
  })
})

const CONTENT = 'https://vitrine.dev/q/h7Kq2xZp'

function decodeOnlyPage(pdf: Uint8Array, dpi = 200) {
  const pages = rasterPages(pdf, dpi)
  expect(pages).toHaveLength(1)
  const [page] = pages
  if (!page) throw new Error('no page')
  return { page, code: readCode(page) }
}

describe('codePdf', () => {
  it('prints a plain code at the asked width that decodes', () => {
    const pdf = buildCodePdf(layoutQr(CONTENT, DEFAULT_QR_DESIGN, null), { sizeMm: 40 }, text)
    const { page, code } = decodeOnlyPage(pdf)
    expect(page.pagePt.w).toBeCloseTo((40 * 72) / 25.4, 1)
    expect(code?.data).toBe(CONTENT)
    expect(latin1(pdf)).not.toContain('/Font')
  })

  it('prints a branded code with a logo and an Arabic call to action that decodes', async () => {
    const logo = logoDataUri()
    const design: QrDesign = {
      ...designFromBrand({ primary: '#0b5fff' }),
      moduleStyle: 'dots',
      eyeStyle: 'circle',
      logoMediaId: 'med_01JD3Q9W2Z8K5V7M4N6P0R1S2T',
      logoScale: 0.25,
      frame: { style: 'rounded', text: 'امسح للقائمة', color: '#0b3d91', textColor: '#ffffff' },
    }
    const scene = layoutQr(CONTENT, design, logo)
    expect(scene.items.some((i) => i.kind === 'image')).toBe(true)
    const [raster] = await sceneLogos(Resvg, [{ scene, widthMm: 60 }])
    expect(raster?.width).toBe(logoPixels(scene, 60))
    const pdf = buildCodePdf(scene, { sizeMm: 60, logo: raster }, text)
    expect(latin1(pdf)).toMatch(/\/SMask \d+ 0 R/)
    const { page, code } = decodeOnlyPage(pdf)
    expect(page.pagePt.h / page.pagePt.w).toBeCloseTo(scene.height / scene.width, 3)
    expect(code?.data).toBe(CONTENT)
  })

  it('decodes styled modules in every module and eye style', () => {
    for (const moduleStyle of ['square', 'rounded', 'dots', 'classy'] as const)
      for (const eyeStyle of ['square', 'rounded', 'circle'] as const) {
        const design = { ...DEFAULT_QR_DESIGN, moduleStyle, eyeStyle, foreground: '#5b1a8c' }
        const pdf = buildCodePdf(
          layoutQr(`${CONTENT}?s=${moduleStyle}-${eyeStyle}`, design, null),
          { sizeMm: 30 },
          text,
        )
        expect(decodeOnlyPage(pdf, 150).code?.data).toBe(`${CONTENT}?s=${moduleStyle}-${eyeStyle}`)
      }
  })

  it('refuses sizes outside 10 mm to 1 m', () => {
    const scene = layoutQr(CONTENT, DEFAULT_QR_DESIGN, null)
    expect(() => buildCodePdf(scene, { sizeMm: 5 }, text)).toThrow(RangeError)
    expect(() => buildCodePdf(scene, { sizeMm: 1001 }, text)).toThrow(RangeError)
  })
})
