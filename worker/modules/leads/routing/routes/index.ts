import type { AppEnv } from '../../../../env.ts'
import { createRouter } from '../../../../lib/router.ts'
import { createRoutingRule } from './create-routing-rule.ts'
import { deleteRoutingRule } from './delete-routing-rule.ts'
import { listMemberAvailability } from './list-member-availability.ts'
import { listRoutingRules } from './list-routing-rules.ts'
import { getMyAvailabilityRoute, putMyAvailabilityRoute } from './my-availability.ts'
import { reorderRoutingRules } from './reorder-routing-rules.ts'
import { updateRoutingRule } from './update-routing-rule.ts'

// The fixed path /routing-rules/order is listed before /routing-rules/{ruleId}.
export const routingRoutes = createRouter<AppEnv>().openapiRoutes([
  listRoutingRules,
  createRoutingRule,
  reorderRoutingRules,
  updateRoutingRule,
  deleteRoutingRule,
  getMyAvailabilityRoute,
  putMyAvailabilityRoute,
  listMemberAvailability,
] as const)
