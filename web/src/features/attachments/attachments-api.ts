import type {
  Attachment,
  AttachmentLinks,
  AttachmentList,
  CrmStorage,
} from '../../../../worker/modules/crm/files/files.schemas.ts'
import { ApiProblem, apiRequest, type ProblemDetails, refreshSession } from '../../api/client.ts'

export type { Attachment, AttachmentLinks, AttachmentList, CrmStorage }
export type AttachmentEntity = Attachment['entity']

/** What the file input offers; the server decides by the bytes, not by this list. */
export const ACCEPTED_ATTACHMENTS =
  'image/png,image/jpeg,image/webp,image/gif,application/pdf,text/plain,text/csv,.csv,.txt,.docx,.xlsx,.pptx'
export const ACCEPTED_ATTACHMENTS_LABEL =
  'Images (PNG, JPEG, WebP, GIF), PDF, text or CSV, and Word, Excel or PowerPoint files, up to 20 MB each'

export function listAttachments(
  record: { entity: AttachmentEntity; entityId: string },
  cursor?: string | null,
  signal?: AbortSignal,
): Promise<AttachmentList> {
  const params = new URLSearchParams({ entity: record.entity, entityId: record.entityId })
  if (cursor) params.set('cursor', cursor)
  return apiRequest<AttachmentList>(`/api/v1/attachments?${params}`, { signal })
}

export const attachmentLinks = (attachmentId: string, signal?: AbortSignal) =>
  apiRequest<AttachmentLinks>(`/api/v1/attachments/${encodeURIComponent(attachmentId)}/url`, { signal })

export const deleteAttachment = (attachmentId: string) =>
  apiRequest<void>(`/api/v1/attachments/${encodeURIComponent(attachmentId)}`, { method: 'DELETE' })

export const crmStorage = (signal?: AbortSignal) => apiRequest<CrmStorage>('/api/v1/crm/storage', { signal })

export interface UploadOptions {
  /** Called with 0..100 as the bytes leave the browser. */
  onProgress?: (percent: number) => void
  signal?: AbortSignal
}

/**
 * Uploads one file as multipart/form-data. XMLHttpRequest rather than fetch because only it
 * reports upload progress. A 401 (access cookie expired) refreshes the session once and retries.
 */
export async function uploadAttachment(
  record: { entity: AttachmentEntity; entityId: string },
  file: File,
  options: UploadOptions = {},
): Promise<Attachment> {
  let result = await send(record, file, options)
  if (result.status === 401 && (await refreshSession())) result = await send(record, file, options)
  if (result.status === 201) return JSON.parse(result.text) as Attachment
  throw new ApiProblem(problemOf(result.status, result.text))
}

function send(
  record: { entity: AttachmentEntity; entityId: string },
  file: File,
  { onProgress, signal }: UploadOptions,
) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const form = new FormData()
    form.append('entity', record.entity)
    form.append('entityId', record.entityId)
    form.append('file', file, file.name)
    const xhr = new XMLHttpRequest()
    xhr.open('POST', '/api/v1/attachments')
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
