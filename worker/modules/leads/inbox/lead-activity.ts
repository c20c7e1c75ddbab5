// The CRM timeline entries an inbox change leaves on the lead's contact, in words a colleague
// reading the timeline understands without the lead open beside it.
import type { LeadStatus } from '../leads.tables.ts'
import type { ActivityType } from './inbox.repo.ts'

export type LeadChange = 'status' | 'assigned'

const STATUS_WORDS: Record<LeadStatus, string> = {
  new: 'New',
  contacted: 'Contacted',
  qualified: 'Qualified',
  won: 'Won',
  lost: 'Lost',
}

export interface ChangeWords {
  status?: LeadStatus
  /** The new owner's name; null when unassigned. */
  ownerName: string | null
  claimed: boolean
  /** Who acted; null for an API key. */
  actorName: string | null
}

interface ChangedLead {
  contactId: string
  status: LeadStatus
}

const by = (actorName: string | null) => (actorName ? ` by ${actorName}` : ' through the API')

function assignmentBody(words: ChangeWords): string {
  if (words.claimed) return `Lead claimed by ${words.ownerName ?? 'a member'}`
  if (words.ownerName === null) return `Lead unassigned${by(words.actorName)}`
  return `Lead assigned to ${words.ownerName}${by(words.actorName)}`
}

/** One timeline entry per change that happened to `lead`. */
export function activityEntries(
  lead: ChangedLead,
  changes: readonly LeadChange[],
  words: ChangeWords,
): { contactId: string; type: ActivityType; body: string }[] {
  return changes.map((change) =>
    change === 'status' && words.status
      ? {
          contactId: lead.contactId,
          type: 'status_change',
          body: `Lead status changed from ${STATUS_WORDS[lead.status]} to ${STATUS_WORDS[words.status]}${by(words.actorName)}`,
        }
      : { contactId: lead.contactId, type: 'assignment', body: assignmentBody(words) },
  )
}
