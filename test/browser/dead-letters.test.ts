// Zero loss as platform staff meet it: the CRM refuses a lead's write every time, the `leads`
// queue retries it with backoff until it lands in `leads-dlq`, the admin finds it on the Dead
// letters screen with its body shown as text, fixes the cause and replays it, and the lead is
// stored. Real wrangler queues, retries and dead-letter wiring, as `npm start` runs them.
import pg from 'pg'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DEMO } from '../../scripts/lib/demo.ts'
import { browserPlatformForFile, expectAccessible, pageApi } from './helpers/platform-browser.ts'
import { signIn } from './helpers/sign-in.ts'

const app = browserPlatformForFile('vitrine-dead-letters-')

async function asOwner<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: app.platform.pg.adminUrl })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/** Every touch insert of the demo organisation fails inside Postgres until `healCrm`. */
const breakCrm = () =>
  asOwner(async (client) => {
    await client.query(`create function fail_demo_touches() returns trigger language plpgsql as $$
      begin
        if new.tenant_id = '${DEMO.tenantId}' then raise exception 'injected CRM write failure'; end if;
        return new;
      end $$`)
    await client.query(
      'create trigger fail_demo_touches before insert on lead_touches for each row execute function fail_demo_touches()',
    )
  })

const healCrm = () =>
  asOwner(async (client) => {
    await client.query('drop trigger if exists fail_demo_touches on lead_touches')
    await client.query('drop function if exists fail_demo_touches()')
  })

// Staff land in their own organisation (its onboarding, while it has no brand), like any member.
const signInAsAdmin = (page: Page) => signIn(page, app.url, { account: DEMO.admin })

interface Letter {
  id: string
  body: { leadId?: string }
}

describe('dead letters', () => {
  it('parks a lead the CRM keeps refusing, and an admin replays it once the CRM is fixed', async () => {
    await breakCrm()
    const name = `<b>Poison</b> ${Date.now()}`
    const posted = await fetch(`${app.url}/${DEMO.brandSlug}/${DEMO.branchSlug}/leads`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({ name, email: 'poison@example.com', message: 'Lost?' }).toString(),
    })
    expect(posted.status).toBe(202)
    const { leadId } = (await posted.json()) as { leadId: string }

    const page = await app.newPage({ viewport: { width: 1280, height: 900 } })
    await signInAsAdmin(page)
    // Five retries with backoff (2 + 4 + 8 + 16 + 32 s), then the dead-letter consumer.
    await expect
      .poll(
        async () => {
          const list = await pageApi<{ data: Letter[] }>(page, '/api/v1/admin/dead-letters?queue=leads-dlq')
          return list.data.some((letter) => letter.body.leadId === leadId)
        },
        { timeout: 150_000, interval: 2_000 },
      )
      .toBe(true)

    await page.goto(`${app.url}/app/admin/dead-letters`)
    await page.getByRole('heading', { name: 'Dead letters', level: 1 }).waitFor()
    const table = page.getByRole('table', { name: 'Dead letters, newest first' })
    const row = table.getByRole('row').filter({ hasText: 'Leads' }).first()
    await row.locator('summary').click()
    // The payload is shown as text: the visitor's markup is not rendered.
    await expect.poll(() => row.locator('pre').textContent()).toContain(`"name": "${name}"`)
    expect(await row.locator('pre b').count()).toBe(0)
    await expectAccessible(page)

    await healCrm()
    await row.getByRole('button', { name: /^Replay/ }).click()
    const prompt = row.getByRole('group', { name: 'Send this message back to the leads queue?' })
    await expectAccessible(page)
    await prompt.getByRole('button', { name: 'Replay', exact: true }).click()
    await row.getByText('Replayed').waitFor()
    await page
      .getByRole('status')
      .filter({ hasText: 'Sent back to the leads queue' })
      .waitFor({ state: 'attached' })

    await expect
      .poll(
        () =>
          asOwner(
            async (client) => (await client.query('select id from leads where id = $1', [leadId])).rowCount,
          ),
        { timeout: 30_000, interval: 500 },
      )
      .toBe(1)
  })
})
