import type { Context } from 'hono'
import { forTenant, type TenantCtx } from '../context.ts'
import type { AppEnv } from '../env.ts'

/** The service context of an authenticated request. */
export const tenantCtx = (c: Context<AppEnv>): TenantCtx => forTenant(c.var.ctx, c.var.actor)
