// What keeps a designed code scannable. Shared by the API (refuses errors, reports warnings)
// and the dashboard's designer (shows both live), so both say the same thing.
import type { QrDesign } from '../qr.model.ts'

export interface Issue {
  field: string
  message: string
}

/** Below this WCAG contrast ratio between dark and light parts, a design is refused. */
export const MIN_QR_CONTRAST = 3
/** Below this, a design is allowed with a warning: dim light, glossy print and old phones struggle. */
export const SAFE_QR_CONTRAST = 4.5
/** Frame text: bold and large, so WCAG's large-text ratio is the floor, normal text's the aim. */
export const MIN_FRAME_TEXT_CONTRAST = 3
/** A logo's width as a share of the symbol's; the plate it sits on may hide at most LOGO_MAX_HIDDEN_SHARE. */
export const MAX_LOGO_SCALE = 0.3
export const MIN_LOGO_SCALE = 0.1
/**
 * The share of a symbol's modules a logo plate may hide. Error correction H restores up to 30%
 * of the codewords, but a hidden block touches more codewords than its area, and print and
 * camera add their own errors: 40% of the H budget, as widely used styled-code generators do.
 */
export const LOGO_MAX_HIDDEN_SHARE = 0.12

const HEX = /^#[0-9a-fA-F]{6}$/

function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16)
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/**
 * WCAG 2 contrast ratio of two `#rrggbb` colours, 1 to 21.
 * @example contrastRatio('#111111', '#ffffff') // 18.88
 */
export function contrastRatio(a: string, b: string): number {
  if (!HEX.test(a) || !HEX.test(b)) return 1
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

/** Whether `color` is lighter than `background`: an inverted code, which many readers cannot read. */
export const isLighter = (color: string, background: string) => luminance(color) > luminance(background)

const ratio = (n: number) => `${(Math.floor(n * 10) / 10).toFixed(1)}:1`

/** Errors and warnings for a dark part (modules or eyes) on the code's background. */
function checkDark(field: string, what: string, color: string, background: string) {
  const errors: Issue[] = []
  const warnings: Issue[] = []
  const c = contrastRatio(color, background)
  if (isLighter(color, background) && c > 1) {
    errors.push({
      field,
      message: `The ${what} (${color}) are lighter than the background (${background}); many phone readers cannot read a light-on-dark code. Use a dark ${what.replace(/s$/, '')} colour on a light background.`,
    })
  } else if (c < MIN_QR_CONTRAST) {
    errors.push({
      field,
      message: `The ${what} have too little contrast with the background (${ratio(c)}); a code needs at least ${MIN_QR_CONTRAST}:1 to scan. Darken the ${what.replace(/s$/, '')} colour or lighten the background.`,
    })
  } else if (c < SAFE_QR_CONTRAST) {
    warnings.push({
      field,
      message: `The ${what} contrast with the background is ${ratio(c)}; below ${SAFE_QR_CONTRAST}:1 some phones struggle in dim light or on glossy print.`,
    })
  }
  return { errors, warnings }
}

/**
 * Refusals (`errors`) and advice (`warnings`) for a design, each naming the field it is about.
 * @example checkDesign({ ...DEFAULT_QR_DESIGN, foreground: '#dddddd' }, { hasLogo: false }).errors[0].field // 'design.foreground'
 */
export function checkDesign(
  design: QrDesign,
  opts: { hasLogo: boolean },
): { errors: Issue[]; warnings: Issue[] } {
  const modules = checkDark('design.foreground', 'modules', design.foreground, design.background)
  const errors = [...modules.errors]
  const warnings = [...modules.warnings]
  if (design.eyeColor && design.eyeColor.toLowerCase() !== design.foreground.toLowerCase()) {
    const eyes = checkDark('design.eyeColor', 'eyes', design.eyeColor, design.background)
    errors.push(...eyes.errors)
    warnings.push(...eyes.warnings)
  }
  const frame = design.frame
  if (frame.style !== 'none' && frame.text.trim() !== '') {
    const c = contrastRatio(frame.textColor, frame.color)
    if (c < MIN_FRAME_TEXT_CONTRAST)
      errors.push({
        field: 'design.frame.textColor',
        message: `The frame text is hard to read on the frame colour (${ratio(c)}; at least ${MIN_FRAME_TEXT_CONTRAST}:1). Pick a lighter or darker text colour.`,
      })
  }
  if (frame.style === 'banner' && frame.text.trim() === '')
    warnings.push({
      field: 'design.frame.text',
      message: 'A banner frame without text shows an empty band; add a call to action like "Scan for menu".',
    })
  if (design.quietZone < 4)
    warnings.push({
      field: 'design.quietZone',
      message: `A quiet zone of ${design.quietZone} modules is below the standard 4; leave a clear margin when the code is printed on a busy surface.`,
    })
  if (opts.hasLogo && design.errorCorrection !== 'H')
    warnings.push({
      field: 'design.errorCorrection',
      message:
        'A logo hides part of the code, so error correction is raised to H (the highest) when it is rendered.',
    })
  return { errors, warnings }
}

/**
 * The design as rendered: a logo raises error correction to H and keeps its scale within
 * MIN_LOGO_SCALE..MAX_LOGO_SCALE (the layout shrinks it further on small codes so the plate
 * hides at most LOGO_MAX_HIDDEN_SHARE of the modules).
 */
export function effectiveDesign(design: QrDesign, opts: { hasLogo: boolean }): QrDesign {
  if (!opts.hasLogo) return design
  const logoScale = Math.min(MAX_LOGO_SCALE, Math.max(MIN_LOGO_SCALE, design.logoScale))
  return { ...design, errorCorrection: 'H', logoScale }
}
