// Reading PDFs the way a printer and a phone would: mupdf rasterises each page, jsQR reads
// each code from its place on the page.
import { readFileSync } from 'node:fs'
import { Resvg } from '@cf-wasm/resvg/node'
import { encode as encodePng } from 'fast-png'
import jsQR from 'jsqr'
import * as mupdf from 'mupdf'
import type { Box } from '../../worker/modules/qr/render/pdf/paper.ts'
import { type TextOutliner, textOutliner } from '../../worker/modules/qr/render/pdf/text-outline.ts'

const font = new Uint8Array(readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'))

/** The outliner the Worker uses, over resvg's Node build and the bundled font. */
export async function nodeOutliner(): Promise<TextOutliner> {
  await Resvg.async('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>')
  return textOutliner(Resvg, [font], 'DejaVu Sans')
}

export { Resvg }

export type Raster = { width: number; height: number; rgba: Uint8ClampedArray; scale: number; pagePt: Box }

/** Every page at `dpi`, on white, as RGBA. */
export function rasterPages(pdf: Uint8Array, dpi = 150): Raster[] {
  const doc = mupdf.Document.openDocument(pdf, 'application/pdf')
  const scale = dpi / 72
  const pages: Raster[] = []
  for (let i = 0; i < doc.countPages(); i++) {
    const page = doc.loadPage(i)
    const [x0, y0, x1, y1] = page.getBounds()
    const pix = page.toPixmap(mupdf.Matrix.scale(scale, scale), mupdf.ColorSpace.DeviceRGB, false)
    const rgb = pix.getPixels()
    const n = pix.getNumberOfComponents()
    const width = pix.getWidth()
    const height = pix.getHeight()
    const stride = pix.getStride()
    const rgba = new Uint8ClampedArray(width * height * 4)
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        const at = y * stride + x * n
        rgba.set([rgb[at] ?? 0, rgb[at + 1] ?? 0, rgb[at + 2] ?? 0, 255], (y * width + x) * 4)
      }
    pages.push({ width, height, rgba, scale, pagePt: { x: x0, y: y0, w: x1 - x0, h: y1 - y0 } })
    pix.destroy()
    page.destroy()
  }
  doc.destroy()
  return pages
}

/** The part of a page under `box` (points, top-left origin). */
export function crop(page: Raster, box: Box): Raster {
  const x0 = Math.max(0, Math.floor(box.x * page.scale))
  const y0 = Math.max(0, Math.floor(box.y * page.scale))
  const x1 = Math.min(page.width, Math.ceil((box.x + box.w) * page.scale))
  const y1 = Math.min(page.height, Math.ceil((box.y + box.h) * page.scale))
  const width = x1 - x0
  const height = y1 - y0
  const rgba = new Uint8ClampedArray(width * height * 4)
  for (let y = 0; y < height; y++) {
    const from = ((y0 + y) * page.width + x0) * 4
    rgba.set(page.rgba.subarray(from, from + width * 4), y * width * 4)
  }
  return { width, height, rgba, scale: page.scale, pagePt: box }
}

/** What a reader finds in the raster, and where it saw the top-left finder. */
export function readCode(r: Raster) {
  const found = jsQR(r.rgba, r.width, r.height, { inversionAttempts: 'dontInvert' })
  if (!found) return null
  const tl = found.location.topLeftFinderPattern
  return { data: found.data, topLeft: { x: tl.x / r.width, y: tl.y / r.height } }
}

/** Share of inked (not paper-white) pixels: ink present where labels and marks should be. */
export function inkShare(r: Raster): number {
  let dark = 0
  for (let i = 0; i < r.rgba.length; i += 4)
    if ((r.rgba[i] ?? 255) + (r.rgba[i + 1] ?? 255) + (r.rgba[i + 2] ?? 255) < 720) dark++
  return dark / (r.width * r.height)
}

/** A real PNG logo (red stripes, dark disc, transparent corners) as a data: URI. */
export function logoDataUri(width = 240, height = 160): { href: string; width: number; height: number } {
  const data = new Uint8Array(width * height * 4)
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const corner = (x < 20 || x >= width - 20) && (y < 20 || y >= height - 20)
      const inDisc = (x - width / 3) ** 2 + (y - height / 2) ** 2 < (height / 3) ** 2
      const stripe = Math.floor(x / 12) % 2 === 0
      const [r, g, b] = inDisc ? [17, 17, 17] : stripe ? [228, 0, 43] : [255, 255, 255]
      data.set([r, g, b, corner ? 0 : 255], (y * width + x) * 4)
    }
  const png = encodePng({ width, height, data, channels: 4, depth: 8 })
  return { href: `data:image/png;base64,${Buffer.from(png).toString('base64')}`, width, height }
}
