import type { ApiScope } from '../../../../worker/modules/auth/permissions.ts'

export type { ApiScope }

/** Every scope the API offers, by area; typed as a Record so a new scope must be placed here. */
const SCOPES: Record<ApiScope, { area: string; level: 'read' | 'write'; hint: string }> = {
  'leads:read': { area: 'Leads', level: 'read', hint: 'List leads and contacts' },
  'leads:write': { area: 'Leads', level: 'write', hint: 'Also change status and assign leads' },
  'sites:read': { area: 'Sites', level: 'read', hint: 'List sites and their versions' },
  'sites:write': { area: 'Sites', level: 'write', hint: 'Also publish new versions' },
  'qr:read': { area: 'QR codes', level: 'read', hint: 'List codes and download them' },
  'qr:write': { area: 'QR codes', level: 'write', hint: 'Also create, retarget and print codes' },
  'analytics:read': {
    area: 'Analytics',
    level: 'read',
    hint: 'Read visits, actions, scans, funnels and attribution',
  },
  'analytics:write': { area: 'Analytics', level: 'write', hint: 'Also define funnels and scheduled reports' },
  'audit:read': { area: 'Audit log', level: 'read', hint: 'Read and export the audit log' },
  'webhooks:write': {
    area: 'Webhooks',
    level: 'write',
    hint: 'Subscribe URLs to lead events and read their deliveries',
  },
  'crm:read': { area: 'CRM', level: 'read', hint: 'Read contacts, companies, deals and activities' },
  'crm:write': { area: 'CRM', level: 'write', hint: 'Also create, change, import and merge records' },
}

export interface ScopeArea {
  area: string
  scopes: { scope: ApiScope; level: 'read' | 'write'; hint: string }[]
}

export const SCOPE_AREAS: ScopeArea[] = Object.entries(SCOPES).reduce<ScopeArea[]>((areas, [scope, info]) => {
  const entry = { scope: scope as ApiScope, level: info.level, hint: info.hint }
  const existing = areas.find((a) => a.area === info.area)
  if (existing) existing.scopes.push(entry)
  else areas.push({ area: info.area, scopes: [entry] })
  return areas
}, [])

export const scopeLabel = (scope: ApiScope) => `${SCOPES[scope].area}: ${SCOPES[scope].level}`
