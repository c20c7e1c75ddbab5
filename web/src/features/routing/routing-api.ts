import type { z } from 'zod'
import type { LeadSourceList } from '../../../../worker/modules/lead-sources/lead-sources.schemas.ts'
import type { RuleAction, RuleMatch, Shifts } from '../../../../worker/modules/leads/routing/routing.model.ts'
import type {
  Availability,
  CreateRoutingRuleBody,
  MemberAvailabilityList,
  RoutingRule,
  UpdateRoutingRuleBody,
} from '../../../../worker/modules/leads/routing/routing.schemas.ts'
import type { BranchLeadSettings, ResponseTimes } from '../../../../worker/modules/leads/sla/sla.schemas.ts'
import { apiRequest } from '../../api/client.ts'

export type { Availability, BranchLeadSettings, ResponseTimes, RoutingRule, RuleAction, RuleMatch, Shifts }
export type RuleDraft = z.input<typeof CreateRoutingRuleBody>
export type RulePatch = z.input<typeof UpdateRoutingRuleBody>
export type MemberAvailability = z.infer<typeof MemberAvailabilityList>['data'][number]
export type LeadSettingsBody = Omit<BranchLeadSettings, 'branchId' | 'updatedAt'>
export type ConnectedSource = LeadSourceList['data'][number]

const enc = encodeURIComponent

export const listRules = (signal?: AbortSignal) =>
  apiRequest<{ data: RoutingRule[] }>('/api/v1/routing-rules', { signal }).then((r) => r.data)
export const createRule = (body: RuleDraft) =>
  apiRequest<RoutingRule>('/api/v1/routing-rules', { method: 'POST', body })
export const updateRule = (ruleId: string, body: RulePatch) =>
  apiRequest<RoutingRule>(`/api/v1/routing-rules/${enc(ruleId)}`, { method: 'PATCH', body })
export const deleteRule = (ruleId: string) =>
  apiRequest<void>(`/api/v1/routing-rules/${enc(ruleId)}`, { method: 'DELETE' })
export const reorderRules = (ruleIds: string[]) =>
  apiRequest<{ data: RoutingRule[] }>('/api/v1/routing-rules/order', {
    method: 'PUT',
    body: { ruleIds },
  }).then((r) => r.data)

export const getMyAvailability = (signal?: AbortSignal) =>
  apiRequest<Availability>('/api/v1/me/availability', { signal })
export const setMyAvailability = (body: { status: Availability['status']; shifts?: Shifts | null }) =>
  apiRequest<Availability>('/api/v1/me/availability', { method: 'PUT', body })
export const listMemberAvailability = (signal?: AbortSignal) =>
  apiRequest<{ data: MemberAvailability[] }>('/api/v1/members/availability', { signal }).then((r) => r.data)

export const listConnectedSources = (signal?: AbortSignal) =>
  apiRequest<LeadSourceList>('/api/v1/lead-sources', { signal }).then((r) => r.data)

export const getLeadSettings = (branchId: string, signal?: AbortSignal) =>
  apiRequest<BranchLeadSettings>(`/api/v1/branches/${enc(branchId)}/lead-settings`, { signal })
export const putLeadSettings = (branchId: string, body: LeadSettingsBody) =>
  apiRequest<BranchLeadSettings>(`/api/v1/branches/${enc(branchId)}/lead-settings`, { method: 'PUT', body })

export function getResponseTimes(
  query: { from: string; to: string; branchId?: string },
  signal?: AbortSignal,
) {
  const params = new URLSearchParams({
    from: query.from,
    to: query.to,
    ...(query.branchId && { branchId: query.branchId }),
  })
  return apiRequest<ResponseTimes>(`/api/v1/reports/response-times?${params}`, { signal })
}
