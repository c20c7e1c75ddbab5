// Duplicates as a person reviews them: two records of one guest side by side with the reason,
// a merge chosen field by field with the keyboard (radio groups in a dialog), every activity
// kept on the record that stays; another pair set aside as "not a duplicate". Axe-clean.
import { beforeAll, describe, expect, it } from 'vitest'
import { DEMO } from '../../scripts/lib/demo.ts'
import { newId } from '../../worker/lib/ids.ts'
import { asDemoTenant } from './helpers/demo-tenant-pg.ts'
import { browserPlatformForFile, expectAccessible, pageApi } from './helpers/platform-browser.ts'
import { signIn } from './helpers/sign-in.ts'

const app = browserPlatformForFile('vitrine-merge-')
// Ids sort by time: the first of each pair is the older record, which the dialog keeps by default.
const t0 = Date.now()
const ids = {
  asha: newId('contact', t0),
  ashaAgain: newId('contact', t0 + 1),
  kim: newId('contact', t0 + 2),
  kimAgain: newId('contact', t0 + 3),
}

beforeAll(async () => {
  await asDemoTenant(app.platform.pg.adminUrl, async (client) => {
    const contact = `insert into contacts (id, tenant_id, name, email, phone, other_emails, job_title, branch_id)
    values ($1, $2, $3, $4, $5, $6, $7, $8)`
    await client.query(contact, [
      ids.asha,
      DEMO.tenantId,
      'Asha',
      'asha@rao.test',
      null,
      [],
      null,
      DEMO.branchId,
    ])
    await client.query(contact, [
      ids.ashaAgain,
      DEMO.tenantId,
      'Asha Rao',
      'a.rao@work.test',
      '+61412345678',
      ['ASHA@rao.test'],
      'Head of events',
      DEMO.branchId,
    ])
    await client.query(contact, [
      ids.kim,
      DEMO.tenantId,
      'Kim Lee',
      null,
      '+15550100200',
      [],
      null,
      DEMO.branchId,
    ])
    await client.query(contact, [
      ids.kimAgain,
      DEMO.tenantId,
      'Kimberly Lee',
      null,
      '(555) 010-0200',
      [],
      null,
      DEMO.branchId,
    ])
    const note =
      "insert into activities (id, tenant_id, contact_id, type, body) values ($1, $2, $3, 'note', $4)"
    await client.query(note, [newId('activity'), DEMO.tenantId, ids.asha, 'Booked the terrace for June'])
    await client.query(note, [
      newId('activity'),
      DEMO.tenantId,
      ids.ashaAgain,
      'Asked for a vegan tasting menu',
    ])
  })
})

describe('duplicates and merge', () => {
  it('merges a pair choosing values with the keyboard, keeping every activity', async () => {
    const page = await app.newPage({ viewport: { width: 1280, height: 900 } })
    await signIn(page, app.url, { heading: 'Leads' })
    await page.getByRole('link', { name: 'Duplicates', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: 'Duplicates' }).waitFor()
    const pair = page.getByRole('article', { name: 'Asha and Asha Rao' })
    await pair.getByText('Same e-mail address: asha@rao.test').waitFor()
    await pair.getByRole('region', { name: 'Asha Rao' }).getByText('Head of events').waitFor()
    await expectAccessible(page)

    // Kim's pair is not one: it leaves the list.
    const kim = page.getByRole('article', { name: 'Kim Lee and Kimberly Lee' })
    await kim.getByRole('button', { name: /^Not a duplicate/ }).click()
    await kim.waitFor({ state: 'detached' })
    await page.getByText('marked as not a duplicate', { exact: false }).waitFor({ state: 'attached' })

    await pair.getByRole('button', { name: /^Merge…/ }).click()
    const dialog = page.getByRole('dialog', { name: 'Merge 2 contacts' })
    await dialog.getByRole('group', { name: 'Which contact stays?' }).waitFor()
    const name = dialog.getByRole('group', { name: 'Name' })
    await expect.poll(() => name.getByRole('radio', { name: /^Asha from Asha$/ }).isChecked()).toBe(true)
    await expectAccessible(page)

    // Arrow keys move within a radio group and choose as they go.
    await name.getByRole('radio', { name: /^Asha from Asha$/ }).focus()
    await page.keyboard.press('ArrowDown')
    expect(await name.getByRole('radio', { name: 'Asha Rao from Asha Rao' }).isChecked()).toBe(true)
    const email = dialog.getByRole('group', { name: 'E-mail' })
    expect(await email.getByRole('radio', { name: /asha@rao\.test/ }).isChecked()).toBe(true)
    await dialog.getByText('Every lead, activity, deal, company link and file of each contact').waitFor()

    await dialog.getByRole('button', { name: 'Merge into Asha' }).click()
    await dialog.waitFor({ state: 'detached' })
    await page.getByText('Merged into Asha.', { exact: false }).waitFor({ state: 'attached' })
    await expect.poll(() => pair.count()).toBe(0)
    await expectAccessible(page)

    const kept = await pageApi<{ name: string; email: string; phone: string; otherEmails: string[] }>(
      page,
      `/api/v1/contacts/${ids.asha}`,
    )
    expect(kept).toMatchObject({ name: 'Asha Rao', email: 'asha@rao.test', phone: '+61412345678' })
    expect(kept.otherEmails).toContain('a.rao@work.test')
    const timeline = await pageApi<unknown>(page, `/api/v1/contacts/${ids.asha}/timeline`)
    const text = JSON.stringify(timeline)
    expect(text).toContain('Booked the terrace for June')
    expect(text).toContain('Asked for a vegan tasting menu')
    const gone = await page.evaluate(
      async (id) => (await fetch(`/api/v1/contacts/${id}`)).status,
      ids.ashaAgain,
    )
    expect(gone).toBe(404)
  })
})
