import { type QrScene, type QrShape, shapeCommands } from '../../design/scene.ts'
import type { Box } from './paper.ts'
import type { PdfCanvas } from './pdf-canvas.ts'
import { num } from './pdf-writer.ts'
import { EM, type TextOutline, type TextOutliner } from './text-outline.ts'

const OPS = { M: 'm', L: 'l', C: 'c' } as const

/** One shape as PDF path operators, through the scene's own Bézier geometry. */
function shapeOps(shape: QrShape): string {
  if (shape.kind === 'rect' && !shape.radius) {
    return `${num(shape.x, 2)} ${num(shape.y, 2)} ${num(shape.width, 2)} ${num(shape.height, 2)} re`
  }
  return shapeCommands(shape)
    .map(([op, ...xs]) => (op === 'Z' ? 'h' : `${xs.map((x) => num(x, 2)).join(' ')} ${OPS[op]}`))
    .join('\n')
}

/** Names a text outline as a reusable form on the page (see PdfDoc), when the caller has one. */
export type TextForms = (outline: TextOutline) => string

/**
 * Fills a line of outlined text centred on (x, baseline), squeezed to `maxWidth` when the
 * font runs wider. With `forms`, the outline is drawn from a form written once per document
 * (a sheet's repeated "Scan me" and branch names). Returns the width drawn.
 */
export function drawText(
  canvas: PdfCanvas,
  outline: TextOutline,
  at: { x: number; y: number; fontSize: number; maxWidth: number; color: string },
  forms?: TextForms,
): number {
  if (!outline.d) return 0
  let scale = at.fontSize / EM
  const ink = (outline.maxX - outline.minX) * scale
  if (ink > at.maxWidth && ink > 0) scale *= at.maxWidth / ink
  canvas.save().fillColor(at.color).transform(scale, 0, 0, scale, at.x, at.y)
  if (forms) canvas.raw(`/${forms(outline)} Do`)
  else canvas.path(outline.d).fill()
  canvas.restore()
  return (outline.maxX - outline.minX) * scale
}

/** The radius when every shape is a circle of one size (the "dots" module style). */
function sameDots(shapes: QrShape[]): number | null {
  const first = shapes[0]
  if (first?.kind !== 'circle') return null
  return shapes.every((s) => s.kind === 'circle' && s.r === first.r) ? first.r : null
}

/**
 * Dots as zero-length strokes with round caps: the PDF spec paints each as a filled circle
 * of the line width (§8.5.3.2). A page of 20 codes holds thousands of dots; four Béziers
 * each made sheets ten times larger and slower to compress and to print.
 */
function drawDots(canvas: PdfCanvas, color: string, r: number, shapes: QrShape[]): void {
  const ops = shapes.map((s) =>
    s.kind === 'circle' ? `${num(s.cx, 2)} ${num(s.cy, 2)} m ${num(s.cx, 2)} ${num(s.cy, 2)} l` : '',
  )
  canvas
    .save()
    .strokeColor(color)
    .lineWidth(2 * r)
    .raw('1 J')
    .raw(ops.join('\n'))
    .stroke()
    .restore()
}

export type SceneAssets = {
  text: TextOutliner
  /** The page resource name of the logo image, when the scene has one to show. */
  logo?: string | null
  forms?: TextForms
}

/** Draws the scene scaled into `box` (the box is expected to have the scene's aspect). */
export function drawScene(canvas: PdfCanvas, scene: QrScene, box: Box, assets: SceneAssets): void {
  const s = box.w / scene.width
  canvas.save().transform(s, 0, 0, s, box.x, box.y)
  for (const item of scene.items) {
    if (item.kind === 'fill') {
      if (item.shapes.length === 0) continue
      const dot = !item.evenOdd && sameDots(item.shapes)
      if (dot) {
        drawDots(canvas, item.color, dot, item.shapes)
        continue
      }
      canvas.fillColor(item.color)
      canvas.raw(item.shapes.map(shapeOps).join('\n'))
      canvas.fill(item.evenOdd === true)
    } else if (item.kind === 'image') {
      if (assets.logo) canvas.image(assets.logo, item.x, item.y, item.width, item.height)
    } else {
      drawText(canvas, assets.text(item.text), item, assets.forms)
    }
  }
  canvas.restore()
}
