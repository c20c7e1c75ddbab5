import type { QrDesign } from '../qr.model.ts'
import { effectiveDesign, LOGO_MAX_HIDDEN_SHARE } from './design-rules.ts'
import { planFrame } from './frame.ts'
import { qrMatrix } from './matrix.ts'
import { alignmentShapes, eyeShapes, moduleShapes } from './modules.ts'
import type { QrFill, QrImage, QrScene } from './scene.ts'

export type { QrFill, QrImage, QrScene, QrSceneItem, QrShape, QrText } from './scene.ts'

/** A logo to place: its address (a data: URI in the Worker, a URL in the browser) and pixel size. */
export interface QrLogo {
  href: string
  width: number
  height: number
}

/** Cells hidden by the logo plate, centred on the symbol; both sides odd so the centre cell is the middle. */
interface Plate {
  first: { row: number; col: number }
  rows: number
  cols: number
}

// Finder patterns, their separators and the format information fill 9 cells from three corners.
const FUNCTION_CORNER = 9
const PLATE_PADDING = 1

const oddAtLeast = (value: number) => {
  const whole = Math.ceil(value - 1e-9)
  return whole % 2 === 1 ? whole : whole + 1
}

/**
 * The logo's size in modules and the plate under it. The plate keeps one module of padding,
 * hides at most LOGO_MAX_HIDDEN_SHARE of the symbol and stays clear of the finder corners;
 * the logo shrinks (aspect kept) until both hold.
 */
function fitLogo(n: number, logo: QrLogo, scale: number) {
  const aspect = logo.height > 0 && logo.width > 0 ? logo.height / logo.width : 1
  const budget = Math.floor(LOGO_MAX_HIDDEN_SHARE * n * n)
  const centre = (n - 1) / 2
  const maxSide = 2 * (centre - FUNCTION_CORNER) + 1
  for (let s = scale; ; s *= 0.95) {
    const longest = s * n
    const width = longest * Math.min(1, 1 / aspect)
    const height = longest * Math.min(1, aspect)
    const cols = oddAtLeast(width + 2 * PLATE_PADDING)
    const rows = oddAtLeast(height + 2 * PLATE_PADDING)
    const fits = cols * rows <= budget && cols <= maxSide && rows <= maxSide
    if (fits || longest < 1) {
      const plate: Plate = {
        first: { row: centre - (rows - 1) / 2, col: centre - (cols - 1) / 2 },
        rows,
        cols,
      }
      return { width, height, plate: fits ? plate : null }
    }
  }
}

function logoItems(
  design: QrDesign,
  logo: QrLogo,
  fitted: { width: number; height: number; plate: Plate },
  origin: { x: number; y: number },
): [QrFill, QrImage] {
  const { plate } = fitted
  const px = origin.x + plate.first.col
  const py = origin.y + plate.first.row
  return [
    {
      kind: 'fill',
      role: 'plate',
      color: design.background,
      shapes: [
        {
          kind: 'rect',
          x: px,
          y: py,
          width: plate.cols,
          height: plate.rows,
          radius: design.moduleStyle === 'square' ? 0 : 1,
        },
      ],
    },
    {
      kind: 'image',
      href: logo.href,
      x: px + (plate.cols - fitted.width) / 2,
      y: py + (plate.rows - fitted.height) / 2,
      width: fitted.width,
      height: fitted.height,
    },
  ]
}

/**
 * A code as shapes: background and frame, modules in their style, the eyes, the logo on its
 * plate (the modules under it cleared) and the call to action. The design's rules apply
 * here too (a logo forces error correction H), so a preview matches the download.
 * @example qrSceneToSvg(layoutQr('https://vitrine.dev/q/h7Kq2xZp', DEFAULT_QR_DESIGN, null))
 */
export function layoutQr(content: string, design: QrDesign, logo: QrLogo | null): QrScene {
  const d = effectiveDesign(design, { hasLogo: logo !== null })
  const matrix = qrMatrix(content, d.errorCorrection)
  const n = matrix.length
  const frame = planFrame(d, n + 2 * d.quietZone)
  const origin = { x: frame.square.x + d.quietZone, y: frame.square.y + d.quietZone }
  const fitted = logo ? fitLogo(n, logo, d.logoScale) : null
  const plate = fitted?.plate ?? null
  const hidden = (row: number, col: number) =>
    plate !== null &&
    row >= plate.first.row &&
    row < plate.first.row + plate.rows &&
    col >= plate.first.col &&
    col < plate.first.col + plate.cols
  const grid = { matrix, hidden, ...origin }
  const items: QrScene['items'] = [
    ...frame.fills,
    { kind: 'fill', role: 'modules', color: d.foreground, shapes: moduleShapes(grid, d.moduleStyle) },
    {
      kind: 'fill',
      role: 'modules',
      color: d.foreground,
      evenOdd: true,
      shapes: alignmentShapes(grid, d.moduleStyle),
    },
    {
      kind: 'fill',
      role: 'eyes',
      color: d.eyeColor ?? d.foreground,
      evenOdd: true,
      shapes: eyeShapes(n, origin, d.eyeStyle),
    },
  ]
  if (logo && fitted?.plate) items.push(...logoItems(d, logo, { ...fitted, plate: fitted.plate }, origin))
  if (frame.text) items.push(frame.text)
  return { width: frame.width, height: frame.height, symbol: { ...origin, size: n }, items }
}
