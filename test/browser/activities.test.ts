// Activities as a member meets them: on a contact, a note that @mentions a colleague (picked
// from the suggestions with the keyboard) and a call with a follow-up and a reminder; then the
// call among "My tasks" and on the calendar (a month grid, an agenda on a phone), done with a
// checkbox. Every screen axe-clean.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { browserPlatformForFile, expectAccessible } from './helpers/platform-browser.ts'
import { signIn } from './helpers/sign-in.ts'

const app = browserPlatformForFile('vitrine-activities-')

/** A contact made through the API from inside the page (same origin, the session's cookie). */
async function createContact(page: Page, name: string): Promise<string> {
  const created = (await page.evaluate(
    async (body) => {
      const res = await fetch('/api/v1/contacts', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(body),
      })
      return { status: res.status, body: await res.json() }
    },
    { name, email: `${crypto.randomUUID().slice(0, 8)}@example.com` },
  )) as { status: number; body: { id: string } }
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return created.body.id
}

/** Tomorrow at 10:00 UTC (the browser's zone here), as a `datetime-local` value, and its day. */
function tomorrowAtTen() {
  const d = new Date(Date.now() + 86_400_000)
  const day = { year: d.getUTCFullYear(), month: d.getUTCMonth(), date: d.getUTCDate() }
  const pad = (n: number) => String(n).padStart(2, '0')
  return { day, local: `${day.year}-${pad(day.month + 1)}-${pad(day.date)}T10:00` }
}

describe('activities', () => {
  it('logs a call with a reminder and finds it in My tasks and on the calendar', async () => {
    const page = await app.newPage({ viewport: { width: 1280, height: 900 }, timezoneId: 'UTC' })
    await signIn(page, app.url)
    await page.waitForURL((url) => !url.pathname.endsWith('/login'))
    const contactId = await createContact(page, 'Gil Moreira')

    await page.goto(`${app.url}/app/contacts/${contactId}`)
    const composer = page.getByRole('region', { name: 'Log activity' })
    await composer.waitFor()

    // A note mentioning a member: "@Da" offers Dana Owner, Enter picks her.
    const note = composer.getByRole('textbox', { name: 'Note' })
    await note.fill('')
    await note.pressSequentially('Ask @Da')
    const option = composer.getByRole('option', { name: 'Dana Owner' })
    await option.waitFor()
    await expectAccessible(page, { include: '.activity-composer' })
    await page.keyboard.press('Enter')
    await expect.poll(() => note.inputValue()).toBe('Ask @Dana Owner ')
    await note.pressSequentially('about the wine list')
    await composer.getByRole('button', { name: 'Save note' }).click()
    await composer.getByText('Note saved.').waitFor()

    // The call, chosen from the tabs with the arrow keys.
    await composer.getByRole('tab', { name: 'Note' }).focus()
    await page.keyboard.press('ArrowRight')
    await expect
      .poll(() => composer.getByRole('tab', { name: 'Call' }).getAttribute('aria-selected'))
      .toBe('true')
    await composer.getByLabel('Subject').fill('Call back about the party')
    await composer.getByLabel('Outcome').selectOption('no_answer')
    await composer.getByLabel('Minutes').fill('3')
    const { day, local } = tomorrowAtTen()
    await composer.getByLabel('Follow up by').fill(local)
    await composer.getByLabel('When to remind').selectOption({ label: '1 hour before' })
    await expectAccessible(page, { include: '.activity-composer' })
    await composer.getByRole('button', { name: 'Save call' }).click()
    await composer.getByText('Call saved.').waitFor()

    const timeline = page.getByRole('region', { name: 'Timeline' })
    await timeline.getByText('Call back about the party').waitFor()
    await timeline.getByText('Ask @Dana Owner about the wine list').waitFor()
    await expectAccessible(page, { include: '.activity-timeline' })

    // My tasks: the follow-up is upcoming; a checkbox marks it done and undone.
    await page.goto(`${app.url}/app/activities`)
    await page.getByRole('heading', { level: 1, name: 'Activities' }).waitFor()
    const upcoming = page.getByRole('region', { name: /^Upcoming/ })
    const done = upcoming.getByRole('checkbox', { name: 'Call: Call back about the party' })
    await done.waitFor()
    await expect.poll(() => upcoming.getByText('Gil Moreira').count()).toBe(1)
    await expectAccessible(page)
    await done.check()
    await page.getByText('“Call back about the party” done.').waitFor({ state: 'attached' })
    await done.uncheck()
    await page.getByText('“Call back about the party” reopened.').waitFor({ state: 'attached' })

    // The calendar, reached from the tabs by keyboard; the call sits on tomorrow.
    await page.getByRole('tab', { name: 'My tasks' }).focus()
    await page.keyboard.press('ArrowRight')
    const calendar = page.getByRole('tabpanel', { name: 'Calendar' })
    const monthTitle = new Intl.DateTimeFormat('en-US', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(Date.UTC(day.year, day.month, 1))
    if (day.date === 1) await calendar.getByRole('button', { name: 'Next month' }).click()
    await calendar.getByRole('heading', { name: monthTitle }).waitFor()
    const grid = calendar.getByRole('table', { name: monthTitle })
    const item = grid.getByRole('link', { name: /^Call at .*: Call back about the party, Gil Moreira$/ })
    await item.waitFor()
    await expectAccessible(page)
    await item.focus()
    await page.keyboard.press('Enter')
    await page.waitForURL((url) => url.pathname === `/app/contacts/${contactId}`)

    // On a phone the month is an agenda list.
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(`${app.url}/app/activities?view=calendar`)
    if (day.date === 1) await page.getByRole('button', { name: 'Next month' }).click()
    const agendaItem = page.locator('.agenda').getByRole('link', { name: /Call back about the party/ })
    await agendaItem.waitFor()
    expect(await page.locator('.month-grid').isVisible()).toBe(false)
    await expectAccessible(page)
  })

  it('manages activity templates in the settings', async () => {
    const page = await app.newPage({ viewport: { width: 1280, height: 900 } })
    await signIn(page, app.url)
    await page.waitForURL((url) => !url.pathname.endsWith('/login'))
    await page.goto(`${app.url}/app/settings/activity-templates`)
    await page.getByRole('heading', { level: 1, name: 'Activity templates' }).waitFor()
    await page.getByText('No templates yet.').waitFor()
    await expectAccessible(page)
    const form = page.getByRole('region', { name: 'New template' })
    await form.getByLabel('Name').fill('Quote follow-up')
    await form.getByLabel('Kind').selectOption('call')
    await form.getByLabel('Subject').fill('Follow up on the quote')
    await form.getByLabel('Due after (hours)').fill('48')
    await form.getByLabel('Remind before (minutes)').fill('30')
    await form.getByRole('button', { name: 'Add template' }).click()
    await page.getByText('Call · due after 48 h · reminder 30 min before').waitFor()
    // A reminder with nothing to count back from is refused, naming the field.
    await form.getByLabel('Name').fill('Broken')
    await form.getByLabel('Remind before (minutes)').fill('10')
    await form.getByRole('button', { name: 'Add template' }).click()
    await form.getByText('A reminder needs a due time to count back from').first().waitFor()
    await expectAccessible(page)
  })
})
