import type { TenantCtx } from '../../context.ts'
import type { D1Db } from '../../lib/d1.ts'
import { ApiError } from '../../lib/errors.ts'
import { idPattern, newId } from '../../lib/ids.ts'
import { auditInsert } from '../audit/index.ts'
import { purgePages } from '../sites/index.ts'
import {
  brandsOf,
  deleteMediaRow,
  findMedia,
  findMediaByIds,
  insertMedia,
  listMedia as listRows,
  type MediaRow,
} from './media.repo.ts'
import type { ListMediaQuery, MediaAsset, MediaList, MediaRef } from './media.schemas.ts'
import { looksLikeMarkup, type SniffedMedia, sniffMedia } from './media-sniff.ts'

const MB = 1024 * 1024
export const MAX_BYTES = { image: 5 * MB, video: 25 * MB } as const
export const MAX_IMAGE_SIDE = 8000
/** The whole multipart body: the largest file plus room for the boundaries and the alt text. */
export const MAX_UPLOAD_BODY_BYTES = MAX_BYTES.video + 64 * 1024

const ACCEPTED = 'PNG, JPEG, WebP, GIF or AVIF images up to 5 MB, or MP4 or WebM videos up to 25 MB'

const megabytes = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`

/** The public path of an R2 key `tenants/{tenantId}/media/{file}`: `/media/{tenantId}/{file}`. */
export const mediaUrl = (key: string): string =>
  `/media/${key.replace(/^tenants\//, '').replace('/media/', '/')}`

export const toMediaAsset = (row: MediaRow): MediaAsset => ({
  id: row.id,
  kind: row.kind,
  contentType: row.contentType,
  bytes: row.bytes,
  width: row.width,
  height: row.height,
  url: mediaUrl(row.key),
  fileName: row.fileName,
  createdAt: row.createdAt.toISOString(),
})

/** Refuses what is not an accepted image or video, by its bytes alone, with a message naming the rules. */
export function checkUpload(bytes: Uint8Array): SniffedMedia {
  if (bytes.length === 0)
    throw new ApiError('BAD_REQUEST', 'The file is empty', fileIssue('The file is empty'))
  const head = bytes.subarray(0, 64 * 1024)
  const sniffed = sniffMedia(head)
  if (!sniffed) {
    throw new ApiError(
      'UNSUPPORTED_MEDIA_TYPE',
      looksLikeMarkup(head)
        ? `SVG and other markup files are not accepted, since they can carry scripts. Upload ${ACCEPTED}.`
        : `This file is not an image or video we accept. Upload ${ACCEPTED}.`,
    )
  }
  const limit = MAX_BYTES[sniffed.kind]
  if (bytes.length > limit) {
    throw new ApiError(
      'PAYLOAD_TOO_LARGE',
      `${sniffed.kind === 'image' ? 'Images' : 'Videos'} may be at most ${limit / MB} MB; this one is ${megabytes(bytes.length)}`,
    )
  }
  if (sniffed.kind === 'image') {
    const { width, height } = sniffed
    if (!width || !height) {
      const message =
        'The image header is incomplete or damaged; export the image again and upload the new file'
      throw new ApiError('BAD_REQUEST', message, fileIssue(message))
    }
    if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE) {
      const message = `Images may be at most ${MAX_IMAGE_SIDE} pixels a side; this one is ${width}×${height}`
      throw new ApiError('BAD_REQUEST', message, fileIssue(message))
    }
  }
  return sniffed
}

const fileIssue = (message: string) => ({ errors: [{ path: 'file', message }] })

/** Keeps the name for display only: no folders, no control characters, at most 200 characters. */
function cleanFileName(name: string): string | null {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is removed
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim()
  return base ? base.slice(0, 200) : null
}

/**
 * Stores the bytes in R2 first, then the row and its audit record in one batch; if the batch
 * fails the object is removed again, so a row never points at nothing.
 */
export async function uploadMedia(ctx: TenantCtx, upload: { file: File; alt?: string }): Promise<MediaAsset> {
  const bytes = new Uint8Array(await upload.file.arrayBuffer())
  const sniffed = checkUpload(bytes)
  const now = ctx.now()
  const id = newId('media', now.getTime())
  const key = `tenants/${ctx.tenantId}/media/${id}.${sniffed.ext}`
  await ctx.env.MEDIA.put(key, bytes, {
    httpMetadata: { contentType: sniffed.contentType },
    customMetadata: upload.alt ? { alt: upload.alt } : undefined,
  })
  const row: MediaRow = {
    id,
    tenantId: ctx.tenantId,
    kind: sniffed.kind,
    key,
    contentType: sniffed.contentType,
    bytes: bytes.length,
    width: sniffed.width,
    height: sniffed.height,
    fileName: cleanFileName(upload.file.name),
    createdBy: actorId(ctx),
    createdAt: now,
  }
  try {
    await ctx.d1.batch([
      insertMedia(ctx.d1, row),
      auditInsert(ctx, {
        action: 'media.uploaded',
        tenantId: ctx.tenantId,
        actor: ctx.actor,
        target: { type: 'media', id },
        metadata: { contentType: row.contentType, bytes: row.bytes },
      }),
    ])
  } catch (error) {
    await ctx.env.MEDIA.delete(key)
    throw error
  }
  return toMediaAsset(row)
}

const actorId = (ctx: TenantCtx) => (ctx.actor.kind === 'user' ? ctx.actor.userId : ctx.actor.apiKeyId)

export async function listMedia(ctx: TenantCtx, query: ListMediaQuery): Promise<MediaList> {
  if (query.cursor && !idPattern('media').test(query.cursor))
    throw new ApiError('BAD_REQUEST', 'The cursor is not one this API gave out')
  const rows = await listRows(ctx.d1, ctx.tenantId, {
    kind: query.kind,
    before: query.cursor,
    limit: query.limit + 1,
  })
  const page = rows.slice(0, query.limit)
  return {
    data: page.map(toMediaAsset),
    nextCursor: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null,
  }
}

export async function getMediaOrThrow(ctx: TenantCtx, mediaId: string): Promise<MediaRow> {
  const row = await findMedia(ctx.d1, ctx.tenantId, mediaId)
  if (!row) throw new ApiError('NOT_FOUND', `Media ${mediaId} not found`)
  return row
}

/**
 * Deletes the bytes, then the row, then every cached page of the tenant: which pages showed the
 * file is not recorded, and a cached page would keep a broken image. A member limited to some
 * branches may delete only what they uploaded: the rest may be the brand's logo on every page.
 */
export async function deleteMedia(ctx: TenantCtx, mediaId: string): Promise<void> {
  const row = await getMediaOrThrow(ctx, mediaId)
  if (ctx.actor.branchIds !== null && row.createdBy !== actorId(ctx))
    throw new ApiError(
      'FORBIDDEN',
      'Members limited to some branches can delete only the files they uploaded',
    )
  await ctx.env.MEDIA.delete(row.key)
  await ctx.d1.batch([
    deleteMediaRow(ctx.d1, ctx.tenantId, mediaId),
    auditInsert(ctx, {
      action: 'media.deleted',
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      target: { type: 'media', id: mediaId },
      metadata: { fileName: row.fileName },
    }),
  ])
  const scopes = await brandsOf(ctx.d1, ctx.tenantId)
  await purgePages(
    ctx,
    scopes.map((brand) => ({ tenantId: ctx.tenantId, ...brand })),
  )
}

/**
 * The public references of the tenant's media among `ids`, by id; an id of another tenant, or
 * of a deleted file, is absent from the map.
 * @example const refs = await mediaRefs(db, tenantId, [brand.logoMediaId]); refs.get(id)?.url
 */
export async function mediaRefs(db: D1Db, tenantId: string, ids: readonly (string | null | undefined)[]) {
  const wanted = ids.filter((id): id is string => typeof id === 'string' && id.length > 0)
  const refs = new Map<string, MediaRef>()
  if (wanted.length === 0) return refs
  for (const row of await findMediaByIds(db, tenantId, wanted))
    refs.set(row.id, { id: row.id, url: mediaUrl(row.key) })
  return refs
}

/**
 * Refuses (400, with a field path per problem) media ids that are not images of this tenant,
 * before a brand, branch or staff member points at them.
 * @example await assertTenantImages(ctx.d1, ctx.tenantId, [{ path: 'logoMediaId', id: body.logoMediaId }])
 */
export async function assertTenantImages(
  db: D1Db,
  tenantId: string,
  refs: { path: string; id: string | null | undefined }[],
): Promise<void> {
  const wanted = refs.filter((r): r is { path: string; id: string } => typeof r.id === 'string')
  if (wanted.length === 0) return
  const found = new Map(
    (
      await findMediaByIds(
        db,
        tenantId,
        wanted.map((r) => r.id),
      )
    ).map((r) => [r.id, r]),
  )
  const errors = wanted.flatMap(({ path, id }) => {
    const row = found.get(id)
    if (!row) return [{ path, message: `There is no uploaded file ${id} in this organisation` }]
    if (row.kind !== 'image') return [{ path, message: `${id} is a video; choose an image` }]
    return []
  })
  if (errors.length > 0) throw new ApiError('BAD_REQUEST', errors[0]!.message, { errors })
}
