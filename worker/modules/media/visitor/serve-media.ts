/**
 * Public bytes of uploads, on our host and every custom hostname: one R2 read. A file's URL
 * never changes content (a new upload gets a new id), so browsers and the edge may keep it a
 * year. The CSP and nosniff make sure a file is only ever treated as the type R2 recorded,
 * which the upload decided from its bytes.
 */
import type { Context } from 'hono'
import type { AppEnv } from '../../../env.ts'
import { ID_PREFIXES } from '../../../lib/ids.ts'
import { renderStatusPage } from '../../sites/index.ts'

const ID = '[0-9A-HJKMNP-TV-Z]{26}'
const TENANT = new RegExp(`^${ID_PREFIXES.tenant}_${ID}$`)
const FILE = new RegExp(`^${ID_PREFIXES.media}_${ID}\\.(png|jpg|gif|webp|avif|mp4|webm)$`)

const FILE_HEADERS = {
  'cache-control': 'public, max-age=31536000, immutable',
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'",
  'accept-ranges': 'bytes',
}

async function notFound(c: Context<AppEnv>) {
  const { html, csp } = await renderStatusPage({
    title: 'File not found',
    message: 'There is no file at this address. It may have been removed.',
  })
  return c.html(html, 404, { 'content-security-policy': csp, 'cache-control': 'no-store' })
}

/** `If-None-Match` as R2 wants it: the bare etag, without quotes or a weak marker. */
const etagOf = (header: string | undefined) =>
  header?.trim().replace(/^W\//, '').replaceAll('"', '') || undefined

/** One `bytes=a-b`, `bytes=a-` or `bytes=-n` range (what video players send), or undefined. */
function rangeOf(header: string | undefined): R2Range | undefined {
  const match = header?.match(/^bytes=(\d*)-(\d*)$/)
  if (!match) return undefined
  const [, from = '', to = ''] = match
  if (from === '') return to === '' || Number(to) === 0 ? undefined : { suffix: Number(to) }
  if (to === '') return { offset: Number(from) }
  return Number(to) < Number(from)
    ? undefined
    : { offset: Number(from), length: Number(to) - Number(from) + 1 }
}

/** Where the bytes of `range` (as asked) start and how many there are, within `size`. */
function servedRange(range: R2Range, size: number) {
  const asked = range as { offset?: number; length?: number; suffix?: number }
  const offset = asked.suffix !== undefined ? Math.max(0, size - asked.suffix) : (asked.offset ?? 0)
  const length = Math.min(asked.length ?? size - offset, size - offset)
  return { offset, length }
}

/** A range past the end is answered with the whole file rather than an error. */
async function read(bucket: R2Bucket, key: string, options: R2GetOptions) {
  try {
    return await bucket.get(key, options)
  } catch (error) {
    if (!options.range) throw error
    return bucket.get(key, { onlyIf: options.onlyIf })
  }
}

export async function serveMedia(c: Context<AppEnv>) {
  const { tenantId = '', file = '' } = c.req.param()
  if (!TENANT.test(tenantId) || !FILE.test(file)) return notFound(c)
  const etag = etagOf(c.req.header('if-none-match'))
  const range = etag ? undefined : rangeOf(c.req.header('range'))
  const object = await read(c.env.MEDIA, `tenants/${tenantId}/media/${file}`, {
    onlyIf: etag ? { etagDoesNotMatch: etag } : undefined,
    range,
  })
  if (!object) return notFound(c)
  const headers = new Headers(FILE_HEADERS)
  object.writeHttpMetadata(headers)
  headers.set('etag', object.httpEtag)
  if (!('body' in object)) return new Response(null, { status: 304, headers })
  if (range && object.range) {
    const { offset, length } = servedRange(range, object.size)
    headers.set('content-range', `bytes ${offset}-${offset + length - 1}/${object.size}`)
    headers.set('content-length', String(length))
    return new Response(object.body, { status: 206, headers })
  }
  headers.set('content-length', String(object.size))
  return new Response(object.body, { status: 200, headers })
}
