import type { ClientMessage, ServerMessage } from '../../../durable-objects/tenant-hub/protocol.ts'

export type { ClientMessage, ServerMessage }
export type LeadEvent = Extract<ServerMessage, { type: 'lead.created' }>['lead']
export type LeadChange = Extract<ServerMessage, { type: 'lead.updated' }>['change']

type Json = Record<string, unknown>

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
const isString = (v: unknown): v is string => typeof v === 'string'
const isNullableString = (v: unknown): v is string | null => v === null || typeof v === 'string'
const stringOrNull = (v: unknown): string | null => (isString(v) ? v : null)

const LEAD_STRING_FIELDS = [
  'id',
  'contactId',
  'name',
  'source',
  'status',
  'brandId',
  'branchId',
  'createdAt',
] as const
const LEAD_NULLABLE_FIELDS = ['email', 'phone', 'message'] as const
const LEAD_CHANGES: readonly LeadChange[] = [
  'assigned',
  'status',
  'touch',
  'sla_breached',
  'escalated',
  'edited',
]

/** The lead of an event, with the protocol's defaults for fields older servers leave out. */
function toLeadEvent(v: unknown): LeadEvent | null {
  if (
    !isObject(v) ||
    !LEAD_STRING_FIELDS.every((key) => isString(v[key])) ||
    !LEAD_NULLABLE_FIELDS.every((key) => isNullableString(v[key]))
  ) {
    return null
  }
  const booking = isObject(v.booking) ? v.booking : null
  const sla = isObject(v.sla) ? v.sla : null
  return {
    id: v.id as string,
    contactId: v.contactId as string,
    name: v.name as string,
    email: v.email as string | null,
    phone: v.phone as string | null,
    message: v.message as string | null,
    source: v.source as string,
    status: v.status as string,
    brandId: v.brandId as string,
    branchId: v.branchId as string,
    createdAt: v.createdAt as string,
    staffId: stringOrNull(v.staffId),
    booking: booking && {
      service: stringOrNull(booking.service),
      preferredDate: stringOrNull(booking.preferredDate),
      preferredTime: stringOrNull(booking.preferredTime),
    },
    ownerUserId: stringOrNull(v.ownerUserId),
    spam: isObject(v.spam) ? { marked: v.spam.marked === true } : null,
    sla: sla && { dueAt: stringOrNull(sla.dueAt), firstResponseAt: stringOrNull(sla.firstResponseAt) },
    touchCount: typeof v.touchCount === 'number' ? v.touchCount : 1,
  }
}

export type DealEvent = Extract<ServerMessage, { type: 'crm.deal' }>['deal']
const DEAL_CHANGES = ['created', 'moved', 'updated', 'deleted'] as const

/** A board's deal event (deals helper): where a deal now stands and its version. */
function toDealEvent(v: unknown): DealEvent | null {
  if (!isObject(v) || !['id', 'pipelineId', 'stageId', 'status'].every((key) => isString(v[key]))) return null
  if (typeof v.position !== 'number' || typeof v.version !== 'number') return null
  return {
    id: v.id as string,
    pipelineId: v.pipelineId as string,
    stageId: v.stageId as string,
    branchId: stringOrNull(v.branchId),
    position: v.position,
    status: v.status as string,
    version: v.version,
  }
}

/**
 * Checks a frame against the protocol by hand (zod stays out of the bundle).
 * Returns null for anything unknown, so a newer server cannot break an older dashboard.
 */
export function parseServerMessage(data: unknown): ServerMessage | null {
  if (typeof data !== 'string') return null
  let value: unknown
  try {
    value = JSON.parse(data)
  } catch {
    return null
  }
  if (!isObject(value)) return null
  switch (value.type) {
    case 'ready':
      return isString(value.tenantId) ? { type: 'ready', tenantId: value.tenantId } : null
    case 'pong':
      return typeof value.at === 'number' ? { type: 'pong', at: value.at } : null
    case 'lead.created': {
      const lead = toLeadEvent(value.lead)
      return lead ? { type: 'lead.created', lead } : null
    }
    case 'lead.updated': {
      const lead = toLeadEvent(value.lead)
      const change = LEAD_CHANGES.find((c) => c === value.change)
      return lead && change ? { type: 'lead.updated', lead, change } : null
    }
    case 'crm.deal': {
      const deal = toDealEvent(value.deal)
      const change = DEAL_CHANGES.find((c) => c === value.change)
      return deal && change
        ? { type: 'crm.deal', change, deal, byUserId: stringOrNull(value.byUserId) }
        : null
    }
    case 'crm.notice': {
      // A reminder or mention for one member (activities feature): shown as a toast.
      const { userId, kind, title, body, link, at } = value
      const kinds = ['reminder', 'mention', 'automation', 'import'] as const
      const known = kinds.find((k) => k === kind)
      if (!isString(userId) || !known || !isString(title) || !isString(at)) return null
      return {
        type: 'crm.notice',
        userId,
        kind: known,
        title,
        body: stringOrNull(body) ?? '',
        link: stringOrNull(link),
        at,
      }
    }
    case 'crm.import': {
      // An import's progress (crm-import feature), for the member who started it.
      const { userId, importId, status, processedRows, totalRows } = value
      if (!isString(userId) || !isString(importId) || !isString(status)) return null
      if (typeof processedRows !== 'number' || typeof totalRows !== 'number') return null
      return { type: 'crm.import', userId, importId, status, processedRows, totalRows }
    }
    default:
      return null
  }
}

export const PING: ClientMessage = { type: 'ping' }
