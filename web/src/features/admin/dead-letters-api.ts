import type {
  DeadLetter,
  DeadLetterList,
  DeadLetterQueue,
} from '../../../../worker/modules/dead-letters/dead-letters.schemas.ts'
import { apiRequest } from '../../api/client.ts'

export type { DeadLetter, DeadLetterQueue }

export interface DeadLetterFilter {
  queue: DeadLetterQueue | ''
  replayed: '' | 'true' | 'false'
}

export const WAITING: DeadLetterFilter = { queue: '', replayed: 'false' }

export function listDeadLetters(filter: DeadLetterFilter, cursor: string | null, signal?: AbortSignal) {
  const query = new URLSearchParams({ limit: '25' })
  if (filter.queue) query.set('queue', filter.queue)
  if (filter.replayed) query.set('replayed', filter.replayed)
  if (cursor) query.set('cursor', cursor)
  return apiRequest<DeadLetterList>(`/api/v1/admin/dead-letters?${query}`, { signal })
}

export const replayDeadLetter = (deadLetterId: string) =>
  apiRequest<DeadLetter>(`/api/v1/admin/dead-letters/${encodeURIComponent(deadLetterId)}/replay`, {
    method: 'POST',
  })
