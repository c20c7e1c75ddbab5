import { ApiError } from '../../../lib/errors.ts'
import type { Actor } from '../../auth/permissions.ts'
import type { MovedCounts } from './merge.schemas.ts'

export interface MergedSummary {
  id: string
  name: string
  /** The e-mail address or phone (contacts), the domain (companies). */
  detail: string | null
}

export const createdBy = (actor: Actor) => (actor.kind === 'user' ? actor.userId : null)

/**
 * A 403 before anything is written when a branch-scoped member would leave the merged record
 * without a branch: such records belong to the whole organisation, and the database policy lets
 * only members who see every branch write them.
 */
export function assertBranchKept(actor: Actor, branchId: string | null, kind: 'contact' | 'company') {
  if (actor.branchIds === null || branchId !== null) return
  throw new ApiError(
    'FORBIDDEN',
    `A ${kind} without a branch belongs to the whole organisation; choose the branch of one of the records to keep`,
    { errors: [{ path: 'fields.branchId', message: 'Choose a record that has a branch' }] },
  )
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

/** The timeline entry's words and particulars: who was merged in and what moved with them. */
export function describeMerge(
  kind: 'contact' | 'company',
  merged: MergedSummary[],
  moved: MovedCounts,
  sources: Record<string, string>,
) {
  const names = merged.map((m) => (m.detail ? `${m.name} (${m.detail})` : m.name)).join('; ')
  const counts = [
    moved.leads && plural(moved.leads, 'lead'),
    moved.activities && plural(moved.activities, 'activity', 'activities'),
    moved.deals && plural(moved.deals, 'deal'),
    moved.attachments && plural(moved.attachments, 'file'),
    moved.links && plural(moved.links, kind === 'contact' ? 'company link' : 'contact link'),
    moved.childCompanies && plural(moved.childCompanies, 'subsidiary', 'subsidiaries'),
  ].filter(Boolean)
  return {
    subject: `Merged ${plural(merged.length, `duplicate ${kind}`, kind === 'contact' ? 'duplicate contacts' : 'duplicate companies')} into this one`,
    body: `Merged in: ${names}.${counts.length > 0 ? ` Moved here: ${counts.join(', ')}.` : ''}`,
    meta: { mergedIds: merged.map((m) => m.id), merged, moved, fieldSources: sources },
  }
}
