import type { QrDesign } from '../qr.model.ts'
import { contrastRatio, isLighter, SAFE_QR_CONTRAST } from './design-rules.ts'

export const DEFAULT_QR_DESIGN: QrDesign = {
  foreground: '#111111',
  background: '#ffffff',
  moduleStyle: 'square',
  eyeStyle: 'square',
  logoMediaId: null,
  logoScale: 0.2,
  errorCorrection: 'M',
  quietZone: 4,
  frame: { style: 'none', text: '', color: '#111111', textColor: '#ffffff' },
}

const HEX = /^#[0-9a-fA-F]{6}$/
const INK = '#111111'
const PAPER = '#ffffff'
// A brand background this light still leaves room for plenty of dark foregrounds.
const LIGHT_ENOUGH = 12

/** `color` with `share` (0..1) of black mixed in. */
function shade(color: string, share: number): string {
  const n = Number.parseInt(color.slice(1), 16)
  const mixed = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => Math.round(c * (1 - share)))
  return `#${mixed.map((c) => c.toString(16).padStart(2, '0')).join('')}`
}

/** The brand colour itself when it reads safely on `background`, else the lightest shade of it that does. */
function darkOn(color: string, background: string): string {
  for (let share = 0; share < 1; share += 0.05) {
    const candidate = shade(color, share)
    if (!isLighter(candidate, background) && contrastRatio(candidate, background) >= SAFE_QR_CONTRAST)
      return candidate
  }
  return INK
}

/**
 * A design in the brand's colours that still scans: the primary colour as modules when it is
 * dark enough on the (light) background, else a darker shade of it; a banner in the primary
 * colour saying "Scan me", its text white or ink, whichever reads.
 * @example designFromBrand({ primary: '#0f766e' }).foreground // '#0f766e'
 */
export function designFromBrand(colors: { primary: string; background?: string; text?: string }): QrDesign {
  const primary = HEX.test(colors.primary) ? colors.primary.toLowerCase() : INK
  const brandBackground =
    colors.background && HEX.test(colors.background) ? colors.background.toLowerCase() : PAPER
  // A dark page background would make an inverted code; codes stay dark on light.
  const background = contrastRatio(brandBackground, INK) >= LIGHT_ENOUGH ? brandBackground : PAPER
  const foreground = darkOn(primary, background)
  // Whichever of white and ink reads better on a colour reaches at least 4.3:1 on any colour.
  const frameText = contrastRatio(PAPER, primary) >= contrastRatio(INK, primary) ? PAPER : INK
  return {
    ...DEFAULT_QR_DESIGN,
    foreground,
    background,
    moduleStyle: 'rounded',
    eyeStyle: 'rounded',
    frame: {
      style: 'banner',
      text: 'Scan me',
      color: primary,
      textColor: frameText,
    },
  }
}
