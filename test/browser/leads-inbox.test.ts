// The inbox as a person works it: filter, select two leads and take them, open one whose name
// is a script (shown as text, never run), all keyboard- and screen-reader-clean.
import { describe, expect, it } from 'vitest'
import { DEMO } from '../../scripts/lib/demo.ts'
import { newId } from '../../worker/lib/ids.ts'
import { asDemoTenant } from './helpers/demo-tenant-pg.ts'
import { browserPlatformForFile, expectAccessible } from './helpers/platform-browser.ts'
import { signIn } from './helpers/sign-in.ts'

const app = browserPlatformForFile('vitrine-inbox-')

interface Seed {
  name: string
  source?: string
  message?: string
  utm?: Record<string, string>
  consent?: unknown
}

/** Leads written as the pipeline would leave them, straight into the demo tenant's CRM. */
async function seedLeads(seeds: Seed[]) {
  await asDemoTenant(app.platform.pg.adminUrl, async (client) => {
    for (const [i, seed] of seeds.entries()) {
      const leadId = newId('lead')
      const contactId = newId('contact')
      const at = new Date(Date.now() - (seeds.length - i) * 1000)
      const email = `${leadId.slice(-8).toLowerCase()}@inbox.example`
      const fields = JSON.stringify({ name: seed.name, email })
      await client.query(
        'insert into contacts (id, tenant_id, name, email, created_at, updated_at) values ($1, $2, $3, $4, $5, $5)',
        [contactId, DEMO.tenantId, seed.name, email, at],
      )
      await client.query(
        `insert into leads (id, tenant_id, contact_id, brand_id, branch_id, source, message, fields, utm, consent,
         idempotency_key, created_at, last_touch_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12)`,
        [
          leadId,
          DEMO.tenantId,
          contactId,
          DEMO.brandId,
          DEMO.branchId,
          seed.source ?? 'microsite_form',
          seed.message ?? null,
          fields,
          seed.utm ? JSON.stringify(seed.utm) : null,
          seed.consent ? JSON.stringify(seed.consent) : null,
          `k:${leadId}`,
          at,
        ],
      )
      await client.query(
        `insert into lead_touches (id, tenant_id, lead_id, contact_id, source, branch_id, message, fields, utm,
         consent, idempotency_key, created_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [
          newId('leadTouch'),
          DEMO.tenantId,
          leadId,
          contactId,
          seed.source ?? 'microsite_form',
          DEMO.branchId,
          seed.message ?? null,
          fields,
          seed.utm ? JSON.stringify(seed.utm) : null,
          seed.consent ? JSON.stringify(seed.consent) : null,
          `k:${leadId}`,
          at,
        ],
      )
    }
  })
}

describe('the leads inbox', () => {
  it('filters, bulk-assigns two leads and shows a lead with a script for a name as text', async () => {
    const tag = `Inbox${Date.now().toString(36)}`
    const scriptName = `<script>window.__leaked = true</script> ${tag}`
    await seedLeads([
      { name: `Asha ${tag}`, message: 'Table for four' },
      { name: `Ben ${tag}`, source: 'facebook' },
      {
        name: scriptName,
        message: '<img src=x onerror="window.__leaked = true">',
        utm: { source: 'newsletter', campaign: 'autumn' },
        consent: {
          contact: {
            text: 'You may contact me about this.',
            version: 'a1b2c3d4e5f6',
            at: new Date().toISOString(),
          },
        },
      },
    ])

    const page = await app.newPage()
    await signIn(page, app.url, { heading: 'Leads' })

    // Search (debounced, kept in the address), then narrow by source.
    const shown = async () => (await page.getByRole('rowheader').allTextContents()).sort()
    const tagged = [`Asha ${tag}`, `Ben ${tag}`, scriptName].sort()
    await page.getByRole('searchbox', { name: 'Search' }).fill(tag)
    await expect.poll(shown, { timeout: 10_000 }).toEqual(tagged)
    await expect.poll(() => page.url()).toContain(`q=${tag}`)
    await page.getByLabel('Source').selectOption('facebook')
    await expect.poll(shown, { timeout: 10_000 }).toEqual([`Ben ${tag}`])
    await expect.poll(() => page.url()).toContain('source=facebook')
    await expectAccessible(page)
    await page.getByLabel('Source').selectOption('')
    await expect.poll(shown, { timeout: 10_000 }).toEqual(tagged)

    // Select two and take them.
    await page.getByRole('checkbox', { name: `Select Asha ${tag}` }).check()
    await page.getByRole('checkbox', { name: `Select Ben ${tag}` }).check()
    const bulk = page.getByRole('region', { name: '2 leads selected' })
    await bulk.getByLabel('Assign to').selectOption({ label: 'Me' })
    await bulk.getByRole('button', { name: 'Assign…' }).click()
    await expectAccessible(page)
    await bulk.getByRole('button', { name: 'Assign', exact: true }).click()
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Assigned 2 leads' }).count()).toBe(1)
    for (const name of [`Asha ${tag}`, `Ben ${tag}`]) {
      await expect.poll(() => page.getByRole('row', { name }).textContent()).toContain('(you)')
    }
    // The API agrees.
    const mine: { data: { name: string }[] } = await page.evaluate(
      async (q) => (await fetch(`/api/v1/leads?owner=me&q=${encodeURIComponent(q)}`)).json(),
      tag,
    )
    expect(mine.data.map((l) => l.name).sort()).toEqual([`Asha ${tag}`, `Ben ${tag}`])

    // The script is a name, nothing more.
    await page.getByRole('link', { name: scriptName }).click()
    await page.getByRole('heading', { name: scriptName, level: 1 }).waitFor()
    await page.getByText('You may contact me about this.').waitFor()
    await page.getByText('Wording version a1b2c3d4e5f6', { exact: false }).waitFor()
    await page.getByText('<img src=x onerror="window.__leaked = true">').first().waitFor()
    expect(await page.evaluate('typeof window.__leaked')).toBe('undefined')
    await expectAccessible(page)

    // Back to the same filtered list; on a phone too.
    await page.getByRole('link', { name: 'All leads' }).click()
    await expect.poll(shown, { timeout: 10_000 }).toEqual(tagged)
    await page.setViewportSize({ width: 390, height: 844 })
    await expectAccessible(page)
  })
})
