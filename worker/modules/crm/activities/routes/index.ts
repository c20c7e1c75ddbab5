import type { AppEnv } from '../../../../env.ts'
import { createRouter } from '../../../../lib/router.ts'
import { activityCalendar } from './activity-calendar.ts'
import { bulkActivities } from './bulk-activities.ts'
import { createActivity } from './create-activity.ts'
import { listCrmMembers } from './crm-members.ts'
import { deleteActivity } from './delete-activity.ts'
import { getActivity } from './get-activity.ts'
import { listActivities } from './list-activities.ts'
import { createTemplate, deleteTemplate, listTemplates, updateTemplate } from './templates.ts'
import { companyTimeline, contactTimeline, dealTimeline } from './timelines.ts'
import { updateActivity } from './update-activity.ts'

// The calendar and bulk paths come before /activities/{activityId}, which would match them too.
export const activityRoutes = createRouter<AppEnv>().openapiRoutes([
  listActivities,
  activityCalendar,
  bulkActivities,
  createActivity,
  getActivity,
  updateActivity,
  deleteActivity,
  listTemplates,
  createTemplate,
  updateTemplate,
  deleteTemplate,
  contactTimeline,
  companyTimeline,
  dealTimeline,
  listCrmMembers,
] as const)
