import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { createTestTenant } from '../../helpers/tenant.ts'
import { addBranch, addMember, seedLead } from './inbox-fixtures.ts'

/** Splits our CSV (every cell quoted, CRLF lines; the reader drops the BOM) into rows of cells. */
function parseCsv(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean)
    .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replaceAll('""', '"')))
}

const asRecords = (rows: string[][]) => {
  const [header, ...data] = rows
  return data.map((cells) => Object.fromEntries(header!.map((h, i) => [h, cells[i]])))
}

describe('exporting leads as CSV', () => {
  it('writes the filtered leads with owner, branch, SLA, UTM and consent', async () => {
    const t = await createTestTenant()
    const agent = await addMember(t, 'agent', null, 'Dana Agent')
    await seedLead(t, {
      name: 'Asha Rao',
      phone: '+919812345678',
      ownerUserId: agent.userId,
      slaDueAt: new Date('2026-11-01T10:15:00Z'),
      firstResponseAt: new Date('2026-11-01T10:05:00Z'),
      utm: { source: 'google', medium: 'cpc', campaign: 'autumn' },
      consent: {
        contact: { text: 'Contact me', version: 'c0ffee000001', at: '2026-11-01T10:00:00.000Z' },
        marketing: { text: 'Send offers', version: 'beef00000002', at: '2026-11-01T10:00:00.000Z' },
      },
    })
    await seedLead(t, { name: 'Spammy', spam: true })
    await seedLead(t, { name: 'Other source', source: 'facebook' })
    const res = await t.get('/api/v1/leads/export.csv?source=microsite_form')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/csv')
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="vitrine-leads-/)
    const records = asRecords(parseCsv(res.body))
    expect(records).toHaveLength(1)
    expect(records[0]).toMatchObject({
      name: 'Asha Rao',
      // A leading + would be read as a formula; the apostrophe keeps it text.
      phone: "'+919812345678",
      status: 'new',
      source: 'microsite_form',
      branch: 'Main Street',
      owner_user_id: agent.userId,
      owner: 'Dana Agent',
      spam: 'false',
      sla_due_at: '2026-11-01T10:15:00.000Z',
      first_response_at: '2026-11-01T10:05:00.000Z',
      utm_source: 'google',
      utm_medium: 'cpc',
      utm_campaign: 'autumn',
      consent_contact_version: 'c0ffee000001',
      consent_marketing_version: 'beef00000002',
    })
  })

  it('neutralises cells a spreadsheet would run as formulas', async () => {
    const t = await createTestTenant()
    await seedLead(t, {
      name: '=HYPERLINK("http://evil.example","click")',
      email: null,
      message: '@SUM(1+1)',
    })
    const res = await t.get('/api/v1/leads/export.csv')
    const [record] = asRecords(parseCsv(res.body))
    expect(record?.name).toBe('\'=HYPERLINK("http://evil.example","click")')
    expect(record?.message).toBe("'@SUM(1+1)")
    expect(res.body).toContain('"\'=HYPERLINK(""http://evil.example"",""click"")"')
  })

  it('holds only what the exporter may see, and is audited', async () => {
    const t = await createTestTenant()
    const other = await createTestTenant()
    const harbour = await addBranch(t)
    const agent = await addMember(t, 'agent', [harbour])
    await seedLead(t, { name: 'Main lead' })
    await seedLead(t, { name: 'Harbour lead', branchId: harbour })
    await seedLead(other, { name: 'Foreign lead' })
    const names = async (res: { body: string }) => asRecords(parseCsv(res.body)).map((r) => r.name)
    expect(await names(await agent.get('/api/v1/leads/export.csv'))).toEqual(['Harbour lead'])
    expect(await names(await agent.get(`/api/v1/leads/export.csv?branchId=${t.branchId}`))).toEqual([])
    expect(await names(await other.get(`/api/v1/leads/export.csv?branchId=${t.branchId}`))).toEqual([])
    const audit = await env.DB.prepare(
      "select actor_id, metadata from audit_events where tenant_id = ? and action = 'data.leads_exported'",
    )
      .bind(t.tenantId)
      .all<{ actor_id: string; metadata: string }>()
    expect(audit.results.map((r) => r.actor_id)).toEqual([agent.userId, agent.userId])
    expect(JSON.parse(audit.results[0]!.metadata)).toMatchObject({ rows: 1, truncated: false })
  })

  it('refuses bad filters before writing anything', async () => {
    const t = await createTestTenant()
    const res = await t.get('/api/v1/leads/export.csv?status=unknown')
    expect(res.status).toBe(400)
  })
})
