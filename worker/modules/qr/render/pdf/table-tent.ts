import type { QrScene } from '../../design/scene.ts'
import { drawScene, drawText, type TextForms } from './draw-scene.ts'
import { type Box, fitBox, type Paper, tentLayout } from './paper.ts'
import type { PdfCanvas } from './pdf-canvas.ts'
import { PdfDoc } from './pdf-doc.ts'
import type { RasterLogo } from './pdf-image.ts'
import type { TextOutliner } from './text-outline.ts'

export type TentItem = { scene: QrScene; label: string; headline?: string; logo?: RasterLogo | null }

const INK = '#111111'
const LABEL_SIZE = 14

/** Where the code sits in a panel, under the headline and above the label. */
export function tentCodeBox(panel: Box, scene: QrScene, item: { headline?: string; label: string }): Box {
  const head = item.headline?.trim() ? Math.min(28, panel.w * 0.07) * 2 : 0
  const foot = item.label.trim() ? LABEL_SIZE * 2 : 0
  const area = { x: panel.x, y: panel.y + head, w: panel.w, h: panel.h - head - foot }
  return fitBox(area, scene.width / scene.height)
}

type PanelAssets = { text: TextOutliner; forms: TextForms; logo: string | null }

function drawPanel(canvas: PdfCanvas, panel: Box, item: TentItem, assets: PanelAssets): void {
  const { text, forms } = assets
  const x = panel.x + panel.w / 2
  const code = tentCodeBox(panel, item.scene, item)
  if (item.headline?.trim()) {
    const size = Math.min(28, panel.w * 0.07)
    const at = { x, y: panel.y + size * 1.2, fontSize: size, maxWidth: panel.w, color: INK }
    drawText(canvas, text(item.headline), at, forms)
  }
  drawScene(canvas, item.scene, code, assets)
  if (item.label.trim()) {
    const at = {
      x,
      y: code.y + code.h + LABEL_SIZE * 1.3,
      fontSize: LABEL_SIZE,
      maxWidth: panel.w,
      color: INK,
    }
    drawText(canvas, text(item.label), at, forms)
  }
}

/**
 * Table tents, one sheet each: fold along the dashed line and stand it up; the top panel is
 * upside down on the flat sheet so both faces read upright on the table.
 */
export function buildTableTentsPdf(
  items: TentItem[],
  opts: { paper: Paper },
  text: TextOutliner,
): Uint8Array<ArrayBuffer> {
  if (items.length === 0) throw new RangeError('Table tents need at least one code')
  const layout = tentLayout(opts.paper)
  const doc = new PdfDoc()
  for (const item of items) {
    doc.page(layout.width, layout.height, (canvas, imageName, forms) => {
      const logo = item.logo ? imageName(item.logo) : null
      for (const { box, rotated } of layout.panels) {
        canvas.save()
        if (rotated) canvas.transform(-1, 0, 0, -1, 2 * box.x + box.w, 2 * box.y + box.h)
        drawPanel(canvas, box, item, { text, forms, logo })
        canvas.restore()
      }
      canvas.save().strokeColor('#8a8a8a').lineWidth(0.5).dash([6, 4])
      canvas.moveTo(0, layout.fold).lineTo(layout.width, layout.fold).stroke().restore()
    })
  }
  return doc.finish(items.length === 1 ? 'Table tent' : 'Table tents')
}
