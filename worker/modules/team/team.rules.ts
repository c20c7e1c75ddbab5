/**
 * Who may hand out which role, and who can be limited to branches: pure rules, so the
 * services and the tests read the same thing.
 * - Nobody grants a role above their own (ROLE_RANK), nor touches a member ranked above them.
 * - Only an owner makes, demotes or removes an owner; the last owner stays (checked in SQL).
 * - Managers, agents and viewers may be limited to branches; owners and admins run the whole
 *   organisation, so they always see every branch and promoting someone to them drops any scope.
 */
import { ApiError } from '../../lib/errors.ts'
import { ROLE_RANK, type Role } from '../auth/index.ts'

export const SCOPABLE_ROLES = ['manager', 'agent', 'viewer'] as const satisfies readonly Role[]

export const canBeScoped = (role: Role): boolean => (SCOPABLE_ROLES as readonly Role[]).includes(role)

/** `target` is the member's current role, or null for an invitation. */
export function assertMayAssign(actor: Role, target: Role | null, next: Role): void {
  if (ROLE_RANK[next] > ROLE_RANK[actor]) {
    throw new ApiError(
      'FORBIDDEN',
      `As ${article(actor)} you cannot grant the ${next} role, which is above yours`,
    )
  }
  if (target !== null && ROLE_RANK[target] > ROLE_RANK[actor]) {
    throw new ApiError('FORBIDDEN', `As ${article(actor)} you cannot change the role of an ${target}`)
  }
  if ((next === 'owner' || target === 'owner') && actor !== 'owner') {
    throw new ApiError('FORBIDDEN', "Only an owner can make someone an owner or change an owner's role")
  }
}

export function assertMayRemove(actor: Role, target: Role): void {
  if (ROLE_RANK[target] > ROLE_RANK[actor] || (target === 'owner' && actor !== 'owner')) {
    throw new ApiError('FORBIDDEN', `Only an owner can remove ${article(target)}`)
  }
}

/**
 * The branch scope a member ends up with. An explicit scope on a role that cannot have one
 * is refused; a role change without one keeps the current scope where it still applies.
 */
export function resolveScope(
  role: Role,
  requested: string[] | null | undefined,
  current: string[] | null,
): string[] | null {
  if (requested === undefined) return canBeScoped(role) ? current : null
  if (requested !== null && !canBeScoped(role)) {
    throw new ApiError('BAD_REQUEST', 'Owners and admins always see every branch', {
      errors: [
        { path: 'branchIds', message: 'Only managers, agents and viewers can be limited to branches' },
      ],
    })
  }
  return requested
}

export const sameScope = (a: readonly string[] | null, b: readonly string[] | null): boolean =>
  a === null || b === null ? a === b : a.length === b.length && a.every((id) => b.includes(id))

const article = (role: Role) => `${/^[aeiou]/.test(role) ? 'an' : 'a'} ${role}`
