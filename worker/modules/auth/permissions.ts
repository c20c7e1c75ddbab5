/**
 * The one place that says who may do what: a catalogue of `area.action` permissions, the role
 * matrix for members, the scopes an API key can carry, and the branch scope of a manager.
 * Middleware asks `can(actor, permission)`; nothing else decides.
 */
export const ROLES = ['owner', 'admin', 'manager', 'agent', 'viewer'] as const
export type Role = (typeof ROLES)[number]

export const PERMISSIONS = [
  'leads.read',
  'leads.write',
  'leads.assign',
  'forms.manage',
  'lead_sources.manage',
  'routing.manage',
  'sla.manage',
  'webhooks.manage',
  // CRM: read and work records; bulk delete and merge; import; export; settings (pipelines,
  // custom fields, scoring rules, templates).
  'crm.read',
  'crm.write',
  'crm.delete',
  'crm.import',
  'crm.export',
  'crm.manage',
  'sites.read',
  'sites.edit',
  'sites.publish',
  'brands.manage',
  'domains.manage',
  'qr.read',
  'qr.manage',
  'analytics.read',
  'analytics.manage',
  'members.read',
  'members.manage',
  'api_keys.manage',
  'audit.read',
  'data.export',
  'billing.manage',
  'tenant.manage',
] as const
export type Permission = (typeof PERMISSIONS)[number]

const MATRIX: Record<Role, readonly Permission[]> = {
  owner: PERMISSIONS,
  // Everything but deleting or exporting the whole organisation and its billing.
  admin: PERMISSIONS.filter((p) => p !== 'tenant.manage' && p !== 'billing.manage' && p !== 'data.export'),
  // Managers also assign their branches' leads, edit their sites' forms and set their SLA.
  // Managers run their branches' pages; brands, new branches and domains are the organisation's.
  manager: [
    'leads.read',
    'leads.write',
    'leads.assign',
    'crm.read',
    'crm.write',
    'crm.delete',
    'crm.import',
    'crm.export',
    'forms.manage',
    'sla.manage',
    'sites.read',
    'sites.edit',
    'sites.publish',
    'qr.read',
    'qr.manage',
    'analytics.read',
    'analytics.manage',
    'members.read',
  ],
  agent: ['leads.read', 'leads.write', 'crm.read', 'crm.write', 'sites.read', 'qr.read', 'analytics.read'],
  viewer: ['leads.read', 'crm.read', 'sites.read', 'qr.read', 'analytics.read'],
}

/** Roles a member may hand out: never one above their own. */
export const ROLE_RANK: Record<Role, number> = { owner: 5, admin: 4, manager: 3, agent: 2, viewer: 1 }

/** What an API key may be granted: read or write per area. Write includes read. */
export const API_SCOPES = [
  'leads:read',
  'leads:write',
  'sites:read',
  'sites:write',
  'qr:read',
  'qr:write',
  'analytics:read',
  'analytics:write',
  'audit:read',
  'webhooks:write',
  'crm:read',
  'crm:write',
] as const
export type ApiScope = (typeof API_SCOPES)[number]

// Permissions an API key can reach, and the scope each needs; the rest are for people only.
const SCOPE_OF: Partial<Record<Permission, ApiScope>> = {
  'leads.read': 'leads:read',
  'leads.write': 'leads:write',
  'leads.assign': 'leads:write',
  'forms.manage': 'sites:write',
  'webhooks.manage': 'webhooks:write',
  'crm.read': 'crm:read',
  'crm.write': 'crm:write',
  'crm.delete': 'crm:write',
  'crm.import': 'crm:write',
  'crm.export': 'crm:read',
  'sites.read': 'sites:read',
  'sites.edit': 'sites:write',
  'sites.publish': 'sites:write',
  'brands.manage': 'sites:write',
  'domains.manage': 'sites:write',
  'qr.read': 'qr:read',
  'qr.manage': 'qr:write',
  'analytics.read': 'analytics:read',
  'analytics.manage': 'analytics:write',
  'audit.read': 'audit:read',
}

export function scopeGrants(scopes: readonly ApiScope[], needed: ApiScope): boolean {
  if (scopes.includes(needed)) return true
  const [area, level] = needed.split(':')
  return level === 'read' && scopes.includes(`${area}:write` as ApiScope)
}

/** A signed-in person (not an API key): what `userActor` narrows to. */
export interface MemberActor {
  kind: 'user'
  userId: string
  tenantId: string
  role: Role
  /** Branches this member is limited to; null means every branch. */
  branchIds: string[] | null
  sessionId: string
  /** The platform admin acting as this user, if any. */
  impersonatorId: string | null
}

interface ApiKeyActor {
  kind: 'api_key'
  apiKeyId: string
  tenantId: string
  scopes: ApiScope[]
  branchIds: null
}

export type Actor = MemberActor | ApiKeyActor

export function can(actor: Actor, permission: Permission): boolean {
  if (actor.kind === 'user') return MATRIX[actor.role].includes(permission)
  const scope = SCOPE_OF[permission]
  return scope !== undefined && scopeGrants(actor.scopes, scope)
}

/** Whether the actor may see a branch's data: everyone unscoped, a scoped member only theirs. */
export function canSeeBranch(actor: Actor, branchId: string): boolean {
  return actor.branchIds === null || actor.branchIds.includes(branchId)
}

export const rolePermissions = (role: Role): readonly Permission[] => MATRIX[role]
