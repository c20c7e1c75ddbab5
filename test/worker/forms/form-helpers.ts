// Shared fixtures for the lead forms tests: a form with every field type, and a published page
// whose lead_form section shows it.
import { expect } from 'vitest'
import { type TestTenant, testSiteContent } from '../../helpers/tenant.ts'

export const CONSENT_TEXT = 'I agree to be contacted about this enquiry.'
export const MARKETING_TEXT = 'Send me new listings now and then.'

export function everyFieldForm() {
  return {
    name: 'Viewing request',
    fields: [
      { key: 'name', type: 'text', label: 'Your name', required: true },
      { key: 'email', type: 'email', label: 'Email', required: true, help: 'We reply within a day' },
      { key: 'phone', type: 'phone', label: 'Mobile', defaultCountry: 'IN' },
      { key: 'message', type: 'textarea', label: 'Anything else?', maxLength: 500 },
      {
        key: 'budget',
        type: 'select',
        label: 'Budget',
        required: true,
        options: [
          { value: 'low', label: 'Under 500k' },
          { value: 'high', label: '500k and above' },
        ],
      },
      {
        key: 'rooms',
        type: 'multi_select',
        label: 'Rooms',
        options: [
          { value: 'one', label: 'One' },
          { value: 'two', label: 'Two' },
          { value: 'three', label: 'Three' },
        ],
      },
      { key: 'visit_on', type: 'date', label: 'Visit on', futureOnly: true, maxDate: '2099-12-31' },
      { key: 'returning', type: 'checkbox', label: 'I have visited before' },
      {
        key: 'ref_code',
        type: 'text',
        label: 'Reference',
        pattern: '[A-Z]{3}-\\d{3}',
        patternMessage: 'Use the form ABC-123',
      },
      { key: 'campaign', type: 'hidden_utm', label: 'Campaign', utm: 'utm_campaign' },
      { key: 'source', type: 'hidden_utm', label: 'Source', utm: 'utm_source' },
    ],
    consent: { text: CONSENT_TEXT, required: true },
    marketing: { text: MARKETING_TEXT },
    turnstile: true,
    submitLabel: 'Request a viewing',
    successMessage: '',
  }
}

export async function createForm(t: TestTenant, body: object = everyFieldForm()) {
  const res = await t.post(`/api/v1/sites/${t.siteId}/forms`, body)
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body as { id: string } & Record<string, unknown>
}

/** Publishes the test page with its lead_form section showing `formId`, as an API client would. */
export async function showFormOnPage(t: TestTenant, formId: string) {
  const content = testSiteContent('Welcome to Main Street')
  const sections = content.sections.map((s) => (s.type === 'lead_form' ? { ...s, formId } : s))
  const res = await t.post(`/api/v1/sites/${t.siteId}/versions`, { content: { ...content, sections } })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
}

/** A good post for everyFieldForm(), as a browser without scripts sends it. */
export function goodPost(formId: string): [string, string][] {
  return [
    ['formId', formId],
    ['name', 'Asha Rao'],
    ['email', 'Asha@Example.com'],
    ['phone_country', 'IN'],
    ['phone', '98123 45678'],
    ['message', 'Two bedrooms, near the park'],
    ['budget', 'high'],
    ['rooms', 'one'],
    ['rooms', 'three'],
    ['visit_on', '2099-06-01'],
    ['returning', 'yes'],
    ['ref_code', 'ABC-123'],
    ['campaign', 'spring'],
    ['source', ''],
    ['consent', 'yes'],
    ['website', ''],
    ['idempotencyKey', ''],
    ['rendered_at', '1700000000000'],
  ]
}
