export { AUDIT_ACTIONS, type AuditAction } from './audit.actions.ts'
export { type AuditEntry, auditInsert, recordAudit } from './audit.service.ts'
export { auditRoutes } from './routes/index.ts'
