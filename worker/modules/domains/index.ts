export { type HostTarget, resolveHost } from './domains.service.ts'
export { hostnames } from './domains.tables.ts'
