// table-tents.pdf of a batch: one folded tent per code, one page each, in a single file, so a
// restaurant prints every table's tent at once. Built from the PDF module's own tent pieces.
import { initResvg, Resvg } from '@cf-wasm/resvg/workerd'
import type { QrScene } from '../design/layout.ts'
import { QR_FONT_FAMILY, qrFonts } from '../render/fonts.ts'
import { drawScene, drawText } from '../render/pdf/draw-scene.ts'
import { mm, PAPER, type Paper, tentLayout } from '../render/pdf/paper.ts'
import { PdfDoc } from '../render/pdf/pdf-doc.ts'
import { sceneLogos } from '../render/pdf/raster.ts'
import { tentCodeBox } from '../render/pdf/table-tent.ts'
import { textOutliner } from '../render/pdf/text-outline.ts'

const INK = '#111111'
const LABEL_SIZE = 14

export async function tableTentsPdf(items: { scene: QrScene; label: string }[], opts: { paper: Paper }) {
  await initResvg.ensure()
  const text = textOutliner(Resvg, qrFonts(), QR_FONT_FAMILY)
  const layout = tentLayout(opts.paper)
  const widthMm = PAPER[opts.paper].width / mm(1)
  const logos = await sceneLogos(
    Resvg,
    items.map((item) => ({ scene: item.scene, widthMm })),
  )
  const doc = new PdfDoc()
  items.forEach((item, index) => {
    doc.page(layout.width, layout.height, (canvas, imageName) => {
      const raster = logos[index]
      const logo = raster ? imageName(raster) : null
      for (const { box, rotated } of layout.panels) {
        canvas.save()
        // The top panel upside down, so both faces read upright once folded.
        if (rotated) canvas.transform(-1, 0, 0, -1, 2 * box.x + box.w, 2 * box.y + box.h)
        const code = tentCodeBox(box, item.scene, item)
        drawScene(canvas, item.scene, code, { text, logo })
        if (item.label.trim()) {
          const at = { x: box.x + box.w / 2, y: code.y + code.h + LABEL_SIZE * 1.3, fontSize: LABEL_SIZE }
          drawText(canvas, text(item.label), { ...at, maxWidth: box.w, color: INK })
        }
        canvas.restore()
      }
      canvas.save().strokeColor('#8a8a8a').lineWidth(0.5).dash([6, 4])
      canvas.moveTo(0, layout.fold).lineTo(layout.width, layout.fold).stroke().restore()
    })
  })
  return doc.finish('Table tents')
}
