// The frame around a code and its call to action, in proportion to the code's side so a frame
// looks the same on a small and a large code. The quiet zone stays background-coloured inside
// every frame: the frame never touches the symbol.
import type { QrDesign } from '../qr.model.ts'
import type { QrFill, QrText } from './scene.ts'

export interface FramePlan {
  width: number
  height: number
  /** The light square holding the symbol and its quiet zone. */
  square: { x: number; y: number; side: number }
  /** Painted before the modules: the background and the frame. */
  fills: QrFill[]
  text: QrText | null
}

const FONT_SIZE_SHARE = 0.5

// Approximate advances of DejaVu Sans Bold in ems: the text is centred and sized without the
// font's metrics (the browser preview has none), erring wide so it never overflows.
function advance(char: string): number {
  if (char === ' ') return 0.35
  if ('iljtfrI.,:;!|\'"()[]'.includes(char)) return 0.45
  if ('mwMW@%'.includes(char)) return 1.1
  if (/[A-Z]/.test(char)) return 0.8
  if (/[0-9]/.test(char)) return 0.72
  if (/[a-z]/.test(char)) return 0.7
  return 0.85
}

/** The estimated width of `text` at a font size of 1. */
export const estimateEms = (text: string) => [...text].reduce((sum, char) => sum + advance(char), 0)

// Characters XML 1.0 cannot carry, and line breaks: the call to action is one line.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\ufffe\uffff]/g
export const cleanText = (text: string) => text.replace(UNPRINTABLE, ' ').replace(/\s+/g, ' ').trim()

function textIn(
  band: { x: number; y: number; width: number; height: number },
  text: string,
  color: string,
): QrText {
  const padding = band.height * 0.4
  const maxWidth = Math.max(1, band.width - 2 * padding)
  const fontSize = Math.min(band.height * FONT_SIZE_SHARE, maxWidth / Math.max(1, estimateEms(text)))
  return {
    kind: 'text',
    text,
    x: band.x + band.width / 2,
    // DejaVu's capitals are 0.73 em tall: half of that below the middle centres them.
    y: band.y + band.height / 2 + fontSize * 0.36,
    fontSize,
    maxWidth,
    color,
    bold: true,
  }
}

const rect = (x: number, y: number, width: number, height: number, radius = 0) =>
  ({ kind: 'rect', x, y, width, height, radius }) as const

export function planFrame(design: QrDesign, side: number): FramePlan {
  const { frame, background } = design
  const text = cleanText(frame.text)
  const bandHeight = Math.max(5, side * 0.2)
  if (frame.style === 'none' || (frame.style === 'banner' && text === '')) {
    return {
      width: side,
      height: side,
      square: { x: 0, y: 0, side },
      fills: [{ kind: 'fill', role: 'background', color: background, shapes: [rect(0, 0, side, side)] }],
      text: null,
    }
  }
  if (frame.style === 'banner') {
    const band = { x: 0, y: side, width: side, height: bandHeight }
    return {
      width: side,
      height: side + bandHeight,
      square: { x: 0, y: 0, side },
      fills: [
        {
          kind: 'fill',
          role: 'background',
          color: background,
          shapes: [rect(0, 0, side, side + bandHeight)],
        },
        {
          kind: 'fill',
          role: 'frame',
          color: frame.color,
          shapes: [rect(band.x, band.y, band.width, band.height, bandHeight * 0.2)],
        },
      ],
      text: textIn(band, text, frame.textColor),
    }
  }
  // box and rounded: a border all round, thicker at the bottom when it carries the text.
  const border = Math.max(1, side * 0.035)
  const bottom = text ? bandHeight : border
  const width = side + 2 * border
  const height = side + border + bottom
  const rounded = frame.style === 'rounded'
  const outerRadius = rounded ? border * 2.5 : 0
  // Within the quiet zone, so the rounding never reaches a module.
  const innerRadius = rounded ? Math.min(outerRadius - border, design.quietZone) : 0
  return {
    width,
    height,
    square: { x: border, y: border, side },
    fills: [
      { kind: 'fill', role: 'frame', color: frame.color, shapes: [rect(0, 0, width, height, outerRadius)] },
      {
        kind: 'fill',
        role: 'background',
        color: background,
        shapes: [rect(border, border, side, side, innerRadius)],
      },
    ],
    text: text ? textIn({ x: 0, y: border + side, width, height: bottom }, text, frame.textColor) : null,
  }
}
