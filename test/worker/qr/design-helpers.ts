// Decoding what the designer draws, the way a phone would: rasterise, then read with jsQR.
import { Resvg } from '@cf-wasm/resvg/workerd'
import { decode as decodePngBytes, encode as encodePng } from 'fast-png'
import jsQR from 'jsqr'
import { QR_FONT_FAMILY, qrFonts } from '../../../worker/modules/qr/render/fonts.ts'

/** The text a reader finds in RGBA pixels, or null. */
export function readPixels(
  rgba: Uint8Array | Uint8ClampedArray,
  width: number,
  height: number,
): string | null {
  const pixels = new Uint8ClampedArray(rgba.buffer, rgba.byteOffset, rgba.byteLength)
  return jsQR(pixels, width, height, { inversionAttempts: 'dontInvert' })?.data ?? null
}

/** Rasterises an SVG at `width` pixels and reads it. */
export async function readSvg(svg: string, width = 600): Promise<string | null> {
  const resvg = await Resvg.async(svg, {
    font: { fontBuffers: qrFonts(), defaultFontFamily: QR_FONT_FAMILY },
    fitTo: { mode: 'width', value: width },
  })
  const image = resvg.render()
  try {
    return readPixels(image.pixels, image.width, image.height)
  } finally {
    image.free()
    resvg.free()
  }
}

/** Decodes PNG bytes to RGBA (whatever the channel count) and reads them. */
export function readPng(bytes: Uint8Array): string | null {
  const png = decodePngBytes(bytes)
  if (png.depth !== 8) throw new Error(`Unexpected PNG depth ${png.depth}`)
  const rgba = new Uint8ClampedArray(png.width * png.height * 4)
  for (let i = 0; i < png.width * png.height; i++) {
    const at = i * png.channels
    const gray = png.channels < 3
    rgba[i * 4] = png.data[at] ?? 0
    rgba[i * 4 + 1] = png.data[gray ? at : at + 1] ?? 0
    rgba[i * 4 + 2] = png.data[gray ? at : at + 2] ?? 0
    rgba[i * 4 + 3] =
      png.channels === 4 || png.channels === 2 ? (png.data[at + png.channels - 1] ?? 255) : 255
  }
  return readPixels(rgba, png.width, png.height)
}

export const decodePng = decodePngBytes

/**
 * A real PNG logo: a red rounded badge with a dark disc, 240×160, the kind of wide mark
 * a shop uploads. Busy enough that a logo left over modules would break the code.
 */
export function logoPng(width = 240, height = 160): Uint8Array {
  const data = new Uint8Array(width * height * 4)
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 4
      const inDisc = (x - width / 3) ** 2 + (y - height / 2) ** 2 < (height / 3) ** 2
      const stripe = Math.floor(x / 12) % 2 === 0
      const [r, g, b] = inDisc ? [17, 17, 17] : stripe ? [228, 0, 43] : [255, 255, 255]
      data.set([r, g, b, 255], at)
    }
  return encodePng({ width, height, data, channels: 4, depth: 8 })
}

export const base64 = (bytes: Uint8Array) => {
  let binary = ''
  for (let at = 0; at < bytes.length; at += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000))
  return btoa(binary)
}

/** The logo as the Worker hands it to the layout: a data: URI and its size. */
export function logoOf(png: Uint8Array, width = 240, height = 160) {
  return { href: `data:image/png;base64,${base64(png)}`, width, height }
}
