import type { QrScene } from '../../design/scene.ts'
import { drawScene } from './draw-scene.ts'
import { mm } from './paper.ts'
import { PdfDoc } from './pdf-doc.ts'
import type { RasterLogo } from './pdf-image.ts'
import type { TextOutliner } from './text-outline.ts'

/** Printable widths for one code: a 1 cm sticker up to a 1 m poster. */
export const CODE_PDF_MM = { min: 10, max: 1000 } as const

export type CodePdfOptions = { sizeMm: number; logo?: RasterLogo | null; title?: string }

/**
 * One code on a page exactly its size (`sizeMm` wide, height by the scene's aspect), all
 * vector but the logo: ready to place in a print layout at 100%.
 */
export function buildCodePdf(
  scene: QrScene,
  opts: CodePdfOptions,
  text: TextOutliner,
): Uint8Array<ArrayBuffer> {
  if (!(opts.sizeMm >= CODE_PDF_MM.min && opts.sizeMm <= CODE_PDF_MM.max)) {
    throw new RangeError(`A PDF code is ${CODE_PDF_MM.min} to ${CODE_PDF_MM.max} mm wide`)
  }
  const width = mm(opts.sizeMm)
  const height = (width * scene.height) / scene.width
  const doc = new PdfDoc()
  doc.page(width, height, (canvas, imageName) => {
    drawScene(
      canvas,
      scene,
      { x: 0, y: 0, w: width, h: height },
      {
        text,
        logo: opts.logo ? imageName(opts.logo) : null,
      },
    )
  })
  return doc.finish(opts.title)
}
