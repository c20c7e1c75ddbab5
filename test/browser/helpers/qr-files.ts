// Reading QR codes the way a phone would, from what the dashboard shows and downloads: the
// browser draws SVGs, fast-png decodes PNGs, jsQR reads the pixels.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { decode as decodePng, encode as encodePng } from 'fast-png'
import jsQR from 'jsqr'
import type { Download, Page } from 'playwright-core'

/** A wide two-colour mark, busy enough that a logo left over modules would break the code. */
export function logoPng(width = 240, height = 160): Uint8Array {
  const data = new Uint8Array(width * height * 4)
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const disc = (x - width / 3) ** 2 + (y - height / 2) ** 2 < (height / 3) ** 2
      const stripe = Math.floor(x / 12) % 2 === 0
      data.set(
        disc ? [17, 17, 17, 255] : stripe ? [124, 58, 237, 255] : [255, 255, 255, 255],
        (y * width + x) * 4,
      )
    }
  return encodePng({ width, height, data, channels: 4, depth: 8 })
}

const read = (rgba: ArrayLike<number>, width: number, height: number) =>
  jsQR(Uint8ClampedArray.from(rgba), width, height)?.data ?? null

// Runs in the page (kept as text: the tests are type-checked without the DOM library). Draws
// an image address on a white canvas `width` pixels wide and returns its RGBA pixels.
const RASTERISE = `async ({ src, width }) => {
  const image = new Image()
  image.src = src
  await image.decode()
  const height = Math.round((width * image.naturalHeight) / image.naturalWidth)
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const g = canvas.getContext('2d')
  g.fillStyle = '#ffffff'
  g.fillRect(0, 0, width, height)
  g.drawImage(image, 0, 0, width, height)
  const pixels = g.getImageData(0, 0, width, height).data
  let binary = ''
  for (let i = 0; i < pixels.length; i += 0x8000) binary += String.fromCharCode(...pixels.subarray(i, i + 0x8000))
  return { base64: btoa(binary), width, height }
}`

/** Draws an image (an SVG as a data: address) in the page the way the browser renders it, and reads it. */
export async function readImageInPage(page: Page, src: string, width = 600): Promise<string | null> {
  const drawn = (await page.evaluate(`(${RASTERISE})(${JSON.stringify({ src, width })})`)) as {
    base64: string
    width: number
    height: number
  }
  return read(Buffer.from(drawn.base64, 'base64'), drawn.width, drawn.height)
}

export function readPngBytes(bytes: Uint8Array): string | null {
  const png = decodePng(bytes)
  const rgba = new Uint8ClampedArray(png.width * png.height * 4)
  for (let i = 0; i < png.width * png.height; i++) {
    const at = i * png.channels
    const gray = png.channels < 3
    rgba[i * 4] = Number(png.data[at] ?? 0)
    rgba[i * 4 + 1] = Number(png.data[gray ? at : at + 1] ?? 0)
    rgba[i * 4 + 2] = Number(png.data[gray ? at : at + 2] ?? 0)
    rgba[i * 4 + 3] = 255
  }
  return read(rgba, png.width, png.height)
}

/** The downloaded file's bytes, kept in `dir` (a test platform's state folder). */
export async function saved(download: Download, dir: string): Promise<Buffer> {
  const path = join(dir, `${Date.now()}-${download.suggestedFilename()}`)
  await download.saveAs(path)
  return readFile(path)
}
