// SVG → PNG in the Worker with the one WASM rasteriser (resvg) and the bundled font.
import { Resvg } from '@cf-wasm/resvg/workerd'
import { QR_FONT_FAMILY, qrFonts } from './fonts.ts'

export const MIN_PNG_WIDTH = 256
export const MAX_PNG_WIDTH = 4096

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

/**
 * The PNG with a pHYs chunk after IHDR (which is always first and 25 bytes from byte 8), so
 * print and layout tools place it at `dpi` instead of their default 72 or 96.
 */
export function withDpi(png: Uint8Array, dpi: number): Uint8Array<ArrayBuffer> {
  const perMetre = Math.round(dpi / 0.0254)
  const chunk = new Uint8Array(21)
  const view = new DataView(chunk.buffer)
  view.setUint32(0, 9)
  chunk.set([0x70, 0x48, 0x59, 0x73], 4) // "pHYs"
  view.setUint32(8, perMetre)
  view.setUint32(12, perMetre)
  chunk[16] = 1 // unit: metre
  view.setUint32(17, crc32(chunk.subarray(4, 17)))
  const ihdrEnd = 8 + 25
  const out = new Uint8Array(png.length + chunk.length)
  out.set(png.subarray(0, ihdrEnd))
  out.set(chunk, ihdrEnd)
  out.set(png.subarray(ihdrEnd), ihdrEnd + chunk.length)
  return out
}

/**
 * Rasterises an SVG to a PNG `width` pixels wide (MIN_PNG_WIDTH..MAX_PNG_WIDTH), its text in
 * the bundled DejaVu Sans Bold. WASM memory is freed before returning: a Worker isolate serves
 * many requests and a 4096 px render holds 64 MB.
 * @example const png = await renderPng(qrSceneToSvg(scene), { width: 1024, dpi: 300 })
 */
export async function renderPng(
  svg: string,
  opts: { width: number; dpi?: number },
): Promise<Uint8Array<ArrayBuffer>> {
  if (!Number.isInteger(opts.width) || opts.width < MIN_PNG_WIDTH || opts.width > MAX_PNG_WIDTH)
    throw new RangeError(`PNG width must be ${MIN_PNG_WIDTH}..${MAX_PNG_WIDTH} pixels, not ${opts.width}`)
  const resvg = await Resvg.async(svg, {
    font: { fontBuffers: qrFonts(), defaultFontFamily: QR_FONT_FAMILY },
    fitTo: { mode: 'width', value: opts.width },
  })
  try {
    const image = resvg.render()
    try {
      const png = image.asPng()
      // A copy either way: the bytes leave the WASM wrapper's typing for a plain ArrayBuffer.
      return opts.dpi ? withDpi(png, opts.dpi) : png.slice()
    } finally {
      image.free()
    }
  } finally {
    resvg.free()
  }
}
