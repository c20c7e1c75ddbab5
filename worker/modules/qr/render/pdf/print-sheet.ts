import type { QrScene } from '../../design/scene.ts'
import { drawScene, drawText } from './draw-scene.ts'
import { type Box, fitBox, mm, type Paper, type PerPage, type SheetLayout, sheetLayout } from './paper.ts'
import type { PdfCanvas } from './pdf-canvas.ts'
import { PdfDoc } from './pdf-doc.ts'
import type { RasterLogo } from './pdf-image.ts'
import type { TextOutliner } from './text-outline.ts'

export type SheetItem = { scene: QrScene; label: string; sublabel?: string; logo?: RasterLogo | null }
export type SheetOptions = { paper: Paper; perPage: PerPage; cutMarks: boolean }

const INK = '#111111'
const MUTED = '#555555'
const CELL_PAD = mm(4)

type CellPlan = { code: Box; labelY: number; sublabelY: number; labelSize: number; maxWidth: number }

/**
 * Where a code and its labels go in a cell. Every cell of a sheet is planned alike (from
 * whether any item has a label), so all codes on a sheet print at one size.
 */
export function planCell(cell: Box, scene: QrScene, labels: { label: boolean; sublabel: boolean }): CellPlan {
  const labelSize = Math.min(14, Math.max(7, Math.min(cell.w, cell.h) * 0.055))
  const subSize = labelSize * 0.8
  const gap = labels.label || labels.sublabel ? labelSize * 0.6 : 0
  const labelArea = gap + (labels.label ? labelSize * 1.25 : 0) + (labels.sublabel ? subSize * 1.3 : 0)
  const inner = {
    x: cell.x + CELL_PAD,
    y: cell.y + CELL_PAD,
    w: cell.w - 2 * CELL_PAD,
    h: cell.h - 2 * CELL_PAD,
  }
  const code = fitBox({ ...inner, h: inner.h - labelArea }, scene.width / scene.height)
  // Centre code and labels together in the cell.
  code.y = cell.y + (cell.h - code.h - labelArea) / 2
  const labelY = code.y + code.h + gap + labelSize * 0.95
  const sublabelY = (labels.label ? labelY + labelSize * 0.3 : code.y + code.h + gap) + subSize * 0.95
  return { code, labelY, sublabelY, labelSize, maxWidth: inner.w }
}

/** Short lines along every cut, outside the grid, so a guillotine can follow them. */
function drawCutMarks(canvas: PdfCanvas, layout: SheetLayout): void {
  const { grid, cells } = layout
  const xs = [...new Set(cells.flatMap((c) => [c.x, c.x + c.w]).map((v) => Math.round(v * 1000) / 1000))]
  const ys = [...new Set(cells.flatMap((c) => [c.y, c.y + c.h]).map((v) => Math.round(v * 1000) / 1000))]
  const gap = mm(1.5)
  const len = mm(5)
  canvas.save().strokeColor('#000000').lineWidth(0.3)
  for (const x of xs) {
    canvas.moveTo(x, grid.y - gap).lineTo(x, grid.y - gap - len)
    canvas.moveTo(x, grid.y + grid.h + gap).lineTo(x, grid.y + grid.h + gap + len)
  }
  for (const y of ys) {
    canvas.moveTo(grid.x - gap, y).lineTo(grid.x - gap - len, y)
    canvas.moveTo(grid.x + grid.w + gap, y).lineTo(grid.x + grid.w + gap + len, y)
  }
  canvas.stroke().restore()
}

/**
 * Codes in a grid, `perPage` to a page, each with its label (and sublabel) under it, cut
 * marks along the cell edges and "Page n of m" at the foot.
 */
export function buildPrintSheetPdf(
  items: SheetItem[],
  opts: SheetOptions,
  text: TextOutliner,
): Uint8Array<ArrayBuffer> {
  if (items.length === 0) throw new RangeError('A print sheet needs at least one code')
  const layout = sheetLayout(opts.paper, opts.perPage)
  const labels = { label: items.some((i) => i.label.trim()), sublabel: items.some((i) => i.sublabel?.trim()) }
  const pages = Math.ceil(items.length / opts.perPage)
  const doc = new PdfDoc()
  for (let p = 0; p < pages; p++) {
    doc.page(layout.width, layout.height, (canvas, imageName, forms) => {
      items.slice(p * opts.perPage, (p + 1) * opts.perPage).forEach((item, i) => {
        const cell = layout.cells[i]
        if (!cell) return
        const plan = planCell(cell, item.scene, labels)
        drawScene(canvas, item.scene, plan.code, {
          text,
          forms,
          logo: item.logo ? imageName(item.logo) : null,
        })
        const x = cell.x + cell.w / 2
        if (item.label.trim()) {
          const at = { x, y: plan.labelY, fontSize: plan.labelSize, maxWidth: plan.maxWidth, color: INK }
          drawText(canvas, text(item.label), at, forms)
        }
        if (item.sublabel?.trim()) {
          const at = {
            x,
            y: plan.sublabelY,
            fontSize: plan.labelSize * 0.8,
            maxWidth: plan.maxWidth,
            color: MUTED,
          }
          drawText(canvas, text(item.sublabel), at, forms)
        }
      })
      if (opts.cutMarks) drawCutMarks(canvas, layout)
      const footer = {
        x: layout.width / 2,
        y: layout.footerY,
        fontSize: 8,
        maxWidth: layout.grid.w,
        color: MUTED,
      }
      drawText(canvas, text(`Page ${p + 1} of ${pages}`), footer, forms)
    })
  }
  return doc.finish('QR codes')
}
