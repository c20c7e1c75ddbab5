import { name, type PdfRef, type PdfWriter } from './pdf-writer.ts'

/** A logo rasterised for print: straight (not premultiplied) RGBA, row-major, top row first. */
export type RasterLogo = { width: number; height: number; rgba: Uint8Array }

/**
 * Adds the image as a DeviceRGB XObject; transparency goes into a DeviceGray soft mask so a
 * logo with a transparent background sits on its plate without a white box.
 */
export function addImage(writer: PdfWriter, image: RasterLogo): PdfRef {
  const { width, height, rgba } = image
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new Error('An image needs a positive whole width and height')
  }
  if (rgba.length !== width * height * 4) throw new Error('Image data does not match its size')
  const pixels = width * height
  const color = new Uint8Array(pixels * 3)
  const alpha = new Uint8Array(pixels)
  let opaque = true
  for (let i = 0; i < pixels; i++) {
    color[i * 3] = rgba[i * 4] ?? 0
    color[i * 3 + 1] = rgba[i * 4 + 1] ?? 0
    color[i * 3 + 2] = rgba[i * 4 + 2] ?? 0
    const a = rgba[i * 4 + 3] ?? 0
    alpha[i] = a
    if (a !== 255) opaque = false
  }
  const base = {
    Type: name('XObject'),
    Subtype: name('Image'),
    Width: width,
    Height: height,
    BitsPerComponent: 8,
  }
  const smask = opaque ? null : writer.addStream(alpha, { ...base, ColorSpace: name('DeviceGray') })
  return writer.addStream(color, {
    ...base,
    ColorSpace: name('DeviceRGB'),
    // Smooth scaling: a logo is a picture, not modules that must stay crisp.
    Interpolate: true,
    ...(smask ? { SMask: smask } : {}),
  })
}
