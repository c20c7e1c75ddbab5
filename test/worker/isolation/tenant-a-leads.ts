// Tenant A's lead intake settings for the isolation suite: one real row of each kind.
import { env } from 'cloudflare:test'
import { newId } from '../../../worker/lib/ids.ts'
import type { TestTenant } from '../../helpers/tenant.ts'

const sql = (query: string, ...values: unknown[]) =>
  env.DB.prepare(query)
    .bind(...values)
    .run()

/**
 * A's lead intake settings: a form, a routing rule, a connected source with one delivery, and a
 * webhook endpoint with one delivery. Written directly: routes would queue work that changes
 * them while B probes.
 */
export async function seedLeadSetup(a: TestTenant, marker: string) {
  const suffix = crypto.randomUUID().slice(0, 8)
  const ids = {
    formId: newId('leadForm'),
    ruleId: newId('routingRule'),
    sourceId: newId('leadSource'),
    sourceDeliveryId: newId('sourceDelivery'),
    endpointId: newId('webhookEndpoint'),
    webhookDeliveryId: newId('webhookDelivery'),
  }
  const formName = `Tenant A form ${suffix}`
  const sourceName = `Tenant A source ${suffix}`
  const endpointUrl = `https://hooks.tenant-a.example/${suffix}`
  const now = Date.now()
  await sql(
    'insert into lead_forms (id, tenant_id, site_id, name, fields, updated_at) values (?, ?, ?, ?, ?, ?)',
    ids.formId,
    a.tenantId,
    a.siteId,
    formName,
    JSON.stringify([{ key: 'name', type: 'text', label: 'Name', required: true }]),
    now,
  )
  await sql(
    'insert into routing_rules (id, tenant_id, name, position, match, action, updated_at) values (?, ?, ?, 0, ?, ?, ?)',
    ids.ruleId,
    a.tenantId,
    `Tenant A rule ${suffix}`,
    JSON.stringify({ branchIds: [a.branchId] }),
    JSON.stringify({ type: 'user', userId: a.userId }),
    now,
  )
  await sql(
    "insert into lead_sources (id, tenant_id, kind, name, brand_id, branch_id, config, status, updated_at) values (?, ?, 'webhook', ?, ?, ?, ?, 'active', ?)",
    ids.sourceId,
    a.tenantId,
    sourceName,
    a.brandId,
    a.branchId,
    JSON.stringify({
      kind: 'webhook',
      mapping: { name: 'name', email: 'email', phone: 'phone', message: 'message' },
    }),
    now,
  )
  await sql(
    "insert into lead_source_deliveries (id, tenant_id, source_id, outcome, http_status, excerpt) values (?, ?, ?, 'rejected', 401, ?)",
    ids.sourceDeliveryId,
    a.tenantId,
    ids.sourceId,
    `{"name":"${marker}"}`,
  )
  await sql(
    "insert into webhook_endpoints (id, tenant_id, url, events, sealed_secret, updated_at) values (?, ?, ?, '[\"lead.created\"]', 'v1.x.y', ?)",
    ids.endpointId,
    a.tenantId,
    endpointUrl,
    now,
  )
  await sql(
    "insert into webhook_deliveries (id, tenant_id, endpoint_id, event_id, event_type, payload, status, attempts) values (?, ?, ?, ?, 'lead.created', '{}', 'failed', 11)",
    ids.webhookDeliveryId,
    a.tenantId,
    ids.endpointId,
    `evt_isolation_${suffix}`,
  )
  return { ...ids, formName, sourceName, endpointUrl }
}
