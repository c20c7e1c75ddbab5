import { PdfCanvas } from './pdf-canvas.ts'
import { addImage, type RasterLogo } from './pdf-image.ts'
import { name, num, type PdfRef, type PdfValue, PdfWriter } from './pdf-writer.ts'
import { svgPathToPdf } from './svg-path.ts'
import type { TextOutline } from './text-outline.ts'

type Named = { id: string; ref: PdfRef }

/**
 * A PDF made of pages drawn on canvases. Logos and text outlines are written once per
 * document however many pages and codes use them (a brand's sheet repeats one logo and one
 * call to action hundreds of times).
 */
export class PdfDoc {
  private readonly writer = new PdfWriter()
  private readonly images = new Map<RasterLogo, Named>()
  private readonly texts = new Map<TextOutline, Named>()

  private addText(outline: TextOutline): PdfRef {
    // The form inherits the fill colour and the transform of the place that draws it.
    const bbox = [outline.minX, outline.minY, outline.maxX, outline.maxY].map((v) => Number(num(v, 2)))
    return this.writer.addStream(`${svgPathToPdf(outline.d)}\nf`, {
      Type: name('XObject'),
      Subtype: name('Form'),
      BBox: bbox,
    })
  }

  /**
   * Starts a page; `draw` paints it and gets ways to name the images and text forms it uses
   * (each becomes a resource of the page).
   */
  page(
    width: number,
    height: number,
    draw: (
      canvas: PdfCanvas,
      imageName: (img: RasterLogo) => string,
      textName: (o: TextOutline) => string,
    ) => void,
  ): void {
    const canvas = new PdfCanvas(height)
    const used: Record<string, PdfValue> = {}
    const use = <K>(map: Map<K, Named>, key: K, prefix: string, add: () => PdfRef) => {
      let entry = map.get(key)
      if (!entry) {
        entry = { id: `${prefix}${map.size + 1}`, ref: add() }
        map.set(key, entry)
      }
      used[entry.id] = entry.ref
      return entry.id
    }
    draw(
      canvas,
      (img) => use(this.images, img, 'Im', () => addImage(this.writer, img)),
      (outline) => use(this.texts, outline, 'Tx', () => this.addText(outline)),
    )
    const resources: Record<string, PdfValue> = { ProcSet: [name('PDF'), name('ImageC'), name('ImageB')] }
    if (Object.keys(used).length > 0) resources.XObject = used
    this.writer.addPage({ width, height, content: canvas.toString(), resources })
  }

  finish(title?: string): Uint8Array<ArrayBuffer> {
    return this.writer.finish(title ? { title } : {})
  }
}
