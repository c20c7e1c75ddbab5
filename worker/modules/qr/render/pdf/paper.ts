// Paper sizes and the print-sheet grid, in points (1/72 inch). Exported so tests can find
// every code on a rendered page.

export type Paper = 'a4' | 'letter'
export type Box = { x: number; y: number; w: number; h: number }

export const PER_PAGE = [1, 2, 4, 6, 8, 12, 20] as const
export type PerPage = (typeof PER_PAGE)[number]

export const mm = (v: number): number => (v * 72) / 25.4

export const PAPER: Record<Paper, { width: number; height: number }> = {
  a4: { width: mm(210), height: mm(297) },
  letter: { width: 612, height: 792 },
}

/** Columns x rows on a portrait page; chosen so cells stay close to square. */
const GRID: Record<PerPage, [number, number]> = {
  1: [1, 1],
  2: [1, 2],
  4: [2, 2],
  6: [2, 3],
  8: [2, 4],
  12: [3, 4],
  20: [4, 5],
}

// Most office printers cannot print the outer ~5 mm; cut marks live in this margin.
const MARGIN = mm(14)
const FOOTER = mm(8)

/** `footerY` is the page number's baseline, below the cut marks that leave the grid. */
export type SheetLayout = { width: number; height: number; grid: Box; cells: Box[]; footerY: number }

/** The page and its cells, left to right then top to bottom. */
export function sheetLayout(paper: Paper, perPage: PerPage): SheetLayout {
  const { width, height } = PAPER[paper]
  const [cols, rows] = GRID[perPage]
  const grid = { x: MARGIN, y: MARGIN, w: width - 2 * MARGIN, h: height - 2 * MARGIN - FOOTER }
  const cw = grid.w / cols
  const ch = grid.h / rows
  const cells: Box[] = []
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) cells.push({ x: grid.x + c * cw, y: grid.y + r * ch, w: cw, h: ch })
  }
  return { width, height, grid, cells, footerY: height - MARGIN + mm(3) }
}

/** The largest box of the given aspect (w/h) centred in `box`. */
export function fitBox(box: Box, aspect: number): Box {
  const w = Math.min(box.w, box.h * aspect)
  const h = w / aspect
  return { x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h }
}

export type TentLayout = {
  width: number
  height: number
  fold: number
  panels: { box: Box; rotated: boolean }[]
}

/**
 * A table tent from one portrait sheet folded across the middle: the bottom panel faces one
 * way, the top panel is drawn upside down so it reads upright once folded into an A-frame.
 */
export function tentLayout(paper: Paper): TentLayout {
  const { width, height } = PAPER[paper]
  const fold = height / 2
  const pad = mm(12)
  const panel = (y: number): Box => ({ x: pad, y: y + pad, w: width - 2 * pad, h: fold - 2 * pad })
  return {
    width,
    height,
    fold,
    panels: [
      { box: panel(0), rotated: true },
      { box: panel(fold), rotated: false },
    ],
  }
}
