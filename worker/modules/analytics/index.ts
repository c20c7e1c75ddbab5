// Analytics: collection, the events pipeline and its rollups, the dashboard and public stats API,
// funnels, attribution and scheduled reports. Other modules import from here only.
export * from './analytics.schemas.ts'
export * from './analytics.tables.ts'
export { AnalyticsEvent, AnalyticsReject } from './events/analytics-event.ts'
