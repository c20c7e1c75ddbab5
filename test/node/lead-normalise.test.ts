import { describe, expect, it } from 'vitest'
import type { LeadMessage } from '../../worker/modules/leads/lead-message.ts'
import {
  normaliseEmail,
  normaliseLead,
  normaliseName,
  normalisePhone,
  normaliseUtm,
} from '../../worker/modules/leads/pipeline/normalise.ts'

describe('names', () => {
  it('trims and collapses spaces', () => {
    expect(normaliseName('  Asha \t  Rao \n')).toBe('Asha Rao')
  })

  it('re-cases names typed in capitals or all lower case', () => {
    expect(normaliseName('ASHA RAO')).toBe('Asha Rao')
    expect(normaliseName('asha rao')).toBe('Asha Rao')
    expect(normaliseName("SEAN O'BRIEN")).toBe("Sean O'Brien")
    expect(normaliseName('jean-luc picard')).toBe('Jean-Luc Picard')
    expect(normaliseName('ludwig van beethoven')).toBe('Ludwig van Beethoven')
    expect(normaliseName('ÉLODIE DUBOIS')).toBe('Élodie Dubois')
  })

  it("keeps a person's own mixed casing", () => {
    expect(normaliseName('McDonald')).toBe('McDonald')
    expect(normaliseName('Anna van der Berg')).toBe('Anna van der Berg')
    expect(normaliseName('DeShawn MacLeod')).toBe('DeShawn MacLeod')
  })

  it('leaves names in other scripts untouched', () => {
    expect(normaliseName('李小龙')).toBe('李小龙')
    expect(normaliseName('ИВАН ПЕТРОВ')).toBe('ИВАН ПЕТРОВ')
    expect(normaliseName('आशा राव')).toBe('आशा राव')
    expect(normaliseName('ASHA राव')).toBe('ASHA राव')
  })
})

describe('e-mail addresses', () => {
  it('trims and lower-cases', () => {
    expect(normaliseEmail('  Asha.Rao@Example.COM ')).toBe('asha.rao@example.com')
  })

  it('answers null for what is not an address', () => {
    expect(normaliseEmail('asha at example')).toBeNull()
    expect(normaliseEmail('')).toBeNull()
    expect(normaliseEmail(null)).toBeNull()
    expect(normaliseEmail(`${'a'.repeat(250)}@x.io`)).toBeNull()
  })
})

describe('phone numbers', () => {
  it('writes international numbers as E.164', () => {
    expect(normalisePhone('+91 98123 45678')).toBe('+919812345678')
    expect(normalisePhone('+44 (0)20 7946 0958')).toBe('+442079460958')
  })

  it("reads national numbers in the lead's country", () => {
    expect(normalisePhone('098123 45678', 'IN')).toBe('+919812345678')
    expect(normalisePhone('020 7946 0958', 'gb')).toBe('+442079460958')
    expect(normalisePhone('(415) 555-2671', 'US')).toBe('+14155552671')
  })

  it('answers null for numbers that are not valid, or national with no country', () => {
    expect(normalisePhone('12345', 'IN')).toBeNull()
    expect(normalisePhone('call me', 'IN')).toBeNull()
    expect(normalisePhone('020 7946 0958')).toBeNull()
    expect(normalisePhone('020 7946 0958', 'XX')).toBeNull()
    expect(normalisePhone('', 'IN')).toBeNull()
  })
})

describe('UTM', () => {
  it('trims and lower-cases values and drops empty ones', () => {
    expect(normaliseUtm({ source: ' Facebook ', medium: 'CPC', campaign: '  ', term: '' })).toEqual({
      source: 'facebook',
      medium: 'cpc',
    })
    expect(normaliseUtm({ campaign: ' ' })).toBeNull()
    expect(normaliseUtm(null)).toBeNull()
  })
})

describe('a whole message', () => {
  const message: LeadMessage = {
    kind: 'lead.submitted',
    leadId: 'lead_x',
    tenantId: 'ten_x',
    brandId: 'brd_x',
    branchId: 'bra_x',
    siteId: null,
    idempotencyKey: 'k:1',
    submittedAt: '2026-01-05T10:00:00.000Z',
    source: 'webhook',
    contact: { name: 'ASHA RAO', email: 'not-an-address', phone: '0 98123 45678' },
    phoneCountry: 'IN',
    message: '  Table for four  ',
    fields: { budget: ' 4000 ', empty: '  ' },
    utm: { source: 'Newsletter' },
  }

  it('cleans the contact and keeps raw input that did not parse in fields', () => {
    const lead = normaliseLead(message)
    expect(lead.contact).toEqual({ name: 'Asha Rao', email: null, phone: '+919812345678' })
    expect(lead.message).toBe('Table for four')
    expect(lead.utm).toEqual({ source: 'newsletter' })
    expect(lead.fields).toEqual({
      budget: '4000',
      name: 'Asha Rao',
      email: 'not-an-address',
      phone: '+919812345678',
      message: 'Table for four',
    })
  })
})
