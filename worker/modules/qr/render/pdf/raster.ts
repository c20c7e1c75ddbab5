// Logo rasters for the PDF, drawn by resvg from the scene's image href. Pure over an injected
// resvg so Node tests can use the same code with the Node build.
import type { QrScene } from '../../design/scene.ts'
import type { RasterLogo } from './pdf-image.ts'

type RenderedLike = { width: number; height: number; pixels: Uint8Array; free?: () => void }
export type ResvgRasterLike = {
  async(svg: string, options: object): Promise<{ render(): RenderedLike; free?: () => void }>
}

const PRINT_DPI = 300
const MAX_LOGO_PX = 1024

const attr = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * The image at `href` (a data: URI; resvg fetches nothing) as straight RGBA, `px` wide with
 * its aspect kept. resvg hands out premultiplied pixels; PDF soft masks want them straight.
 */
export async function rasteriseImage(
  Resvg: ResvgRasterLike,
  image: { href: string; width: number; height: number },
  px: number,
): Promise<RasterLogo> {
  const w = Math.max(1, Math.round(px))
  const h = Math.max(1, Math.round((w * image.height) / image.width))
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${w}" height="${h}">` +
    `<image href="${attr(image.href)}" width="${w}" height="${h}" preserveAspectRatio="none"/></svg>`
  const resvg = await Resvg.async(svg, {})
  const img = resvg.render()
  const rgba = new Uint8Array(img.pixels)
  const out = { width: img.width, height: img.height, rgba }
  img.free?.()
  resvg.free?.()
  for (let i = 0; i < rgba.length; i += 4) {
    const a = rgba[i + 3] ?? 0
    if (a === 0 || a === 255) continue
    for (let c = 0; c < 3; c++) rgba[i + c] = Math.min(255, Math.round(((rgba[i + c] ?? 0) * 255) / a))
  }
  return out
}

/** The scene's logo (if any) at 300 dpi for a code printed `widthMm` wide, capped at 1024 px. */
export function logoPixels(scene: QrScene, widthMm: number): number {
  const image = scene.items.find((i) => i.kind === 'image')
  if (!image) return 0
  const px = ((widthMm * image.width) / scene.width / 25.4) * PRINT_DPI
  return Math.max(32, Math.min(MAX_LOGO_PX, Math.ceil(px)))
}

/**
 * Rasters for the scenes' logos, one per distinct href, so a sheet of one brand's codes embeds
 * its logo once.
 */
export async function sceneLogos(
  Resvg: ResvgRasterLike,
  scenes: { scene: QrScene; widthMm: number }[],
): Promise<(RasterLogo | null)[]> {
  const wanted = new Map<string, { image: { href: string; width: number; height: number }; px: number }>()
  for (const { scene, widthMm } of scenes) {
    const image = scene.items.find((i) => i.kind === 'image')
    if (!image) continue
    const px = logoPixels(scene, widthMm)
    const prev = wanted.get(image.href)
    if (!prev || prev.px < px) wanted.set(image.href, { image, px })
  }
  const rasters = new Map<string, RasterLogo>()
  for (const [href, { image, px }] of wanted) rasters.set(href, await rasteriseImage(Resvg, image, px))
  return scenes.map(({ scene }) => {
    const image = scene.items.find((i) => i.kind === 'image')
    return image ? (rasters.get(image.href) ?? null) : null
  })
}
