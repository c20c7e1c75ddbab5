import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../../worker/lib/errors.ts'
import type { FieldDef } from '../../../../worker/modules/crm/fields/field-defs.ts'
import {
  mergeCustomFields,
  validateCustomFields,
} from '../../../../worker/modules/crm/fields/validate-fields.ts'

let n = 0
function def(fields: Partial<FieldDef> & Pick<FieldDef, 'key' | 'label' | 'type'>): FieldDef {
  n += 1
  return {
    id: `fld_${n}`,
    tenantId: 'ten_1',
    entity: 'contact',
    options: [],
    required: false,
    position: n,
    archivedAt: null,
    createdAt: new Date(),
    ...fields,
  }
}

const defs = [
  def({ key: 'notes', label: 'Notes', type: 'text' }),
  def({ key: 'budget', label: 'Budget', type: 'number' }),
  def({ key: 'renewal', label: 'Renewal', type: 'date' }),
  def({ key: 'plan', label: 'Plan', type: 'select', options: ['Basic', 'Pro'] }),
  def({ key: 'channels', label: 'Channels', type: 'multi_select', options: ['Email', 'SMS', 'WhatsApp'] }),
  def({ key: 'site', label: 'Site', type: 'url' }),
]
const partial = { partial: true }

/** The 400's field issues, or fails the test when the values pass. */
function refused(
  values: unknown,
  list: FieldDef[] = defs,
  options: { partial: boolean; path?: string } = partial,
) {
  try {
    validateCustomFields(list, values, options)
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError)
    const e = error as ApiError
    expect(e.status).toBe(400)
    return { message: e.message, errors: e.extra.errors ?? [] }
  }
  throw new Error(`accepted ${JSON.stringify(values)}`)
}

describe('validateCustomFields: good values, normalised', () => {
  it('accepts one good value of every type', () => {
    expect(
      validateCustomFields(
        defs,
        {
          notes: '  Likes the window table ',
          budget: 1200.5,
          renewal: '2025-02-28',
          plan: 'pro',
          channels: ['sms', 'Email', 'SMS'],
          site: 'https://Example.com/menu',
        },
        partial,
      ),
    ).toEqual({
      notes: 'Likes the window table',
      budget: 1200.5,
      renewal: '2025-02-28',
      plan: 'Pro',
      channels: ['SMS', 'Email'],
      site: 'https://example.com/menu',
    })
  })

  it('reads numbers written as plain decimal text (imports) and blanks as null', () => {
    expect(
      validateCustomFields(defs, { budget: ' -42.25 ', notes: '', channels: [], plan: null }, partial),
    ).toEqual({
      budget: -42.25,
      notes: null,
      channels: null,
      plan: null,
    })
  })

  it('accepts a missing or empty object', () => {
    expect(validateCustomFields(defs, undefined, { partial: false })).toEqual({})
    expect(validateCustomFields(defs, null, { partial: false })).toEqual({})
  })
})

describe('validateCustomFields: bad values are a 400 naming the field', () => {
  it.each([
    ['notes', 42, 'Custom field “Notes” must be text'],
    ['notes', 'x'.repeat(2001), 'Custom field “Notes” must be at most 2000 characters'],
    ['budget', 'twelve', 'Custom field “Budget” must be a number'],
    ['budget', '1e5', 'Custom field “Budget” must be a number'],
    ['budget', Number.POSITIVE_INFINITY, 'Custom field “Budget” must be a number'],
    ['budget', true, 'Custom field “Budget” must be a number'],
    ['budget', 1e16, 'Custom field “Budget” is too large'],
    ['renewal', '2025-02-30', 'Custom field “Renewal” must be a date as YYYY-MM-DD'],
    ['renewal', '28/02/2025', 'Custom field “Renewal” must be a date as YYYY-MM-DD'],
    ['renewal', 20250228, 'Custom field “Renewal” must be a date as YYYY-MM-DD'],
    ['plan', 'Gold', 'Custom field “Plan” must be one of: Basic, Pro'],
    ['plan', ['Pro'], 'Custom field “Plan” must be one of: Basic, Pro'],
    ['channels', 'Email', 'Custom field “Channels” must be a list of options'],
    ['channels', ['Email', 'Fax'], 'Custom field “Channels”: “Fax” is not one of: Email, SMS, WhatsApp'],
    ['site', 'javascript:alert(1)', 'Custom field “Site” must be an http or https address'],
    ['site', 'ftp://example.com/x', 'Custom field “Site” must be an http or https address'],
    ['site', 'example.com', 'Custom field “Site” must be a web address starting with http:// or https://'],
    ['site', 7, 'Custom field “Site” must be a web address'],
  ])('%s = %j', (key, value, message) => {
    const { message: detail, errors } = refused({ [key]: value })
    expect(detail).toBe(message)
    expect(errors).toEqual([{ path: `customFields.${key}`, message }])
  })

  it('refuses unknown keys', () => {
    const { errors } = refused({ shoe_size: 42 })
    expect(errors).toEqual([
      { path: 'customFields.shoe_size', message: 'There is no custom field “shoe_size” (or it is archived)' },
    ])
  })

  it('refuses values of an archived field (the caller passes live definitions only)', () => {
    const live = defs.filter((d) => d.key !== 'site')
    expect(refused({ site: 'https://example.com' }, live).errors[0]?.path).toBe('customFields.site')
  })

  it('refuses anything but an object', () => {
    expect(refused(['budget']).errors).toEqual([{ path: 'customFields', message: 'Must be an object' }])
    expect(refused('budget=1').errors).toEqual([{ path: 'customFields', message: 'Must be an object' }])
  })

  it('names every failing field at once', () => {
    const { errors } = refused({ budget: 'x', plan: 'Gold', nope: 1 })
    expect(errors.map((e) => e.path)).toEqual([
      'customFields.budget',
      'customFields.plan',
      'customFields.nope',
    ])
  })
})

describe('validateCustomFields: required fields', () => {
  const withRequired = [
    ...defs,
    def({ key: 'tier', label: 'Tier', type: 'select', options: ['A', 'B'], required: true }),
  ]

  it('are required on a full write', () => {
    expect(refused({}, withRequired, { partial: false }).errors).toEqual([
      { path: 'customFields.tier', message: 'Custom field “Tier” is required' },
    ])
    expect(validateCustomFields(withRequired, { tier: 'a' }, { partial: false })).toEqual({ tier: 'A' })
  })

  it('may be left out of a partial write, but not cleared by one', () => {
    expect(validateCustomFields(withRequired, { budget: 3 }, partial)).toEqual({ budget: 3 })
    expect(refused({ tier: '' }, withRequired).errors).toEqual([
      { path: 'customFields.tier', message: 'Custom field “Tier” is required' },
    ])
    expect(refused({ tier: null }, withRequired).errors[0]?.message).toBe('Custom field “Tier” is required')
  })

  it('an empty multi-select does not fill a required one', () => {
    const required = [
      def({ key: 'days', label: 'Days', type: 'multi_select', options: ['Mon'], required: true }),
    ]
    expect(refused({ days: [] }, required, { partial: false }).errors[0]?.message).toBe(
      'Custom field “Days” is required',
    )
  })

  it('takes another path prefix for nested bodies', () => {
    expect(
      refused({ budget: 'x' }, defs, { partial: true, path: 'rows.3.customFields' }).errors[0]?.path,
    ).toBe('rows.3.customFields.budget')
  })
})

describe('mergeCustomFields', () => {
  it('applies changes and drops cleared keys, keeping values it was not given', () => {
    expect(mergeCustomFields({ budget: 1, plan: 'Pro', old: 'kept' }, { budget: 2, plan: null })).toEqual({
      budget: 2,
      old: 'kept',
    })
  })
})
