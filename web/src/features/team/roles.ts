import { ROLE_RANK, ROLES, type Role } from '../../../../worker/modules/auth/permissions.ts'

export type { Role }

/** Highest first: the worker's own list, which has the last word. */
export const ROLE_ORDER: readonly Role[] = ROLES

export const ROLE_LABELS: Record<Role, { label: string; hint: string }> = {
  owner: { label: 'Owner', hint: 'Everything, including billing, exports and deleting the organisation' },
  admin: { label: 'Admin', hint: 'Everything but billing, exports and deleting the organisation' },
  manager: { label: 'Manager', hint: 'Leads, sites and publishing; sees the team' },
  agent: { label: 'Agent', hint: 'Works on leads; reads sites' },
  viewer: { label: 'Viewer', hint: 'Reads leads and sites' },
}

/** Roles this member may hand out: none above their own. */
export const assignableRoles = (mine: Role): Role[] =>
  ROLE_ORDER.filter((r) => ROLE_RANK[r] <= ROLE_RANK[mine])

/** Whether `mine` may change or remove someone who is `theirs`; only owners touch owners. */
export const mayManage = (mine: Role, theirs: Role): boolean =>
  ROLE_RANK[theirs] <= ROLE_RANK[mine] && (theirs !== 'owner' || mine === 'owner')

/** Only these roles can be limited to branches; owners and admins always see every branch. */
export const canBeScoped = (role: Role): boolean =>
  role === 'manager' || role === 'agent' || role === 'viewer'
