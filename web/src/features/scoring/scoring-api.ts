import type {
  ContactScore,
  RecomputeStatus,
  ScoringRule,
  ScoringRuleInput,
  ScoringRuleList,
  ScoringRulePatch,
} from '../../../../worker/modules/crm/scoring/rules.schemas.ts'
import type {
  EngagementSignal,
  ScoringCondition,
} from '../../../../worker/modules/crm/scoring/scoring.schemas.ts'
import { apiRequest } from '../../api/client.ts'

export type { ContactScore, EngagementSignal, RecomputeStatus, ScoringCondition, ScoringRule }
export type ScoringRuleDraft = ScoringRuleInput
export type RuleKind = ScoringCondition['kind']

const enc = encodeURIComponent

export const listScoringRules = (signal?: AbortSignal) =>
  apiRequest<ScoringRuleList>('/api/v1/scoring/rules', { signal }).then((r) => r.items)

export const createScoringRule = (body: ScoringRuleDraft) =>
  apiRequest<ScoringRule>('/api/v1/scoring/rules', { method: 'POST', body })

export const updateScoringRule = (scoringRuleId: string, body: ScoringRulePatch) =>
  apiRequest<ScoringRule>(`/api/v1/scoring/rules/${enc(scoringRuleId)}`, { method: 'PATCH', body })

export const deleteScoringRule = (scoringRuleId: string) =>
  apiRequest<void>(`/api/v1/scoring/rules/${enc(scoringRuleId)}`, { method: 'DELETE' })

export const addSuggestedRules = () =>
  apiRequest<ScoringRuleList>('/api/v1/scoring/rules/suggested', { method: 'POST', body: {} }).then(
    (r) => r.items,
  )

export const startRecompute = () =>
  apiRequest<RecomputeStatus>('/api/v1/scoring/recompute', { method: 'POST', body: {} })

export const getRecomputeStatus = (signal?: AbortSignal) =>
  apiRequest<RecomputeStatus>('/api/v1/scoring/recompute', { signal })

export const getContactScore = (contactId: string, explain = false, signal?: AbortSignal) =>
  apiRequest<ContactScore>(`/api/v1/contacts/${enc(contactId)}/score${explain ? '?explain=true' : ''}`, {
    signal,
  })
