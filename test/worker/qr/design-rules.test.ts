import { describe, expect, it } from 'vitest'
import { DEFAULT_QR_DESIGN, designFromBrand } from '../../../worker/modules/qr/design/defaults.ts'
import {
  checkDesign,
  contrastRatio,
  effectiveDesign,
  MAX_LOGO_SCALE,
  MIN_QR_CONTRAST,
  SAFE_QR_CONTRAST,
} from '../../../worker/modules/qr/design/design-rules.ts'
import { QrDesign } from '../../../worker/modules/qr/qr.model.ts'

const design = (over: Partial<QrDesign> = {}): QrDesign => ({ ...DEFAULT_QR_DESIGN, ...over })
const fields = (issues: { field: string }[]) => issues.map((i) => i.field)

describe('contrast', () => {
  it('follows WCAG 2', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5)
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2)
    expect(contrastRatio('#123456', '#123456')).toBe(1)
  })

  it('keeps the default design valid under the API schema', () => {
    expect(QrDesign.parse(DEFAULT_QR_DESIGN)).toEqual(DEFAULT_QR_DESIGN)
    expect(checkDesign(DEFAULT_QR_DESIGN, { hasLogo: false })).toEqual({ errors: [], warnings: [] })
  })
})

describe('checkDesign', () => {
  it('refuses modules below the minimum contrast, naming the ratio', () => {
    const { errors } = checkDesign(design({ foreground: '#bbbbbb' }), { hasLogo: false })
    expect(fields(errors)).toEqual(['design.foreground'])
    expect(contrastRatio('#bbbbbb', '#ffffff')).toBeLessThan(MIN_QR_CONTRAST)
    expect(errors[0]?.message).toMatch(/too little contrast .*1\.9:1.* at least 3:1/)
  })

  it('warns (but allows) between the minimum and the safe contrast', () => {
    const gray = '#888888'
    const ratio = contrastRatio(gray, '#ffffff')
    expect(ratio).toBeGreaterThan(MIN_QR_CONTRAST)
    expect(ratio).toBeLessThan(SAFE_QR_CONTRAST)
    const result = checkDesign(design({ foreground: gray }), { hasLogo: false })
    expect(result.errors).toEqual([])
    expect(fields(result.warnings)).toEqual(['design.foreground'])
  })

  it('refuses light modules on a dark background even with plenty of contrast', () => {
    const { errors } = checkDesign(design({ foreground: '#ffffff', background: '#000000' }), {
      hasLogo: false,
    })
    expect(fields(errors)).toEqual(['design.foreground'])
    expect(errors[0]?.message).toContain('lighter than the background')
  })

  it('checks an eye colour on its own', () => {
    const low = checkDesign(design({ eyeColor: '#dddddd' }), { hasLogo: false })
    expect(fields(low.errors)).toEqual(['design.eyeColor'])
    const fine = checkDesign(design({ eyeColor: '#b00020' }), { hasLogo: false })
    expect(fine.errors).toEqual([])
  })

  it('refuses frame text that cannot be read on the frame colour, only when shown', () => {
    const frame = { style: 'box' as const, text: 'Scan for menu', color: '#0f766e', textColor: '#128070' }
    expect(fields(checkDesign(design({ frame }), { hasLogo: false }).errors)).toEqual([
      'design.frame.textColor',
    ])
    expect(checkDesign(design({ frame: { ...frame, text: '' } }), { hasLogo: false }).errors).toEqual([])
    expect(checkDesign(design({ frame: { ...frame, style: 'none' } }), { hasLogo: false }).errors).toEqual([])
  })

  it('warns about a small quiet zone, an empty banner and the raised error correction', () => {
    const { errors, warnings } = checkDesign(
      design({ quietZone: 2, frame: { style: 'banner', text: ' ', color: '#111111', textColor: '#ffffff' } }),
      { hasLogo: true },
    )
    expect(errors).toEqual([])
    expect(fields(warnings).sort()).toEqual([
      'design.errorCorrection',
      'design.frame.text',
      'design.quietZone',
    ])
  })
})

describe('effectiveDesign', () => {
  it('raises error correction to H and caps the logo only when there is a logo', () => {
    const d = design({ errorCorrection: 'L', logoScale: 0.9 })
    expect(effectiveDesign(d, { hasLogo: false })).toBe(d)
    expect(effectiveDesign(d, { hasLogo: true })).toMatchObject({
      errorCorrection: 'H',
      logoScale: MAX_LOGO_SCALE,
    })
  })
})

describe('designFromBrand', () => {
  it('uses a dark primary as is, with a readable banner', () => {
    const d = designFromBrand({ primary: '#0F766E' })
    expect(d).toMatchObject({ foreground: '#0f766e', background: '#ffffff' })
    expect(d.frame).toEqual({ style: 'banner', text: 'Scan me', color: '#0f766e', textColor: '#ffffff' })
    expect(checkDesign(d, { hasLogo: false })).toEqual({ errors: [], warnings: [] })
    expect(QrDesign.parse(d)).toEqual(d)
  })

  it('darkens a light primary until it is safe, and puts ink text on its banner', () => {
    const d = designFromBrand({ primary: '#ffcc00' })
    expect(d.foreground).not.toBe('#ffcc00')
    expect(contrastRatio(d.foreground, d.background)).toBeGreaterThanOrEqual(SAFE_QR_CONTRAST)
    // Still the brand's hue: red and green channels in the same proportion as #ffcc00.
    const [r, g] = [
      Number.parseInt(d.foreground.slice(1, 3), 16),
      Number.parseInt(d.foreground.slice(3, 5), 16),
    ]
    expect(g / r).toBeCloseTo(0xcc / 0xff, 1)
    expect(d.frame).toMatchObject({ color: '#ffcc00', textColor: '#111111' })
    expect(checkDesign(d, { hasLogo: false }).errors).toEqual([])
  })

  it('keeps a light brand background and replaces a dark one with white', () => {
    expect(designFromBrand({ primary: '#1d4ed8', background: '#fdf6e3' }).background).toBe('#fdf6e3')
    const dark = designFromBrand({ primary: '#1d4ed8', background: '#111418' })
    expect(dark.background).toBe('#ffffff')
    expect(checkDesign(dark, { hasLogo: false }).errors).toEqual([])
  })

  it('never produces a refused design, whatever the brand colours', () => {
    const steps = [0, 51, 102, 153, 204, 255]
    const hex = (r: number, g: number, b: number) =>
      `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`
    const colours = steps.flatMap((r) => steps.flatMap((g) => steps.map((b) => hex(r, g, b))))
    for (const primary of colours)
      for (const background of ['#ffffff', '#fdf6e3', '#777777', '#000000', primary]) {
        const d = designFromBrand({ primary, background })
        expect(checkDesign(d, { hasLogo: true }).errors, `${primary} on ${background}`).toEqual([])
      }
  })
})
