// Rules in words, for the list and for screen readers: what a rule takes and who gets it. Pure.
import type { RuleAction, RuleMatch } from './routing-api.ts'

export const SOURCE_LABELS = {
  microsite_form: 'Website form',
  staff_card: 'Staff card',
  booking_request: 'Booking request',
  facebook: 'Facebook Lead Ads',
  google_ads: 'Google Ads',
  linkedin: 'LinkedIn',
  whatsapp: 'WhatsApp',
  webhook: 'Webhook',
} as const satisfies Record<NonNullable<RuleMatch['sources']>[number], string>

export type LeadSourceKind = keyof typeof SOURCE_LABELS

export interface Names {
  branch: (id: string) => string
  member: (id: string) => string
  source: (id: string) => string
}

const list = (items: string[]) =>
  items.length <= 2 ? items.join(' or ') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`

/** "Leads from Facebook Lead Ads at Downtown while the branch is closed", or "Every lead". */
export function describeMatch(match: RuleMatch, names: Names): string {
  const parts: string[] = []
  if (match.sources?.length) parts.push(`from ${list(match.sources.map((s) => SOURCE_LABELS[s]))}`)
  if (match.sourceIds?.length) parts.push(`through ${list(match.sourceIds.map(names.source))}`)
  if (match.formIds?.length)
    parts.push(`through ${match.formIds.length === 1 ? 'one form' : `${match.formIds.length} forms`}`)
  if (match.branchIds?.length) parts.push(`at ${list(match.branchIds.map(names.branch))}`)
  if (match.branchHours)
    parts.push(match.branchHours === 'open' ? 'while the branch is open' : 'while the branch is closed')
  return parts.length ? `Leads ${parts.join(' ')}` : 'Every lead'
}

export function describeAction(action: RuleAction, names: Names): string {
  switch (action.type) {
    case 'user':
      return `go to ${names.member(action.userId)}`
    case 'round_robin':
      return `take turns among ${list(action.userIds.map(names.member))}`
    case 'branch_round_robin':
      return "take turns among the branch's agents and managers"
  }
}
