import type { MediaAsset, MediaList, MediaRef } from '../../../../worker/modules/media/media.schemas.ts'
import { apiRequest } from '../../api/client.ts'
import { type UploadProgress, uploadForm } from '../../api/upload.ts'

export type { MediaAsset, MediaList, MediaRef }
export type MediaKind = MediaAsset['kind']

/** What the file input offers; the server decides by the bytes, not by this list. */
export const ACCEPTED_TYPES: Record<MediaKind, string> = {
  image: 'image/png,image/jpeg,image/webp,image/gif,image/avif',
  video: 'video/mp4,video/webm',
}

export const ACCEPTED_LABEL: Record<MediaKind, string> = {
  image: 'PNG, JPEG, WebP, GIF or AVIF, up to 5 MB and 8000 pixels a side',
  video: 'MP4 or WebM, up to 25 MB',
}

export function listMedia(
  query: { kind?: MediaKind; cursor?: string | null } = {},
  signal?: AbortSignal,
): Promise<MediaList> {
  const params = new URLSearchParams()
  if (query.kind) params.set('kind', query.kind)
  if (query.cursor) params.set('cursor', query.cursor)
  const qs = params.toString()
  return apiRequest<MediaList>(`/api/v1/media${qs ? `?${qs}` : ''}`, { signal })
}

export const getMedia = (mediaId: string, signal?: AbortSignal) =>
  apiRequest<MediaAsset>(`/api/v1/media/${encodeURIComponent(mediaId)}`, { signal })

export const deleteMedia = (mediaId: string) =>
  apiRequest<void>(`/api/v1/media/${encodeURIComponent(mediaId)}`, { method: 'DELETE' })

export interface UploadOptions extends UploadProgress {
  alt?: string
}

export function uploadMedia(file: File, { alt, ...progress }: UploadOptions = {}): Promise<MediaAsset> {
  const form = new FormData()
  form.append('file', file, file.name)
  if (alt) form.append('alt', alt)
  return uploadForm<MediaAsset>('/api/v1/media', form, progress)
}
