import type { z } from 'zod'
import type {
  DuplicateList,
  DuplicatePair,
} from '../../../../worker/modules/crm/duplicates/duplicates.schemas.ts'
import type {
  MergeBody,
  MergeEntity,
  MergePreview,
  MergeResult,
} from '../../../../worker/modules/crm/merge/merge.schemas.ts'
import { apiRequest } from '../../api/client.ts'
import type { Page } from '../../app/usePages.ts'

export type { DuplicatePair, MergeEntity, MergePreview, MergeResult }
export type MergeRequest = z.input<typeof MergeBody>

export const ENTITY_PLURAL: Record<MergeEntity, string> = { contact: 'contacts', company: 'companies' }

const enc = encodeURIComponent

export const listDuplicates = (entity: MergeEntity, cursor: string | null, signal?: AbortSignal) =>
  apiRequest<DuplicateList>(
    `/api/v1/crm/duplicates?entity=${entity}&limit=20${cursor ? `&cursor=${enc(cursor)}` : ''}`,
    { signal },
  ).then((r): Page<DuplicatePair> => ({ data: r.items, nextCursor: r.nextCursor }))

export const previewMerge = (entity: MergeEntity, ids: string[], signal?: AbortSignal) =>
  apiRequest<MergePreview>(`/api/v1/crm/merge-preview?entity=${entity}&ids=${ids.map(enc).join(',')}`, {
    signal,
  })

export const mergeRecords = (entity: MergeEntity, body: MergeRequest) =>
  apiRequest<MergeResult>(entity === 'contact' ? '/api/v1/contacts/merge' : '/api/v1/companies/merge', {
    method: 'POST',
    body,
  })
