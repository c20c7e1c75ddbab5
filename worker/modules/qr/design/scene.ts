/**
 * A designed QR code as renderer-neutral shapes, in module units (one module = 1), origin top
 * left, y down. The SVG writer (to-svg.ts) and the PDF writer both draw a scene, so a code
 * looks the same in every format. Items are painted in order.
 */

/** Corner radii clockwise from top left. */
export type QrCorners = readonly [topLeft: number, topRight: number, bottomRight: number, bottomLeft: number]

export type QrShape =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; radius?: number | QrCorners }
  | { kind: 'circle'; cx: number; cy: number; r: number }

/**
 * Shapes filled with one colour as one path. `evenOdd` makes a shape inside another a hole:
 * an eye's ring is its outer square or circle with the inner one cut out.
 */
export interface QrFill {
  kind: 'fill'
  role: 'background' | 'frame' | 'modules' | 'eyes' | 'plate'
  color: string
  evenOdd?: boolean
  shapes: QrShape[]
}

/** The logo, fitted (aspect kept) inside the plate's padding. `href` is a data: URI or a URL. */
export interface QrImage {
  kind: 'image'
  href: string
  x: number
  y: number
  width: number
  height: number
}

/**
 * The frame's call to action, one line, centred on `x`; `y` is the baseline. `fontSize` was
 * chosen so the estimated width fits `maxWidth`; writers may squeeze to `maxWidth` if a font runs wider.
 */
export interface QrText {
  kind: 'text'
  text: string
  x: number
  y: number
  fontSize: number
  maxWidth: number
  color: string
  bold: true
}

export type QrSceneItem = QrFill | QrImage | QrText

export interface QrScene {
  /** The whole picture: quiet zone and frame included. */
  width: number
  height: number
  /** Where the symbol's modules sit (top left of module 0,0) and how many a side. */
  symbol: { x: number; y: number; size: number }
  items: QrSceneItem[]
}

/** Path commands with absolute coordinates; arcs are already cubic curves (PDF has no arcs). */
export type QrPathCommand =
  | readonly ['M', number, number]
  | readonly ['L', number, number]
  | readonly ['C', number, number, number, number, number, number]
  | readonly ['Z']

// Control-point distance for a quarter circle drawn as one cubic curve.
const KAPPA = 0.5522847498

/** A shape as path commands, for writers without rounded rects or circles (PDF). */
export function shapeCommands(shape: QrShape): QrPathCommand[] {
  if (shape.kind === 'circle') {
    const { cx, cy, r } = shape
    return roundedRect(cx - r, cy - r, 2 * r, 2 * r, [r, r, r, r])
  }
  const radius = shape.radius ?? 0
  const corners: QrCorners = typeof radius === 'number' ? [radius, radius, radius, radius] : radius
  return roundedRect(shape.x, shape.y, shape.width, shape.height, corners)
}

function roundedRect(x: number, y: number, w: number, h: number, corners: QrCorners): QrPathCommand[] {
  const max = Math.min(w, h) / 2
  const [tl, tr, br, bl] = corners.map((r) => Math.max(0, Math.min(r, max))) as [
    number,
    number,
    number,
    number,
  ]
  const k = KAPPA
  const out: QrPathCommand[] = [
    ['M', x + tl, y],
    ['L', x + w - tr, y],
  ]
  if (tr) out.push(['C', x + w - tr + k * tr, y, x + w, y + tr - k * tr, x + w, y + tr])
  out.push(['L', x + w, y + h - br])
  if (br) out.push(['C', x + w, y + h - br + k * br, x + w - br + k * br, y + h, x + w - br, y + h])
  out.push(['L', x + bl, y + h])
  if (bl) out.push(['C', x + bl - k * bl, y + h, x, y + h - bl + k * bl, x, y + h - bl])
  out.push(['L', x, y + tl])
  if (tl) out.push(['C', x, y + tl - k * tl, x + tl - k * tl, y, x + tl, y])
  out.push(['Z'])
  return out
}
