import type {
  CrmImport,
  ImportDetail,
  ImportPreview,
  PreviewImportBody,
  StartImportBody,
  UploadedImport,
} from '../../../../worker/modules/crm/imports/imports.schemas.ts'
import { ApiProblem, apiRequest, apiResponse, type ProblemDetails, refreshSession } from '../../api/client.ts'

export type { CrmImport, ImportDetail, ImportPreview, UploadedImport }
export type ImportEntity = CrmImport['entity']
export type DuplicatePolicy = PreviewImportBody['duplicatePolicy']
export type Mapping = Record<string, string>

/** The largest file the API takes. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024

const enc = encodeURIComponent

async function problemOf(response: Response): Promise<ProblemDetails> {
  const fallback = {
    type: 'about:blank',
    title: 'Upload failed',
    status: response.status,
    detail: `The upload failed with status ${response.status}.`,
  }
  try {
    const body = (await response.json()) as Partial<ProblemDetails>
    return {
      ...fallback,
      detail: typeof body.detail === 'string' ? body.detail : fallback.detail,
      code: body.code,
    }
  } catch {
    return fallback
  }
}

/**
 * Sends the file itself as the body (`text/csv`), as the API asks. A 401 (access cookie
 * expired) refreshes the session once and sends again.
 */
export async function uploadImport(file: File, entity: ImportEntity): Promise<UploadedImport> {
  const path = `/api/v1/crm/imports?${new URLSearchParams({ entity, filename: file.name })}`
  const send = () =>
    fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'text/csv', accept: 'application/json, application/problem+json' },
      body: file,
    }).catch(() => {
      throw new ApiProblem({
        type: 'about:blank',
        title: 'Network error',
        status: 0,
        detail: 'The file did not reach Vitrine. Check your connection and try again.',
      })
    })
  let response = await send()
  if (response.status === 401 && (await refreshSession())) response = await send()
  if (response.status === 201) return (await response.json()) as UploadedImport
  throw new ApiProblem(await problemOf(response))
}

export const previewImport = (crmImportId: string, body: PreviewImportBody) =>
  apiRequest<ImportPreview>(`/api/v1/crm/imports/${enc(crmImportId)}/preview`, { method: 'POST', body })

export const startImport = (crmImportId: string, body: StartImportBody) =>
  apiRequest<ImportDetail>(`/api/v1/crm/imports/${enc(crmImportId)}/start`, { method: 'POST', body })

export const getImport = (crmImportId: string, signal?: AbortSignal) =>
  apiRequest<ImportDetail>(`/api/v1/crm/imports/${enc(crmImportId)}`, { signal })

export const listImports = (signal?: AbortSignal) =>
  apiRequest<{ items: CrmImport[]; nextCursor: string | null }>('/api/v1/crm/imports?limit=20', { signal })

/** The problems report as a file, fetched so an expired session is refreshed first. */
export async function downloadProblems(crmImportId: string): Promise<{ blob: Blob; filename: string }> {
  const response = await apiResponse(`/api/v1/crm/imports/${enc(crmImportId)}/problems.csv`)
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1]
  return { blob: await response.blob(), filename: name ?? 'import-problems.csv' }
}

export const inProgress = (imp: Pick<CrmImport, 'status'>) =>
  imp.status === 'queued' || imp.status === 'running'

export const STATUS_LABELS: Record<CrmImport['status'], string> = {
  uploaded: 'Not started',
  queued: 'Waiting to start',
  running: 'Importing',
  done: 'Done',
  failed: 'Stopped',
  cancelled: 'Cancelled',
}
