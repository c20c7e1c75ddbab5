export { DEFAULT_STAGES, ensureDefaultPipeline } from './crm.service.ts'
export { activities, contacts, pipelines, stages } from './crm.tables.ts'
