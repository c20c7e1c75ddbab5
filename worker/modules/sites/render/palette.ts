// Turns a brand's colours and a theme's surface into the page's colour roles, keeping text
// readable: a brand colour that fails WCAG AA contrast against what it sits on is replaced.
import type { BrandColors } from '../../brands/index.ts'
import { contrastRatio as contrast } from '../../qr/design/design-rules.ts'
import type { Theme } from '../content/site-content.ts'

const HEX = /^#[0-9a-fA-F]{6}$/
const DEFAULT_PRIMARY = '#0f766e'
const INK = '#1f2933'
const PAPER = '#ffffff'

/** WCAG contrast ratio, 1 to 21 (the QR designer's rule, so both judge colours alike). */
export { contrast }

export const safeColor = (color: string | null | undefined, fallback = DEFAULT_PRIMARY) =>
  color && HEX.test(color) ? color.toLowerCase() : fallback

function channels(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16)
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255]
}

/** Black-ish or white text, whichever reads better on `background`. */
export const textOn = (background: string) =>
  contrast(background, PAPER) >= contrast(background, INK) ? PAPER : INK

/** `color` when it reads on `background` at `min` contrast, else `fallback`. */
const readable = (color: string, background: string, fallback: string, min = 4.5) =>
  contrast(color, background) >= min ? color : fallback

/** Mixes `weight` (0..1) of `color` into white. */
function tint(color: string, weight: number): string {
  const mixed = channels(color).map((c) => Math.round(255 + (c - 255) * weight))
  return `#${mixed.map((c) => c.toString(16).padStart(2, '0')).join('')}`
}

export interface Palette {
  primary: string
  onPrimary: string
  accent: string
  onAccent: string
  background: string
  card: string
  text: string
  muted: string
  line: string
  link: string
  /** Header and hero fill: a colour or a gradient. */
  header: string
  onHeader: string
}

function surfaceOf(colors: BrandColors, theme: Theme, primary: string) {
  if (theme.surface === 'dark')
    return { background: '#111418', card: '#1b2026', text: '#e8eaed', muted: '#a9b1ba', line: '#3a424c' }
  const background = theme.surface === 'tinted' ? tint(primary, 0.1) : safeColor(colors.background, '#f6f6f3')
  const text = readable(safeColor(colors.text, INK), PAPER, INK, 7)
  return { background, card: PAPER, text, muted: '#52606d', line: '#d9dee3' }
}

export function paletteOf(colors: BrandColors, theme: Theme): Palette {
  const primary = safeColor(colors.primary)
  const accent = safeColor(colors.accent, primary)
  const surface = surfaceOf(colors, theme, primary)
  const link = readable(primary, surface.card, surface.text)
  const plain = theme.header === 'plain'
  const header = plain
    ? surface.card
    : theme.header === 'gradient'
      ? `linear-gradient(135deg,${primary},${accent})`
      : primary
  return {
    primary,
    onPrimary: textOn(primary),
    accent,
    onAccent: textOn(accent),
    ...surface,
    link,
    header,
    onHeader: plain ? surface.text : textOn(primary),
  }
}
