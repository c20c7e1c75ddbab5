export { type PlanLimits, plans } from './billing.tables.ts'
export { assertWithinLimit, type Entitlement, getEntitlements } from './entitlements.ts'
