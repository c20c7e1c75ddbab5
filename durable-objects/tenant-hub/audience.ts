import { z } from 'zod'
import type { TenantEvent } from './protocol.ts'

/**
 * Who is behind one dashboard socket, as the Worker authenticated them: set on the upgrade
 * request, kept with the socket (it survives hibernation), and consulted on every publish so
 * a member limited to some branches never hears about the others.
 */
export const SocketAudience = z.object({
  /** Null for an API key. */
  userId: z.string().nullable(),
  /** Branches the member is limited to; null means every branch. */
  branchIds: z.array(z.string()).nullable(),
})
export type SocketAudience = z.infer<typeof SocketAudience>

/** The upgrade header the Worker sets; it always overwrites whatever the client sent. */
export const AUDIENCE_HEADER = 'x-vitrine-audience'

/** Socket tag for finding one user's sockets when their access changes. */
export const userTag = (userId: string) => `user:${userId}`

/** Reads the audience back; anything unreadable is nobody (fail closed). */
export function parseAudience(value: unknown): SocketAudience | null {
  const parsed = SocketAudience.safeParse(typeof value === 'string' ? safeJson(value) : value)
  return parsed.success ? parsed.data : null
}

/**
 * The fan-out rule: lead and deal events reach a socket only if the record's branch is in its
 * scope (a deal without a branch belongs to everyone); personal CRM events only their member.
 */
export function receives(audience: SocketAudience | null, event: TenantEvent): boolean {
  if (!audience) return false
  switch (event.type) {
    case 'crm.notice':
    case 'crm.import':
      return audience.userId === event.userId
    case 'crm.deal':
      return inScope(audience, event.deal.branchId)
    default:
      return inScope(audience, event.lead.branchId)
  }
}

const inScope = (audience: SocketAudience, branchId: string | null) =>
  audience.branchIds === null || branchId === null || audience.branchIds.includes(branchId)

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
