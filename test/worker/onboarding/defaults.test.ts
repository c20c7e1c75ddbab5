// The wizard's guesses (web/src/features/onboarding/defaults.ts): pure, so checked here.
import { describe, expect, it } from 'vitest'
import {
  COLOUR_PRESETS,
  countryOptions,
  defaultCountry,
  guessTemplate,
  REGION_CODES,
} from '../../../web/src/features/onboarding/defaults.ts'

describe('guessTemplate', () => {
  it.each([
    ['Verma Dental Clinic', 'clinic'],
    ['Dr. Rao Physiotherapy', 'clinic'],
    ['Glow Hair & Beauty', 'salon'],
    ['The Barber Shop Co', 'salon'],
    ['Sunrise Realty', 'real-estate'],
    ['Mehta Properties', 'real-estate'],
    ['Kapoor & Associates Law', 'professional-services'],
    ['Corner Bookstore', 'retail'],
    ['Trattoria Roma', 'restaurant'],
    ['Acme', 'restaurant'],
  ])('%s → %s', (name, template) => {
    expect(guessTemplate(name)).toBe(template)
  })

  it('matches at the start of words only', () => {
    // "spa" inside "Aspa" or "vet" inside "Corvette" says nothing.
    expect(guessTemplate('Aspara Corvette Garage')).toBe('restaurant')
  })
})

describe('defaultCountry', () => {
  it('takes the region of the language tag, or the likely one', () => {
    expect(defaultCountry('en-IN')).toBe('IN')
    expect(defaultCountry('pt-BR')).toBe('BR')
    expect(defaultCountry('de')).toBe('DE')
  })

  it('falls back to US for nothing or nonsense', () => {
    expect(defaultCountry(undefined)).toBe('US')
    expect(defaultCountry('not a tag!')).toBe('US')
  })
})

describe('choices', () => {
  it('lists every region once, by name', () => {
    expect(new Set(REGION_CODES).size).toBe(REGION_CODES.length)
    for (const code of REGION_CODES) expect(code).toMatch(/^[A-Z]{2}$/)
    const options = countryOptions('en')
    expect(options).toHaveLength(REGION_CODES.length)
    expect(options.find((o) => o.code === 'IN')?.name).toBe('India')
  })

  it('offers preset colours the brand schema accepts', () => {
    for (const preset of COLOUR_PRESETS) expect(preset.hex).toMatch(/^#[0-9a-f]{6}$/)
  })
})
