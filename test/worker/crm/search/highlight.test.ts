import { describe, expect, it } from 'vitest'
import { highlight, highlightWords, snippet } from '../../../../worker/modules/crm/search/highlight.ts'
import { closeness, editDistance } from '../../../../worker/modules/crm/search/rank.ts'
import { searchTerms } from '../../../../worker/modules/crm/search/search-terms.ts'

const marked = (h: { text: string; highlights: { start: number; length: number }[] }) =>
  h.highlights.map((r) => h.text.slice(r.start, r.start + r.length))

describe('search terms', () => {
  it('reads digits only from something shaped like a phone number', () => {
    expect(searchTerms('+61 (412) 345-678').digits).toBe('61412345678')
    expect(searchTerms('Room 101').digits).toBeNull()
    expect(searchTerms('41').digits).toBeNull()
  })

  it('makes every word a prefix and keeps LIKE wildcards literal', () => {
    const terms = searchTerms('  50%  off_  ')
    expect(terms.text).toBe('50% off_')
    expect(terms.contains).toBe('%50\\% off\\_%')
    expect(terms.prefixQuery).toBe('50:* & off:*')
    expect(searchTerms("O'Brien & co").prefixQuery).toBe('o:* & brien:* & co:*')
  })
})

describe('highlight', () => {
  it('marks typos on the closest word and joins neighbours', () => {
    expect(marked(highlight('John Smith', searchTerms('Jonh Smyth')))).toEqual(['John Smith'])
    expect(marked(highlight('Wei Smith Jones', searchTerms('smyth')))).toEqual(['Smith'])
  })

  it('marks the digits of a phone number across its spaces', () => {
    expect(marked(highlight('+61 412 345 678', searchTerms('412345')))).toEqual(['412 345'])
  })

  it('counts offsets as JavaScript does, right-to-left and astral text included', () => {
    const h = highlight('😀 שלום Dana', searchTerms('dana'))
    expect(h.highlights).toEqual([{ start: 8, length: 4 }])
    expect(marked(highlight('😀 שלום Dana', searchTerms('שלום')))).toEqual(['שלום'])
  })

  it('cuts a long note around its first match and leaves out excluded words', () => {
    const body = `${'Intro words here. '.repeat(20)}We agreed the quarterly tasting menu.\n\n${'More. '.repeat(40)}`
    const find = (text: string) => highlightWords(text, '"quarterly tasting" -intro')
    const cut = snippet(body, find, 80)
    expect(cut.text.startsWith('…')).toBe(true)
    expect(cut.text.length).toBeLessThanOrEqual(82)
    expect(marked(cut)).toEqual(['quarterly tasting'])
  })
})

describe('rank', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('jonh', 'john')).toBe(1)
    expect(editDistance('smyth', 'smith')).toBe(1)
  })

  it('puts the name whose words are fewest edits away first', () => {
    const words = searchTerms('Jonh Smyth').words
    expect(closeness('John Smith', words)).toBeGreaterThan(closeness('Wei Smith Jones', words))
    expect(closeness('Johnny Smithers', ['jo', 'sm'])).toBeLessThan(1)
  })
})
