import type { Ctx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import { findMedia } from '../../media/index.ts'
import type { QrLogo } from '../design/layout.ts'

const MB = 1024 * 1024
export const MAX_LOGO_BYTES = 1 * MB
// What resvg (PNG downloads) and the PDF writer can draw; this build of resvg has no WebP or
// AVIF decoder, and a logo missing from the print would be worse than a refusal now.
const DRAWABLE = new Set(['image/png', 'image/jpeg', 'image/gif'])

const refuse = (message: string) =>
  new ApiError('BAD_REQUEST', message, { errors: [{ path: 'design.logoMediaId', message }] })

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  // In slices: spreading a megabyte into one call would overflow the stack.
  for (let at = 0; at < bytes.length; at += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000))
  return btoa(binary)
}

/**
 * A tenant's uploaded image as a logo for a code: a data: URI (so SVG downloads stand alone
 * and the rasteriser needs no fetch) and its pixel size. Refuses, naming the reason, what is
 * not this tenant's PNG, JPEG or GIF of at most 1 MB.
 * @example const logo = design.logoMediaId ? await loadQrLogo(ctx, tenantId, design.logoMediaId) : null
 */
export async function loadQrLogo(ctx: Ctx, tenantId: string, mediaId: string): Promise<QrLogo> {
  const row = await findMedia(ctx.d1, tenantId, mediaId)
  if (!row) throw refuse(`There is no uploaded image ${mediaId} in this organisation to use as the logo`)
  if (row.kind !== 'image') throw refuse('The logo must be an image; this file is a video')
  if (!DRAWABLE.has(row.contentType))
    throw refuse(
      `The logo must be a PNG, JPEG or GIF image (this one is ${row.contentType}); WebP and AVIF cannot be drawn into PNG and PDF downloads`,
    )
  if (row.bytes > MAX_LOGO_BYTES)
    throw refuse(
      `The logo is ${(row.bytes / MB).toFixed(1)} MB; logos may be at most 1 MB (a few hundred pixels wide is plenty)`,
    )
  if (!row.width || !row.height)
    throw refuse('The logo image has no readable size; export it again and upload the new file')
  const object = await ctx.env.MEDIA.get(row.key)
  if (!object) throw refuse('The logo file is missing from storage; upload it again')
  const bytes = new Uint8Array(await object.arrayBuffer())
  return { href: `data:${row.contentType};base64,${toBase64(bytes)}`, width: row.width, height: row.height }
}
