// The Worker's PDF entry points: the pure builders beside this file, given the Worker build
// of resvg and the bundled font for text outlines and logo rasters.
import { initResvg, Resvg } from '@cf-wasm/resvg/workerd'
import type { QrScene } from '../../design/scene.ts'
import { QR_FONT_FAMILY, qrFonts } from '../fonts.ts'
import { buildCodePdf } from './code-pdf.ts'
import { mm, PAPER, type Paper, sheetLayout } from './paper.ts'
import type { RasterLogo } from './pdf-image.ts'
import { buildPrintSheetPdf, type SheetItem, type SheetOptions } from './print-sheet.ts'
import { rasteriseImage, sceneLogos } from './raster.ts'
import { buildTableTentsPdf, type TentItem } from './table-tent.ts'
import { type TextOutliner, textOutliner } from './text-outline.ts'

export { CODE_PDF_MM } from './code-pdf.ts'
export type { Paper, PerPage } from './paper.ts'
export { PER_PAGE } from './paper.ts'
export type { RasterLogo } from './pdf-image.ts'

async function outliner(): Promise<TextOutliner> {
  await initResvg.ensure()
  return textOutliner(Resvg, qrFonts(), QR_FONT_FAMILY)
}

const toMm = (pt: number) => pt / mm(1)

/** Items with their scenes' logos rasterised for `widthMm`, unless one was given (`null`: none). */
async function withLogos<T extends { scene: QrScene; logo?: RasterLogo | null }>(
  items: T[],
  widthMm: number,
): Promise<T[]> {
  const logos = await sceneLogos(
    Resvg,
    items.map((i) => ({ scene: i.scene, widthMm })),
  )
  return items.map((item, n) => (item.logo !== undefined ? item : { ...item, logo: logos[n] ?? null }))
}

/** A logo (data: URI) as RGBA `px` wide, for callers that want to pass their own raster. */
export function rasterLogo(
  logo: { href: string; width: number; height: number },
  px: number,
): Promise<RasterLogo> {
  return rasteriseImage(Resvg, logo, px)
}

/**
 * One code as a vector PDF page `sizeMm` wide. The logo comes from the scene's image unless
 * one is given (`null`: none).
 */
export async function codePdf(
  scene: QrScene,
  opts: { sizeMm: number; logo?: RasterLogo | null; title?: string },
): Promise<Uint8Array<ArrayBuffer>> {
  const logo =
    opts.logo !== undefined ? opts.logo : (await sceneLogos(Resvg, [{ scene, widthMm: opts.sizeMm }]))[0]
  return buildCodePdf(scene, { ...opts, logo }, await outliner())
}

/** Codes in a grid on A4 or Letter with labels, cut marks and page numbers. */
export async function printSheetPdf(
  items: SheetItem[],
  opts: SheetOptions,
): Promise<Uint8Array<ArrayBuffer>> {
  const cell = sheetLayout(opts.paper, opts.perPage).cells[0]
  const widthMm = toMm(cell?.w ?? PAPER[opts.paper].width)
  return buildPrintSheetPdf(await withLogos(items, widthMm), opts, await outliner())
}

/** Folded table tents, one sheet per code, the code on both faces. */
export async function tableTentsPdf(
  items: TentItem[],
  opts: { paper: Paper },
): Promise<Uint8Array<ArrayBuffer>> {
  return buildTableTentsPdf(await withLogos(items, toMm(PAPER[opts.paper].width)), opts, await outliner())
}

/** One folded table tent. */
export const tableTentPdf = (item: TentItem, opts: { paper: Paper }): Promise<Uint8Array<ArrayBuffer>> =>
  tableTentsPdf([item], opts)
