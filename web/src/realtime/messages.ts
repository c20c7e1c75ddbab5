import type { ClientMessage, ServerMessage } from '../../../durable-objects/tenant-hub/protocol.ts'

export type { ClientMessage, ServerMessage }
export type LeadEvent = Extract<ServerMessage, { type: 'lead.created' }>['lead']

type Json = Record<string, unknown>

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
const isString = (v: unknown): v is string => typeof v === 'string'
const isNullableString = (v: unknown): v is string | null => v === null || typeof v === 'string'

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

function isLeadEvent(v: unknown): v is LeadEvent {
  return (
    isObject(v) &&
    LEAD_STRING_FIELDS.every((key) => isString(v[key])) &&
    LEAD_NULLABLE_FIELDS.every((key) => isNullableString(v[key]))
  )
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
    case 'lead.created':
      return isLeadEvent(value.lead) ? { type: 'lead.created', lead: value.lead } : null
    default:
      return null
  }
}

export const PING: ClientMessage = { type: 'ping' }
