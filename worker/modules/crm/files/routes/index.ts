import type { AppEnv } from '../../../../env.ts'
import { createRouter } from '../../../../lib/router.ts'
import { deleteAttachmentRoute } from './delete-attachment.ts'
import { getAttachmentUrlRoute } from './get-attachment-url.ts'
import { getCrmStorageRoute } from './get-crm-storage.ts'
import { listAttachmentsRoute } from './list-attachments.ts'
import { uploadAttachmentRoute } from './upload-attachment.ts'

export const attachmentRoutes = createRouter<AppEnv>().openapiRoutes([
  uploadAttachmentRoute,
  listAttachmentsRoute,
  getAttachmentUrlRoute,
  deleteAttachmentRoute,
  getCrmStorageRoute,
] as const)
