// A page's content stream, drawn in top-left coordinates (y grows downwards, in points) like
// SVG, so scenes and resvg outlines need no flipping of their own.
import { num } from './pdf-writer.ts'
import { svgPathToPdf } from './svg-path.ts'

/** The Bézier handle length that best approximates a quarter circle. */
const KAPPA = 0.5522847498

/** `#rgb` or `#rrggbb` as PDF's 0..1 components. */
export function rgb(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex)
  if (!m?.[1]) throw new Error(`Not a hex colour: ${hex}`)
  const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1]
  return [0, 2, 4].map((i) => Number.parseInt(h.slice(i, i + 2), 16) / 255) as [number, number, number]
}

export class PdfCanvas {
  private readonly ops: string[] = []

  constructor(pageHeight: number) {
    this.ops.push(`1 0 0 -1 0 ${num(pageHeight, 5)} cm`)
  }

  private push(...xs: (number | string)[]): this {
    this.ops.push(xs.map((x) => (typeof x === 'number' ? num(x, 2) : x)).join(' '))
    return this
  }

  private pushPrecise(digits: number, xs: number[], op: string): this {
    this.ops.push(`${xs.map((x) => num(x, digits)).join(' ')} ${op}`)
    return this
  }

  save(): this {
    return this.push('q')
  }

  restore(): this {
    return this.push('Q')
  }

  transform(a: number, b: number, c: number, d: number, e: number, f: number): this {
    return this.pushPrecise(5, [a, b, c, d, e, f], 'cm')
  }

  translate(x: number, y: number): this {
    return this.transform(1, 0, 0, 1, x, y)
  }

  scale(s: number): this {
    return this.transform(s, 0, 0, s, 0, 0)
  }

  fillColor(hex: string): this {
    return this.pushPrecise(3, rgb(hex), 'rg')
  }

  strokeColor(hex: string): this {
    return this.pushPrecise(3, rgb(hex), 'RG')
  }

  lineWidth(w: number): this {
    return this.push(w, 'w')
  }

  dash(pattern: number[]): this {
    return this.push(`[${pattern.map((v) => num(v, 2)).join(' ')}] 0 d`)
  }

  rect(x: number, y: number, w: number, h: number): this {
    return this.push(x, y, w, h, 're')
  }

  /** A rectangle whose corners are quarter circles of radius r (clamped to half a side). */
  roundedRect(x: number, y: number, w: number, h: number, radius: number): this {
    const r = Math.max(0, Math.min(radius, w / 2, h / 2))
    if (r === 0) return this.rect(x, y, w, h)
    const k = r * KAPPA
    this.push(x + r, y, 'm')
    this.push(x + w - r, y, 'l')
    this.push(x + w - r + k, y, x + w, y + r - k, x + w, y + r, 'c')
    this.push(x + w, y + h - r, 'l')
    this.push(x + w, y + h - r + k, x + w - r + k, y + h, x + w - r, y + h, 'c')
    this.push(x + r, y + h, 'l')
    this.push(x + r - k, y + h, x, y + h - r + k, x, y + h - r, 'c')
    this.push(x, y + r, 'l')
    this.push(x, y + r - k, x + r - k, y, x + r, y, 'c')
    return this.push('h')
  }

  /** An ellipse as four cubic Béziers. */
  ellipse(cx: number, cy: number, rx: number, ry: number): this {
    const kx = rx * KAPPA
    const ky = ry * KAPPA
    this.push(cx + rx, cy, 'm')
    this.push(cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry, 'c')
    this.push(cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy, 'c')
    this.push(cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry, 'c')
    this.push(cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy, 'c')
    return this.push('h')
  }

  circle(cx: number, cy: number, r: number): this {
    return this.ellipse(cx, cy, r, r)
  }

  moveTo(x: number, y: number): this {
    return this.push(x, y, 'm')
  }

  lineTo(x: number, y: number): this {
    return this.push(x, y, 'l')
  }

  /** SVG path data, in the current coordinates. */
  path(d: string): this {
    const ops = svgPathToPdf(d)
    if (ops) this.ops.push(ops)
    return this
  }

  /** Path operators already in PDF syntax (built by a caller that knows its geometry). */
  raw(ops: string): this {
    if (ops) this.ops.push(ops)
    return this
  }

  fill(evenOdd = false): this {
    return this.push(evenOdd ? 'f*' : 'f')
  }

  stroke(): this {
    return this.push('S')
  }

  /** Intersects the clip with the current path (and ends it). */
  clip(): this {
    return this.push('W n')
  }

  /** Draws the image XObject named in the page resources into the box, upright. */
  image(resourceName: string, x: number, y: number, w: number, h: number): this {
    // Image space is y-up; the page is flipped, so flip the unit square back.
    return this.save()
      .transform(w, 0, 0, -h, x, y + h)
      .push(`/${resourceName} Do`)
      .restore()
  }

  toString(): string {
    return this.ops.join('\n')
  }
}
