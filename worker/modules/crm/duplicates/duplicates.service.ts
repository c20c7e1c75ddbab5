import type { TenantCtx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import { crmTx } from '../crm-tx.ts'
import { duplicateRecords } from './duplicate-records.ts'
import type {
  DuplicateList,
  DuplicatePair,
  DuplicateReasonKind,
  ListDuplicatesQuery,
} from './duplicates.schemas.ts'
import { companyPairs, contactPairs, type PairRow } from './find-pairs.ts'

interface ScoredPair {
  key: string
  ids: [string, string]
  confidence: number
  reasons: { kind: DuplicateReasonKind; label: string }[]
}

const percent = (similarity: number | null) => Math.round((similarity ?? 0) * 100)

/** How sure one clue makes us (0–1), and how it reads. */
function clue(row: PairRow): { sure: number; label: string } {
  switch (row.kind) {
    case 'email':
      return { sure: 0.95, label: `Same e-mail address: ${row.value}` }
    case 'domain':
      return { sure: 0.9, label: `Same domain: ${row.value}` }
    case 'phone':
      return { sure: 0.85, label: `Same phone number (last digits ${row.value})` }
    case 'name_and_company':
      return {
        sure: 0.5 + Number(row.similarity) * 0.3,
        label: `Similar names (${percent(row.similarity)}% alike), both at ${row.value}`,
      }
    case 'name':
      return {
        sure: 0.4 + Number(row.similarity) * 0.3,
        label: `Similar names (${percent(row.similarity)}% alike)`,
      }
  }
}

/**
 * One entry per pair with every clue that pairs them; independent clues add up (two at 85%
 * and 95% make 99%). Most certain first, then by ids, so the order is stable across pages.
 */
export function scorePairs(rows: PairRow[]): ScoredPair[] {
  const byKey = new Map<
    string,
    { ids: [string, string]; clues: Map<DuplicateReasonKind, ReturnType<typeof clue>> }
  >()
  for (const row of rows) {
    const key = `${row.a_id}:${row.b_id}`
    const entry = byKey.get(key) ?? { ids: [row.a_id, row.b_id], clues: new Map() }
    const next = clue(row)
    const known = entry.clues.get(row.kind)
    if (!known || next.sure > known.sure) entry.clues.set(row.kind, next)
    byKey.set(key, entry)
  }
  return [...byKey.entries()]
    .map(([key, { ids, clues }]) => {
      const doubt = [...clues.values()].reduce((left, c) => left * (1 - c.sure), 1)
      return {
        key,
        ids,
        confidence: Math.round((1 - doubt) * 100),
        reasons: [...clues.entries()].map(([kind, c]) => ({ kind, label: c.label })),
      }
    })
    .sort((a, b) => b.confidence - a.confidence || (a.key < b.key ? -1 : 1))
}

const encodeCursor = (p: ScoredPair) => btoa(`${p.confidence}|${p.key}`)

function after(cursor: string | undefined): (p: ScoredPair) => boolean {
  if (!cursor) return () => true
  let confidence: number
  let key: string
  try {
    const [c, k] = atob(cursor).split('|')
    confidence = Number(c)
    key = k ?? ''
    if (!Number.isInteger(confidence) || !key.includes(':')) throw new Error('bad cursor')
  } catch {
    throw new ApiError('BAD_REQUEST', 'The cursor is not one this API gave out', {
      errors: [{ path: 'cursor', message: 'Not a cursor from this list' }],
    })
  }
  return (p) => p.confidence < confidence || (p.confidence === confidence && p.key > key)
}

/**
 * A page of likely duplicates among the records the actor may see, most certain first. The
 * pairs are worked out afresh on every call (one statement), so merges and edits show at once.
 */
export function listDuplicates(ctx: TenantCtx, query: ListDuplicatesQuery): Promise<DuplicateList> {
  const isAfter = after(query.cursor)
  return crmTx(ctx, async (tx) => {
    const rows = await (query.entity === 'contact' ? contactPairs : companyPairs)(tx, ctx.tenantId)
    const remaining = scorePairs(rows).filter(isAfter)
    const page = remaining.slice(0, query.limit)
    const records = await duplicateRecords(tx, ctx.tenantId, query.entity, [
      ...new Set(page.flatMap((p) => p.ids)),
    ])
    const items: DuplicatePair[] = page.flatMap((p) => {
      const a = records.get(p.ids[0])
      const b = records.get(p.ids[1])
      return a && b ? [{ key: p.key, confidence: p.confidence, reasons: p.reasons, records: [a, b] }] : []
    })
    const last = page.at(-1)
    return { items, nextCursor: remaining.length > query.limit && last ? encodeCursor(last) : null }
  })
}
