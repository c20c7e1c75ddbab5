import type { z } from 'zod'
import type {
  Board,
  CreateDealBody,
  Deal,
  DealDeleted,
  DealDetail,
  DealList,
  MoveDealBody,
  UpdateDealBody,
} from '../../../../worker/modules/crm/deals/deals.schemas.ts'
import type { Pipeline, PipelineList, Stage } from '../../../../worker/modules/crm/deals/pipelines.schemas.ts'
import { ApiProblem, apiRequest, apiResponse } from '../../api/client.ts'

export type { Board, Deal, DealDetail, Pipeline, Stage }
export type BoardColumnData = Board['columns'][number]
export type NewDeal = z.input<typeof CreateDealBody>
export type DealChanges = z.input<typeof UpdateDealBody>
export type DealMove = z.input<typeof MoveDealBody>
export type DealDeletedResult = z.infer<typeof DealDeleted>

const enc = encodeURIComponent

export const listPipelines = (signal?: AbortSignal) =>
  apiRequest<PipelineList>('/api/v1/pipelines', { signal }).then((r) => r.items)

export const getBoard = (pipelineId: string, limit: number, signal?: AbortSignal) =>
  apiRequest<Board>(`/api/v1/pipelines/${enc(pipelineId)}/board?limit=${limit}`, { signal })

export const getDeal = (dealId: string, signal?: AbortSignal) =>
  apiRequest<DealDetail>(`/api/v1/deals/${enc(dealId)}`, { signal })

export const createDeal = (body: NewDeal) => apiRequest<Deal>('/api/v1/deals', { method: 'POST', body })

export const deleteDeal = (dealId: string) =>
  apiRequest<DealDeletedResult>(`/api/v1/deals/${enc(dealId)}`, { method: 'DELETE' })

/** Brings a deleted deal back while its undo window lasts. */
export const undoDelete = (crmUndoId: string) =>
  apiRequest<unknown>(`/api/v1/crm/undo/${enc(crmUndoId)}`, { method: 'POST', body: {} })

/** The deals of one contact or company, newest activity first. */
export const listRecordDeals = (ref: { contactId: string } | { companyId: string }, signal?: AbortSignal) => {
  const query = 'contactId' in ref ? `contactId=${enc(ref.contactId)}` : `companyId=${enc(ref.companyId)}`
  return apiRequest<DealList>(`/api/v1/deals?${query}&limit=50`, { signal })
}

/**
 * A write that names a version: it lands, or the deal changed meanwhile (409), and the caller
 * shows the deal as it now is (the board and the detail page reload it).
 */
export type VersionedOutcome = { ok: true; deal: Deal } | { ok: false; message: string }

async function versioned(path: string, method: 'POST' | 'PATCH', body: unknown): Promise<VersionedOutcome> {
  try {
    const response = await apiResponse(path, { method, body })
    return { ok: true, deal: (await response.json()) as Deal }
  } catch (cause) {
    if (cause instanceof ApiProblem && cause.status === 409) return { ok: false, message: cause.message }
    throw cause
  }
}

export const moveDeal = (dealId: string, body: DealMove) =>
  versioned(`/api/v1/deals/${enc(dealId)}/move`, 'POST', body)

export const updateDeal = (dealId: string, body: DealChanges) =>
  versioned(`/api/v1/deals/${enc(dealId)}`, 'PATCH', body)

/** Search for the pickers: a few contacts or companies by name. */
export interface RecordChoice {
  id: string
  name: string
  detail: string
}

export async function searchContacts(q: string, signal?: AbortSignal): Promise<RecordChoice[]> {
  const list = await apiRequest<{ items: { id: string; name: string; email: string | null }[] }>(
    `/api/v1/contacts?q=${enc(q)}&limit=6`,
    { signal },
  )
  return list.items.map((c) => ({ id: c.id, name: c.name, detail: c.email ?? '' }))
}

export async function searchCompanies(q: string, signal?: AbortSignal): Promise<RecordChoice[]> {
  const list = await apiRequest<{ items: { id: string; name: string; domain: string | null }[] }>(
    `/api/v1/companies?q=${enc(q)}&limit=6`,
    { signal },
  )
  return list.items.map((c) => ({ id: c.id, name: c.name, detail: c.domain ?? '' }))
}
