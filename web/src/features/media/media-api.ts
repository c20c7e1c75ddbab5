import type { MediaAsset, MediaList, MediaRef } from '../../../../worker/modules/media/media.schemas.ts'
import { ApiProblem, apiRequest, type ProblemDetails, refreshSession } from '../../api/client.ts'

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

export interface UploadOptions {
  alt?: string
  /** Called with 0..100 as the bytes leave the browser. */
  onProgress?: (percent: number) => void
  signal?: AbortSignal
}

/**
 * Uploads one file as multipart/form-data. XMLHttpRequest rather than fetch because only it
 * reports upload progress. A 401 (access cookie expired) refreshes the session once and retries.
 */
export async function uploadMedia(file: File, options: UploadOptions = {}): Promise<MediaAsset> {
  let result = await send(file, options)
  if (result.status === 401 && (await refreshSession())) result = await send(file, options)
  if (result.status === 201) return JSON.parse(result.text) as MediaAsset
  throw new ApiProblem(problemOf(result.status, result.text))
}

function send(file: File, { alt, onProgress, signal }: UploadOptions) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const form = new FormData()
    form.append('file', file, file.name)
    if (alt) form.append('alt', alt)
    const xhr = new XMLHttpRequest()
    xhr.open('POST', '/api/v1/media')
    xhr.setRequestHeader('accept', 'application/json, application/problem+json')
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(Math.round((event.loaded / event.total) * 100))
    }
    xhr.onload = () => resolve({ status: xhr.status, text: xhr.responseText })
    xhr.onerror = () =>
      reject(
        new ApiProblem({
          type: 'about:blank',
          title: 'Network error',
          status: 0,
          detail: 'The upload did not reach Vitrine. Check your connection and try again.',
        }),
      )
    xhr.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'))
    signal?.addEventListener('abort', () => xhr.abort(), { once: true })
    xhr.send(form)
  })
}

function problemOf(status: number, text: string): ProblemDetails {
  const fallback: ProblemDetails = {
    type: 'about:blank',
    title: 'Upload failed',
    status,
    detail: `The upload failed with status ${status}.`,
  }
  try {
    const body: unknown = JSON.parse(text)
    if (typeof body !== 'object' || body === null) return fallback
    const b = body as Partial<ProblemDetails>
    return {
      ...fallback,
      title: typeof b.title === 'string' ? b.title : fallback.title,
      detail: typeof b.detail === 'string' ? b.detail : fallback.detail,
      code: typeof b.code === 'string' ? b.code : undefined,
    }
  } catch {
    return fallback
  }
}
