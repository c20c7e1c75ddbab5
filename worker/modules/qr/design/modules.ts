// The dark modules and the three finder "eyes" as shapes, per style. Every style keeps each
// module's centre dark, which is where readers sample.
import type { QrDesign } from '../qr.model.ts'
import type { QrCorners, QrShape } from './scene.ts'

export interface Grid {
  matrix: boolean[][]
  /** Cells the logo plate clears: drawn light whatever the matrix says. */
  hidden: (row: number, col: number) => boolean
  /** Symbol origin in scene units. */
  x: number
  y: number
}

const EYE = 7

/** Whether (row, col) belongs to one of the three 7×7 finder patterns, drawn as eyes instead. */
export function inFinder(n: number, row: number, col: number): boolean {
  const top = row < EYE
  const left = col < EYE
  return (top && left) || (top && col >= n - EYE) || (left && row >= n - EYE)
}

function darkAt(grid: Grid, row: number, col: number): boolean {
  const n = grid.matrix.length
  if (row < 0 || col < 0 || row >= n || col >= n) return false
  return grid.matrix[row]?.[col] === true && !inFinder(n, row, col) && !grid.hidden(row, col)
}

const DOT_RADIUS = 0.45
const ROUND = 0.5

/** Horizontal runs of dark modules: fewer shapes, and no seams between neighbours. */
function runs(grid: Grid): { row: number; from: number; to: number }[] {
  const out: { row: number; from: number; to: number }[] = []
  const n = grid.matrix.length
  for (let row = 0; row < n; row++) {
    let col = 0
    while (col < n) {
      if (!darkAt(grid, row, col)) {
        col++
        continue
      }
      const from = col
      while (col < n && darkAt(grid, row, col)) col++
      out.push({ row, from, to: col - 1 })
    }
  }
  return out
}

/**
 * `rounded` rounds every corner with nothing dark beside it, so lone modules become dots and
 * lines become capsules; `classy` rounds only the top-left and bottom-right ones (a leaf).
 */
function runCorners(grid: Grid, run: { row: number; from: number; to: number }, style: 'rounded' | 'classy') {
  const free = {
    tl: !darkAt(grid, run.row - 1, run.from),
    tr: !darkAt(grid, run.row - 1, run.to),
    br: !darkAt(grid, run.row + 1, run.to),
    bl: !darkAt(grid, run.row + 1, run.from),
  }
  const r = (on: boolean) => (on ? ROUND : 0)
  const corners: QrCorners =
    style === 'rounded' ? [r(free.tl), r(free.tr), r(free.br), r(free.bl)] : [r(free.tl), 0, r(free.br), 0]
  return corners
}

export function moduleShapes(grid: Grid, style: QrDesign['moduleStyle']): QrShape[] {
  const { x, y } = grid
  if (style === 'dots') {
    const out: QrShape[] = []
    const n = grid.matrix.length
    const inAlignment = alignmentCells(grid)
    for (let row = 0; row < n; row++)
      for (let col = 0; col < n; col++)
        if (darkAt(grid, row, col) && !inAlignment.has(row * n + col))
          out.push({ kind: 'circle', cx: x + col + 0.5, cy: y + row + 0.5, r: DOT_RADIUS })
    return out
  }
  return runs(grid).map((run) => {
    const rect = {
      kind: 'rect' as const,
      x: x + run.from,
      y: y + run.row,
      width: run.to - run.from + 1,
      height: 1,
    }
    return style === 'square' ? rect : { ...rect, radius: runCorners(grid, run, style) }
  })
}

/**
 * The three eyes as one even-odd fill: per eye the outer 7×7 shape, the 5×5 hole and the 3×3
 * pupil (inside both, so painted again). Circles keep the finder's 1:1:3:1:1 proportions along
 * every line through the centre, which is what readers look for.
 */
export function eyeShapes(
  n: number,
  origin: { x: number; y: number },
  style: QrDesign['eyeStyle'],
): QrShape[] {
  const corners = [
    [0, 0],
    [n - EYE, 0],
    [0, n - EYE],
  ] as const
  return corners.flatMap(([col, row]) => {
    const ex = origin.x + col
    const ey = origin.y + row
    if (style === 'circle') {
      const cx = ex + 3.5
      const cy = ey + 3.5
      return [3.5, 2.5, 1.5].map((r): QrShape => ({ kind: 'circle', cx, cy, r }))
    }
    const [outer, hole, pupil] = style === 'rounded' ? [2.2, 1.2, 0.9] : [0, 0, 0]
    return [
      { kind: 'rect', x: ex, y: ey, width: 7, height: 7, radius: outer },
      { kind: 'rect', x: ex + 1, y: ey + 1, width: 5, height: 5, radius: hole },
      { kind: 'rect', x: ex + 2, y: ey + 2, width: 3, height: 3, radius: pupil },
    ]
  })
}

/** Alignment patterns the plate leaves visible, as the cells they cover (row * n + col). */
function visibleAlignments(grid: Grid) {
  return alignmentCentres(grid.matrix.length).filter(({ row, col }) => {
    for (let r = row - 2; r <= row + 2; r++)
      for (let c = col - 2; c <= col + 2; c++) if (grid.hidden(r, c)) return false
    return true
  })
}

function alignmentCells(grid: Grid): Set<number> {
  const n = grid.matrix.length
  const cells = new Set<number>()
  for (const { row, col } of visibleAlignments(grid))
    for (let r = row - 2; r <= row + 2; r++) for (let c = col - 2; c <= col + 2; c++) cells.add(r * n + c)
  return cells
}

/**
 * Dots leave gaps inside the 5×5 alignment patterns that readers use to correct perspective,
 * so with dots they are drawn whole: a ring and a centre dot, one even-odd fill.
 */
export function alignmentShapes(grid: Grid, style: QrDesign['moduleStyle']): QrShape[] {
  if (style !== 'dots') return []
  return visibleAlignments(grid).flatMap(({ row, col }) => {
    const cx = grid.x + col + 0.5
    const cy = grid.y + row + 0.5
    return [2.5, 1.5, 0.5].map((r): QrShape => ({ kind: 'circle', cx, cy, r }))
  })
}

/** Centres of the 5×5 alignment patterns (none in version 1), by the standard's spacing rule. */
export function alignmentCentres(n: number): { row: number; col: number }[] {
  const version = (n - 17) / 4
  if (version < 2) return []
  const count = Math.floor(version / 7) + 2
  const step = version === 32 ? 26 : Math.ceil((version * 4 + 4) / (count * 2 - 2)) * 2
  const positions = [6]
  for (let pos = n - 7; positions.length < count; pos -= step) positions.splice(1, 0, pos)
  const last = n - 7
  return positions.flatMap((row) =>
    positions
      .filter(
        (col) => !((row === 6 && col === 6) || (row === 6 && col === last) || (row === last && col === 6)),
      )
      .map((col) => ({ row, col })),
  )
}
