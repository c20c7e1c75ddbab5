// Every style the designer offers must still scan: drawn, rasterised and read back with jsQR.
import { describe, expect, it } from 'vitest'
import { DEFAULT_QR_DESIGN, designFromBrand } from '../../../worker/modules/qr/design/defaults.ts'
import { LOGO_MAX_HIDDEN_SHARE } from '../../../worker/modules/qr/design/design-rules.ts'
import { estimateEms } from '../../../worker/modules/qr/design/frame.ts'
import { layoutQr } from '../../../worker/modules/qr/design/layout.ts'
import { qrMatrix } from '../../../worker/modules/qr/design/matrix.ts'
import { qrSceneToSvg } from '../../../worker/modules/qr/design/to-svg.ts'
import { EYE_STYLES, MODULE_STYLES, type QrDesign } from '../../../worker/modules/qr/qr.model.ts'
import { renderPng } from '../../../worker/modules/qr/render/png.ts'
import { decodePng, logoOf, logoPng, readPng, readSvg } from './design-helpers.ts'

const URL = 'https://vitrine.example/q/h7Kq2xZp'
const design = (over: Partial<QrDesign> = {}): QrDesign => ({ ...DEFAULT_QR_DESIGN, ...over })
const LOGO = logoOf(logoPng())
const BRAND = designFromBrand({ primary: '#e4002b', background: '#fdf6e3' })

describe('every module and eye style scans', () => {
  for (const moduleStyle of MODULE_STYLES)
    for (const eyeStyle of EYE_STYLES) {
      it(`${moduleStyle} modules with ${eyeStyle} eyes`, async () => {
        const plain = qrSceneToSvg(layoutQr(URL, design({ moduleStyle, eyeStyle }), null))
        expect(await readSvg(plain)).toBe(URL)
        // The hardest case for the same style: brand colours, an eye colour, the largest logo and a frame.
        const branded = design({
          ...BRAND,
          moduleStyle,
          eyeStyle,
          eyeColor: '#1d4ed8',
          logoScale: 0.3,
          frame: { style: 'rounded', text: 'Scan for menu', color: '#e4002b', textColor: '#ffffff' },
        })
        expect(await readSvg(qrSceneToSvg(layoutQr(URL, branded, LOGO)))).toBe(URL)
      })
    }
})

describe('the logo', () => {
  it('sits on a plate that clears the modules under it, within the hidden-area cap', () => {
    const scene = layoutQr(URL, design({ logoScale: 0.3 }), LOGO)
    const plate = scene.items.find((i) => i.kind === 'fill' && i.role === 'plate')
    const image = scene.items.find((i) => i.kind === 'image')
    if (plate?.kind !== 'fill' || plate.shapes[0]?.kind !== 'rect' || image?.kind !== 'image')
      throw new Error('no plate or logo in the scene')
    const box = plate.shapes[0]
    const n = scene.symbol.size
    // Error correction H: the symbol is the H size for this content.
    expect(n).toBe(qrMatrix(URL, 'H').length)
    expect(box.width * box.height).toBeLessThanOrEqual(LOGO_MAX_HIDDEN_SHARE * n * n)
    // The logo keeps its 3:2 aspect and stays inside the plate.
    expect(image.width / image.height).toBeCloseTo(1.5, 5)
    expect(image.x).toBeGreaterThanOrEqual(box.x)
    expect(image.x + image.width).toBeLessThanOrEqual(box.x + box.width)
    // No module shape reaches into the plate.
    const modules = scene.items.filter((i) => i.kind === 'fill' && i.role === 'modules')
    for (const fill of modules)
      if (fill.kind === 'fill')
        for (const s of fill.shapes) {
          const [x, y, w, h] =
            s.kind === 'rect' ? [s.x, s.y, s.width, s.height] : [s.cx - s.r, s.cy - s.r, 2 * s.r, 2 * s.r]
          const overlaps = x < box.x + box.width && x + w > box.x && y < box.y + box.height && y + h > box.y
          expect(overlaps).toBe(false)
        }
  })

  it('keeps a tall logo within the cap by its height', () => {
    const tall = logoOf(logoPng(100, 300), 100, 300)
    const scene = layoutQr(URL, design({ logoScale: 0.3 }), tall)
    const image = scene.items.find((i) => i.kind === 'image')
    expect(image?.kind === 'image' && image.height / image.width).toBeCloseTo(3, 5)
    expect(image?.kind === 'image' && image.height).toBeLessThanOrEqual(0.3 * scene.symbol.size)
  })

  it('embeds the logo in the SVG, escaped', async () => {
    const svg = qrSceneToSvg(
      layoutQr(URL, design(), { href: 'https://x.test/l.png?a=1&b="2"', width: 10, height: 10 }),
    )
    expect(svg).toContain('xlink:href="https://x.test/l.png?a=1&amp;b=&quot;2&quot;"')
  })
})

describe('frames and text', () => {
  for (const style of ['banner', 'box', 'rounded'] as const)
    it(`a ${style} frame with its call to action still scans`, async () => {
      const d = design({
        frame: { style, text: 'Scan for our lunch menu', color: '#0f766e', textColor: '#ffffff' },
      })
      const scene = layoutQr(URL, d, null)
      expect(scene.height).toBeGreaterThan(scene.width)
      const text = scene.items.find((i) => i.kind === 'text')
      if (text?.kind !== 'text') throw new Error('no call to action in the scene')
      expect(text.fontSize * estimateEms(text.text)).toBeLessThanOrEqual(text.maxWidth + 1e-9)
      expect(text.maxWidth).toBeLessThan(scene.width)
      const svg = qrSceneToSvg(scene, { size: 480 })
      expect(svg).toContain('>Scan for our lunch menu</text>')
      expect(svg).toContain('height="')
      expect(await readSvg(svg)).toBe(URL)
    })

  it('escapes text and drops characters XML cannot hold', () => {
    const d = design({
      frame: { style: 'box', text: '<b>Tom & "Jerry"\u0001</b>', color: '#111111', textColor: '#ffffff' },
    })
    const svg = qrSceneToSvg(layoutQr(URL, d, null), { title: 'Table <4> & \u0002' })
    expect(svg).toContain('&lt;b&gt;Tom &amp; &quot;Jerry&quot; &lt;/b&gt;</text>')
    expect(svg).toContain('<title>Table &lt;4&gt; &amp; </title>')
    expect([...svg].filter((c) => c.charCodeAt(0) < 0x20)).toEqual([])
  })

  it('sets Arabic text with the bundled font', async () => {
    const d = design({
      frame: { style: 'banner', text: 'امسح للقائمة', color: '#0f766e', textColor: '#ffffff' },
    })
    expect(await readSvg(qrSceneToSvg(layoutQr(URL, d, null)))).toBe(URL)
  })
})

describe('contents and colours', () => {
  it('encodes non-ASCII as UTF-8 without a byte order mark', async () => {
    const vcard = 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Ærø – مطعم 😀\r\nEND:VCARD'
    expect(await readSvg(qrSceneToSvg(layoutQr(vcard, design(), null)))).toBe(vcard)
  })

  it('scans a long content (version 20+) drawn in dots with a logo', async () => {
    const long = `${URL}?${'utm_campaign=spring-menu&'.repeat(14)}`
    const scene = layoutQr(long, design({ moduleStyle: 'dots', eyeStyle: 'circle' }), LOGO)
    expect(scene.symbol.size).toBeGreaterThanOrEqual(97)
    expect(await readSvg(qrSceneToSvg(scene), 1400)).toBe(long)
  })

  it('refuses content longer than any code holds, with a plain error', () => {
    expect(() => layoutQr('x'.repeat(1300), design(), LOGO)).toThrow(/too long for a QR code/)
  })

  it('scans at the minimum contrast the rules allow', async () => {
    // #949494 on white is 3.03:1, just above MIN_QR_CONTRAST.
    const d = design({ foreground: '#949494', moduleStyle: 'rounded' })
    expect(await readSvg(qrSceneToSvg(layoutQr(URL, d, null)))).toBe(URL)
  })

  it('scans the brand-coloured default, with a narrow quiet zone', async () => {
    const d = { ...designFromBrand({ primary: '#ffcc00' }), quietZone: 2 }
    expect(await readSvg(qrSceneToSvg(layoutQr(URL, d, LOGO)))).toBe(URL)
  })
})

describe('PNG', () => {
  it('renders at the asked width with the DPI recorded, and scans', async () => {
    const svg = qrSceneToSvg(layoutQr(URL, BRAND, LOGO))
    const png = await renderPng(svg, { width: 512, dpi: 300 })
    const decoded = decodePng(png)
    expect(decoded.width).toBe(512)
    expect(decoded.resolution).toEqual({ x: 11811, y: 11811, unit: 1 })
    expect(readPng(png)).toBe(URL)
    const plain = decodePng(await renderPng(svg, { width: 256 }))
    expect(plain.width).toBe(256)
    expect(plain.resolution).toBeUndefined()
  })

  it('refuses widths outside 256..4096', async () => {
    const svg = qrSceneToSvg(layoutQr(URL, design(), null))
    await expect(renderPng(svg, { width: 100 })).rejects.toThrow(RangeError)
    await expect(renderPng(svg, { width: 5000 })).rejects.toThrow(RangeError)
  })
})
