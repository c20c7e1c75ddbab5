import type {
  Activity,
  ActivityList,
  BulkActivitiesBody,
  BulkActivitiesResult,
  CalendarAnswer,
  CreateActivityBody,
  CrmMemberList,
  UpdateActivityBody,
} from '../../../../worker/modules/crm/activities/activities.schemas.ts'
import type {
  ActivityTemplate,
  ActivityTemplateList,
  CreateActivityTemplateBody,
  UpdateActivityTemplateBody,
} from '../../../../worker/modules/crm/activities/templates/templates.schemas.ts'
import type {
  Timeline,
  TimelineItem,
} from '../../../../worker/modules/crm/activities/timeline/timeline.schemas.ts'
import { apiRequest } from '../../api/client.ts'
import type { Page } from '../../app/usePages.ts'

export type {
  Activity,
  ActivityTemplate,
  BulkActivitiesBody,
  CreateActivityBody,
  CreateActivityTemplateBody,
  CrmMemberList,
  TimelineItem,
  UpdateActivityBody,
  UpdateActivityTemplateBody,
}

/** What a record's activities are about: exactly one of these is set. */
export interface RecordRef {
  contactId?: string
  companyId?: string
  dealId?: string
}

export interface ActivityQuery {
  assignee?: string
  status?: 'open' | 'completed' | 'all'
  sort?: 'newest' | 'due'
  type?: string[]
}

const enc = encodeURIComponent

export async function listActivities(
  query: ActivityQuery,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<Page<Activity>> {
  const params = new URLSearchParams({ limit: '50' })
  for (const [key, value] of Object.entries(query)) {
    if (Array.isArray(value)) value.length > 0 && params.set(key, value.join(','))
    else if (value) params.set(key, value)
  }
  if (cursor) params.set('cursor', cursor)
  const list = await apiRequest<ActivityList>(`/api/v1/activities?${params}`, { signal })
  return { data: list.items, nextCursor: list.nextCursor }
}

export function getCalendar(from: Date, to: Date, assignee: string | null, signal?: AbortSignal) {
  const params = new URLSearchParams({ from: from.toISOString(), to: to.toISOString() })
  if (assignee) params.set('assignee', assignee)
  return apiRequest<CalendarAnswer>(`/api/v1/activities/calendar?${params}`, { signal })
}

export const createActivity = (body: CreateActivityBody) =>
  apiRequest<Activity>('/api/v1/activities', { method: 'POST', body })

export const updateActivity = (activityId: string, body: UpdateActivityBody) =>
  apiRequest<Activity>(`/api/v1/activities/${enc(activityId)}`, { method: 'PATCH', body })

export const deleteActivity = (activityId: string) =>
  apiRequest<void>(`/api/v1/activities/${enc(activityId)}`, { method: 'DELETE' })

export const bulkActivities = (body: BulkActivitiesBody) =>
  apiRequest<BulkActivitiesResult>('/api/v1/activities/bulk', { method: 'POST', body })

/** The path of a record's timeline. */
export function timelinePath(ref: RecordRef): string {
  if (ref.contactId) return `/api/v1/contacts/${enc(ref.contactId)}/timeline`
  if (ref.companyId) return `/api/v1/companies/${enc(ref.companyId)}/timeline`
  return `/api/v1/deals/${enc(ref.dealId ?? '')}/timeline`
}

export async function getTimeline(
  ref: RecordRef,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<Page<TimelineItem>> {
  const params = new URLSearchParams({ limit: '30' })
  if (cursor) params.set('cursor', cursor)
  const page = await apiRequest<Timeline>(`${timelinePath(ref)}?${params}`, { signal })
  return { data: page.items, nextCursor: page.nextCursor }
}

export const listTemplates = (signal?: AbortSignal) =>
  apiRequest<ActivityTemplateList>('/api/v1/activity-templates', { signal })

export const createTemplate = (body: CreateActivityTemplateBody) =>
  apiRequest<ActivityTemplate>('/api/v1/activity-templates', { method: 'POST', body })

export const updateTemplate = (activityTemplateId: string, body: UpdateActivityTemplateBody) =>
  apiRequest<ActivityTemplate>(`/api/v1/activity-templates/${enc(activityTemplateId)}`, {
    method: 'PATCH',
    body,
  })

export const deleteTemplate = (activityTemplateId: string) =>
  apiRequest<void>(`/api/v1/activity-templates/${enc(activityTemplateId)}`, { method: 'DELETE' })

export const listCrmMembers = (signal?: AbortSignal) =>
  apiRequest<CrmMemberList>('/api/v1/crm/members', { signal })

/** Said on the page after an activity was logged, so open timelines of that record reload. */
export const ACTIVITY_LOGGED = 'vitrine:activity-logged'

export function announceLogged(activity: Activity) {
  window.dispatchEvent(new CustomEvent<Activity>(ACTIVITY_LOGGED, { detail: activity }))
}
