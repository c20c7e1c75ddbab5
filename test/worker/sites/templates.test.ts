import { describe, expect, it } from 'vitest'
import type { Section } from '../../../worker/modules/sites/content/sections.ts'
import {
  SiteContent,
  TEMPLATE_IDS,
  type TemplateId,
} from '../../../worker/modules/sites/content/site-content.ts'
import { switchTemplate } from '../../../worker/modules/sites/content/switch-template.ts'
import { newSiteContent, TEMPLATES } from '../../../worker/modules/sites/content/templates.ts'
import { createTestTenant } from '../../helpers/tenant.ts'

const names = { brandName: 'Saffron', branchName: 'Harbour Road' }
const sectionOf = (content: SiteContent, id: string) => content.sections.find((s) => s.id === id)
const headingOf = (content: SiteContent, id: string) => sectionOf(content, id)?.heading.en

describe('the industry templates', () => {
  it('each build a valid site with the brand and branch woven into the copy', () => {
    for (const id of TEMPLATE_IDS) {
      const content = newSiteContent(id, { ...names, language: 'en' })
      expect(SiteContent.parse(content), id).toEqual(content)
      expect(content.template).toBe(id)
      expect(content.theme).toEqual(TEMPLATES[id].theme)
      expect(content.sections.length, id).toBeGreaterThanOrEqual(8)
      expect(new Set(content.sections.map((s) => s.id)).size).toBe(content.sections.length)
      expect(content.sections.every((s) => s.enabled)).toBe(true)
      expect(JSON.stringify(content), id).toContain('Saffron Harbour Road')
      expect(content.seo.title.en, id).toContain('Saffron Harbour Road')
    }
  })

  it('differ from one another in sections, order or look', () => {
    const shapes = TEMPLATE_IDS.map((id) => {
      const content = newSiteContent(id, names)
      return JSON.stringify([content.sections.map((s) => s.type), content.theme])
    })
    expect(new Set(shapes).size).toBe(TEMPLATE_IDS.length)
  })

  it('carry the structure each industry needs', () => {
    const restaurant = newSiteContent('restaurant', names)
    expect(restaurant.sections.map((s) => s.type).slice(0, 4)).toEqual([
      'hero',
      'profile',
      'hours',
      'products',
    ])
    const hero = sectionOf(restaurant, 'hero') as Extract<Section, { type: 'hero' }>
    expect(hero.headline.en).toBe('Fresh food, made here')
    expect(hero.cta).toMatchObject({ action: 'booking', label: { en: 'Book a table' } })
    expect(headingOf(restaurant, 'products')).toBe('Menu highlights')
    expect(headingOf(restaurant, 'booking')).toBe('Reserve a table')
    const menu = sectionOf(restaurant, 'products') as Extract<Section, { type: 'products' }>
    expect(menu.items.length).toBeGreaterThanOrEqual(3)
    const faq = sectionOf(restaurant, 'faq') as Extract<Section, { type: 'faq' }>
    expect(faq.items.map((i) => i.id)).toEqual(expect.arrayContaining(['parking', 'reservations', 'dietary']))

    const clinic = newSiteContent('clinic', names)
    expect(headingOf(clinic, 'services')).toBe('Treatments')
    expect(headingOf(clinic, 'team')).toBe('Our doctors')
    expect(headingOf(clinic, 'booking')).toBe('Request an appointment')
    const clinicFaq = sectionOf(clinic, 'faq') as Extract<Section, { type: 'faq' }>
    expect(clinicFaq.items.map((i) => i.id)).toEqual(expect.arrayContaining(['insurance', 'first-visit']))
    expect(clinic.sections.map((s) => s.type)).toContain('payment')

    const salon = newSiteContent('salon', names)
    expect(salon.sections.find((s) => s.type === 'services')).toMatchObject({ showPrices: true })
    expect(headingOf(salon, 'team')).toBe('Stylists')
    expect(salon.sections.map((s) => s.type)).toEqual(expect.arrayContaining(['gallery', 'booking']))

    const retail = newSiteContent('retail', names)
    expect(retail.sections.map((s) => s.type)).toEqual(
      expect.arrayContaining(['products', 'hours', 'payment', 'reviews']),
    )

    const realEstate = newSiteContent('real-estate', names)
    expect(headingOf(realEstate, 'products')).toBe('Featured listings')
    expect(headingOf(realEstate, 'team')).toBe('Agents')
    expect(headingOf(realEstate, 'lead-form')).toBe('Book a viewing')
    expect(sectionOf(realEstate, 'hero')).toMatchObject({ background: { kind: 'image' } })

    const professional = newSiteContent('professional-services', names)
    expect(professional.sections.map((s) => s.type)).toEqual(
      expect.arrayContaining(['about', 'services', 'team', 'reviews', 'faq', 'lead_form']),
    )
    expect(headingOf(professional, 'lead-form')).toBe('Request a consultation')
  })

  it('fit long names into short fields, and write in the site’s language', () => {
    const long = { brandName: 'B'.repeat(80), branchName: 'Very Long Branch Name '.repeat(4).trim() }
    for (const id of TEMPLATE_IDS) expect(() => newSiteContent(id, long), id).not.toThrow()
    const arabic = newSiteContent('clinic', { ...names, language: 'ar' })
    expect(arabic.defaultLanguage).toBe('ar')
    expect(sectionOf(arabic, 'hero')).toMatchObject({ headline: { ar: 'Care you can count on' } })
  })

  it('are listed for the pickers', async () => {
    const t = await createTestTenant({ role: 'viewer' })
    const res = await t.get('/api/v1/templates')
    expect(res.status).toBe(200)
    expect(res.body.data.map((x: { id: string }) => x.id)).toEqual([...TEMPLATE_IDS])
    expect(res.body.data[0]).toMatchObject({
      id: 'restaurant',
      name: 'Restaurant',
      sections: expect.arrayContaining(['hero', 'products', 'booking']),
      theme: TEMPLATES.restaurant.theme,
    })
  })
})

describe('switching template', () => {
  /** A restaurant site the owner has worked on: edited copy, a review, an extra section. */
  function editedRestaurant(): SiteContent {
    const content = newSiteContent('restaurant', names)
    return SiteContent.parse({
      ...content,
      languages: ['ar'],
      sections: [
        ...content.sections.map((s) => {
          if (s.type === 'reviews')
            return {
              ...s,
              reviews: [{ id: 'r1', author: 'Meera', rating: 5, text: { en: 'Best thali <b>ever</b>' } }],
            }
          if (s.type === 'hero') return { ...s, headline: { en: 'Our own headline', ar: 'عنوان' } }
          if (s.type === 'gallery') return { ...s, enabled: false }
          return s
        }),
        {
          id: 'specials',
          type: 'about',
          heading: { en: 'Weekend specials' },
          body: { en: 'Biryani on Sundays.' },
        },
      ],
    })
  }

  it('keeps every section and every piece of text through restaurant → clinic → salon → restaurant', () => {
    const start = editedRestaurant()
    const clinic = switchTemplate(start, 'clinic', names)
    expect(clinic.template).toBe('clinic')
    expect(clinic.theme).toEqual(TEMPLATES.clinic.theme)
    // The clinic's slots come in its order; what it lacks was added switched off.
    expect(clinic.sections[0]!.id).toBe('hero')
    expect(sectionOf(clinic, 'services')).toMatchObject({ enabled: false, heading: { en: 'Treatments' } })
    // The extra about section stood in for the clinic's about slot, so none was added.
    expect(clinic.sections.filter((s) => s.type === 'about').map((s) => s.id)).toEqual(['specials'])

    const salon = switchTemplate(clinic, 'salon', names)
    const back = switchTemplate(salon, 'restaurant', names)
    expect(back.template).toBe('restaurant')
    expect(back.theme).toEqual(TEMPLATES.restaurant.theme)
    expect(SiteContent.parse(back)).toEqual(back)
    // Every original section is there, byte for byte, in the restaurant's order.
    for (const original of start.sections)
      expect(JSON.stringify(sectionOf(back, original.id)), original.id).toBe(JSON.stringify(original))
    const restaurantOrder = TEMPLATES.restaurant
      .sections({ names, place: '', copy: () => ({}) })
      .map((s) => s.id)
    expect(back.sections.slice(0, restaurantOrder.length).map((s) => s.id)).toEqual(restaurantOrder)
    // Nothing piled up: one section per id, and the ones added on the way stay switched off.
    expect(new Set(back.sections.map((s) => s.id)).size).toBe(back.sections.length)
    const added = back.sections.filter((s) => !start.sections.some((o) => o.id === s.id))
    expect(added.length).toBeGreaterThan(0)
    expect(added.every((s) => !s.enabled)).toBe(true)
    expect({ languages: back.languages, seo: back.seo }).toEqual({
      languages: start.languages,
      seo: start.seo,
    })
    // Going round again adds nothing more.
    const again = switchTemplate(switchTemplate(back, 'clinic', names), 'restaurant', names)
    const byId = (list: Section[]) => [...list].sort((a, b) => a.id.localeCompare(b.id))
    expect(byId(again.sections)).toEqual(byId(back.sections))
  })

  it('reaches every template from every other without losing a section', () => {
    const ids = [...TEMPLATE_IDS] as TemplateId[]
    let content = editedRestaurant()
    const seen = new Set(content.sections.map((s) => JSON.stringify(s)))
    for (const id of [...ids, ...ids.reverse()]) {
      content = switchTemplate(content, id, names)
      expect(() => SiteContent.parse(content), id).not.toThrow()
      for (const section of seen) expect(content.sections.map((s) => JSON.stringify(s))).toContain(section)
    }
  })
})
