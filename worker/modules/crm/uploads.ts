/**
 * CRM routes that take a file rather than JSON: a CSV to import (raw `text/csv`) and an
 * attachment (multipart). The API router lets these through its JSON-only check with their
 * own size limit; each route checks type and size itself.
 */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
export const MAX_CRM_UPLOAD_BODY_BYTES = MAX_ATTACHMENT_BYTES + 64 * 1024

const UPLOAD_PATHS = new Set(['/api/v1/crm/imports', '/api/v1/attachments'])

export const isCrmUpload = (method: string, path: string) =>
  method === 'POST' && UPLOAD_PATHS.has(path.replace(/\/+$/, ''))
