// SVG path data -> PDF path operators, for glyph outlines from resvg and any path in a scene.
// PDF has no quadratic curves or arcs: quadratics are raised to cubics exactly, arcs are split
// into cubic segments of at most 90°.
import { num } from './pdf-writer.ts'

const TOKEN = /([MmLlHhVvCcSsQqTtAaZz])|(-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)/g
const ARITY: Record<string, number> = { M: 2, L: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, T: 2, A: 7, Z: 0 }

function tokenize(d: string): (string | number)[] {
  const out: (string | number)[] = []
  for (const m of d.matchAll(TOKEN)) out.push(m[1] ?? Number(m[2]))
  return out
}

type Pt = [number, number]

/** PDF operators (m, l, c, h) drawing `d` in its own coordinates. Throws on malformed data. */
export function svgPathToPdf(d: string): string {
  const tokens = tokenize(d)
  const ops: string[] = []
  let cur: Pt = [0, 0]
  let start: Pt = [0, 0]
  let lastCubic: Pt | null = null
  let lastQuad: Pt | null = null
  const p = (...xs: number[]) => xs.map((x) => num(x, 2)).join(' ')
  const cubic = (c1: Pt, c2: Pt, end: Pt) => {
    ops.push(`${p(c1[0], c1[1], c2[0], c2[1], end[0], end[1])} c`)
    lastCubic = c2
    cur = end
  }
  const quad = (q: Pt, end: Pt) => {
    const c1: Pt = [cur[0] + (2 / 3) * (q[0] - cur[0]), cur[1] + (2 / 3) * (q[1] - cur[1])]
    const c2: Pt = [end[0] + (2 / 3) * (q[0] - end[0]), end[1] + (2 / 3) * (q[1] - end[1])]
    cubic(c1, c2, end)
    lastQuad = q
  }
  let i = 0
  let cmd = ''
  while (i < tokens.length) {
    const t = tokens[i]
    if (typeof t === 'string') {
      cmd = t
      i++
      if (cmd === 'Z' || cmd === 'z') {
        ops.push('h')
        cur = start
        lastCubic = lastQuad = null
        continue
      }
    } else if (!cmd || cmd === 'Z' || cmd === 'z') {
      throw new Error('Path data has numbers without a command')
    }
    const upper = cmd.toUpperCase()
    const rel = cmd !== upper
    const n = ARITY[upper] ?? 0
    const args = tokens.slice(i, i + n)
    if (args.length < n || args.some((a) => typeof a !== 'number'))
      throw new Error(`Path command ${cmd} lacks numbers`)
    i += n
    const nums = args as number[]
    const a = (k: number): number => nums[k] ?? 0
    const at = (x: number, y: number): Pt => (rel ? [cur[0] + x, cur[1] + y] : [x, y])
    const wasCubic: Pt | null = lastCubic
    const wasQuad: Pt | null = lastQuad
    lastCubic = lastQuad = null
    switch (upper) {
      case 'M':
        cur = start = at(a(0), a(1))
        ops.push(`${p(...cur)} m`)
        // Further pairs after a moveto are linetos.
        cmd = rel ? 'l' : 'L'
        break
      case 'L':
        cur = at(a(0), a(1))
        ops.push(`${p(...cur)} l`)
        break
      case 'H':
        cur = [rel ? cur[0] + a(0) : a(0), cur[1]]
        ops.push(`${p(...cur)} l`)
        break
      case 'V':
        cur = [cur[0], rel ? cur[1] + a(0) : a(0)]
        ops.push(`${p(...cur)} l`)
        break
      case 'C':
        cubic(at(a(0), a(1)), at(a(2), a(3)), at(a(4), a(5)))
        break
      case 'S': {
        const c1: Pt = wasCubic ? [2 * cur[0] - wasCubic[0], 2 * cur[1] - wasCubic[1]] : cur
        cubic(c1, at(a(0), a(1)), at(a(2), a(3)))
        break
      }
      case 'Q':
        quad(at(a(0), a(1)), at(a(2), a(3)))
        break
      case 'T':
        quad(wasQuad ? [2 * cur[0] - wasQuad[0], 2 * cur[1] - wasQuad[1]] : cur, at(a(0), a(1)))
        break
      case 'A':
        for (const seg of arcToCubics(cur, a(0), a(1), a(2), a(3) !== 0, a(4) !== 0, at(a(5), a(6)))) {
          cubic(seg[0], seg[1], seg[2])
        }
        lastCubic = null
        break
    }
  }
  return ops.join('\n')
}

/** The SVG endpoint arc parameterisation (SVG 1.1 appendix F.6) as cubic Béziers. */
export function arcToCubics(
  from: Pt,
  rxIn: number,
  ryIn: number,
  angleDeg: number,
  large: boolean,
  sweep: boolean,
  to: Pt,
): [Pt, Pt, Pt][] {
  let rx = Math.abs(rxIn)
  let ry = Math.abs(ryIn)
  if ((from[0] === to[0] && from[1] === to[1]) || rx === 0 || ry === 0) return [[from, to, to]]
  const phi = (angleDeg * Math.PI) / 180
  const cos = Math.cos(phi)
  const sin = Math.sin(phi)
  const dx = (from[0] - to[0]) / 2
  const dy = (from[1] - to[1]) / 2
  const x1 = cos * dx + sin * dy
  const y1 = -sin * dx + cos * dy
  const lambda = (x1 * x1) / (rx * rx) + (y1 * y1) / (ry * ry)
  if (lambda > 1) {
    rx *= Math.sqrt(lambda)
    ry *= Math.sqrt(lambda)
  }
  const num2 = rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1
  const den = rx * rx * y1 * y1 + ry * ry * x1 * x1
  const coef = (large === sweep ? -1 : 1) * Math.sqrt(Math.max(0, num2 / den))
  const cx1 = (coef * rx * y1) / ry
  const cy1 = (-coef * ry * x1) / rx
  const cx = cos * cx1 - sin * cy1 + (from[0] + to[0]) / 2
  const cy = sin * cx1 + cos * cy1 + (from[1] + to[1]) / 2
  const angle = (ux: number, uy: number, vx: number, vy: number) =>
    Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy)
  const theta1 = angle(1, 0, (x1 - cx1) / rx, (y1 - cy1) / ry)
  let delta = angle((x1 - cx1) / rx, (y1 - cy1) / ry, (-x1 - cx1) / rx, (-y1 - cy1) / ry)
  if (!sweep && delta > 0) delta -= 2 * Math.PI
  if (sweep && delta < 0) delta += 2 * Math.PI
  const count = Math.ceil(Math.abs(delta) / (Math.PI / 2) - 1e-9)
  const step = delta / count
  const k = (4 / 3) * Math.tan(step / 4)
  const point = (t: number): Pt => {
    const x = rx * Math.cos(t)
    const y = ry * Math.sin(t)
    return [cos * x - sin * y + cx, sin * x + cos * y + cy]
  }
  const tangent = (t: number): Pt => {
    const x = -rx * Math.sin(t)
    const y = ry * Math.cos(t)
    return [cos * x - sin * y, sin * x + cos * y]
  }
  const out: [Pt, Pt, Pt][] = []
  for (let s = 0; s < count; s++) {
    const t0 = theta1 + s * step
    const t1 = t0 + step
    const p0 = point(t0)
    const p1 = s === count - 1 ? to : point(t1)
    const d0 = tangent(t0)
    const d1 = tangent(t1)
    out.push([[p0[0] + k * d0[0], p0[1] + k * d0[1]], [p1[0] - k * d1[0], p1[1] - k * d1[1]], p1])
  }
  return out
}
