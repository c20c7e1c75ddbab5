import type {
  Attachment,
  AttachmentLinks,
  AttachmentList,
  CrmStorage,
} from '../../../../worker/modules/crm/files/files.schemas.ts'
import { apiRequest } from '../../api/client.ts'
import { type UploadProgress, uploadForm } from '../../api/upload.ts'

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

export function uploadAttachment(
  record: { entity: AttachmentEntity; entityId: string },
  file: File,
  options: UploadProgress = {},
): Promise<Attachment> {
  const form = new FormData()
  form.append('entity', record.entity)
  form.append('entityId', record.entityId)
  form.append('file', file, file.name)
  return uploadForm<Attachment>('/api/v1/attachments', form, options)
}
