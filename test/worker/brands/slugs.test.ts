import { describe, expect, it } from 'vitest'
import { firstFreeSlug, slugify } from '../../../worker/modules/brands/slugs.ts'

const ID = 'bra_01JD3Q9W2Z8K5V7M4N6P0R1S2T'

describe('slugify', () => {
  it.each([
    ['Café Zürich – Altstadt', 'cafe-zurich-altstadt'],
    ['  Straße & Söhne!! ', 'strasse-and-sohne'],
    ['Łódź Øresund', 'lodz-oresund'],
    ['DOWNTOWN   #2', 'downtown-2'],
  ])('%s -> %s', (name, slug) => {
    expect(slugify(name, 'branch', ID)).toBe(slug)
  })

  it('falls back to the kind and the end of the id for non-Latin names', () => {
    expect(slugify('北京店', 'branch', ID)).toBe('branch-0r1s2t')
    expect(slugify('مطعم', 'staff', ID)).toBe('person-0r1s2t')
  })

  it('keeps at most 60 characters without a trailing hyphen', () => {
    const slug = slugify(`${'a'.repeat(59)} b c`, 'brand', ID)
    expect(slug).toBe('a'.repeat(59))
  })
})

describe('firstFreeSlug', () => {
  it('adds -2, -3 and skips reserved slugs', () => {
    expect(firstFreeSlug('downtown', 'branch', new Set())).toBe('downtown')
    expect(firstFreeSlug('downtown', 'branch', new Set(['downtown', 'downtown-2']))).toBe('downtown-3')
    expect(firstFreeSlug('admin', 'brand', new Set())).toBe('admin-2')
  })

  it('shortens the base so the suffix fits', () => {
    const base = 'x'.repeat(60)
    expect(firstFreeSlug(base, 'brand', new Set([base]))).toBe(`${'x'.repeat(58)}-2`)
  })
})
