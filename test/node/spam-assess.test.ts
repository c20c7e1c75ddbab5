import { describe, expect, it } from 'vitest'
import { SPAM_THRESHOLD } from '../../worker/modules/leads/lead-message.ts'
import { assessSpam, isJunkName, type SpamInput } from '../../worker/modules/leads/spam/assess.ts'
import { DISPOSABLE_DOMAINS, isDisposableDomain } from '../../worker/modules/leads/spam/disposable-domains.ts'

const NOW = Date.parse('2026-05-04T10:00:00Z')

const clean: SpamInput = {
  contact: { name: 'Asha Rao', email: 'asha@example.com', phone: '+91 98123 45678' },
  message: 'Do you have a table for four on Friday evening?',
  fields: { party_size: '4' },
  honeypot: null,
  renderedAt: NOW - 45_000,
  submittedAt: NOW,
  captcha: 'passed',
}

const assess = (change: Partial<SpamInput>) => assessSpam({ ...clean, ...change })

describe('assessSpam', () => {
  it('scores clean leads 0, with or without the optional signals', () => {
    expect(assessSpam(clean)).toEqual({ score: 0, reasons: [] })
    expect(assess({ renderedAt: null, captcha: 'skipped', message: null, fields: null })).toEqual({
      score: 0,
      reasons: [],
    })
    for (const name of [
      'Zoë Müller-Lüdenscheidt',
      "Siobhán O'Brien",
      'Nguyen Van An',
      'Li',
      'José',
      'Krzysztof Schwartz',
      'Doherty',
      '山田 太郎',
      'Knightsbridge',
    ]) {
      expect(assess({ contact: { ...clean.contact, name } }), name).toEqual({ score: 0, reasons: [] })
    }
  })

  it('marks a filled honeypot as certain spam', () => {
    expect(assess({ honeypot: 'http://spam.example' })).toEqual({ score: 100, reasons: ['honeypot'] })
    expect(assess({ honeypot: '   ' }).reasons).not.toContain('honeypot')
  })

  it('notes a missing or unconfirmed captcha without marking the lead on that alone', () => {
    const missing = assess({ captcha: 'missing' })
    expect(missing).toEqual({ score: 30, reasons: ['captcha_missing'] })
    expect(missing.score).toBeLessThan(SPAM_THRESHOLD)
    expect(assess({ captcha: 'failed' })).toEqual({ score: 30, reasons: ['captcha_failed'] })
  })

  it('finds throwaway inboxes, subdomains included, and leaves ordinary ones alone', () => {
    for (const email of [
      'x@mailinator.com',
      'x@YOPMAIL.com',
      'x@inbox.guerrillamail.com',
      'x@sharklasers.com',
    ]) {
      expect(assess({ contact: { ...clean.contact, email: email.toLowerCase() } }).reasons).toEqual([
        'disposable_email',
      ])
    }
    for (const email of [
      'x@gmail.com',
      'x@outlook.com',
      'x@example.co.uk',
      'x@mailinator.com.evil.example',
    ]) {
      expect(assess({ contact: { ...clean.contact, email } }).reasons).toEqual([])
    }
    expect(assess({ contact: { ...clean.contact, email: null } }).reasons).toEqual([])
    expect(DISPOSABLE_DOMAINS.size).toBeGreaterThan(300)
    expect(isDisposableDomain('10minutemail.com.')).toBe(true)
    expect(isDisposableDomain('com')).toBe(false)
  })

  it('knows names no person gives', () => {
    for (const name of [
      'http://cheap-pills.example',
      'www.seo.example',
      'Buy now at best.com',
      '1234567',
      '+44 7946',
      'aaaa',
      'xx x x',
      'asdfgh',
      'Qwerty Uiop',
      'sdkjfhsdkjfh',
      'Bcdfghjklm',
    ]) {
      expect(isJunkName(name), name).toBe(true)
    }
    expect(assess({ contact: { ...clean.contact, name: 'jjjjjjjjjj' } })).toEqual({
      score: 55,
      reasons: ['junk_name', 'repeated_characters'],
    })
  })

  it('counts links in the message and custom answers, more of them weighing more', () => {
    expect(assess({ message: 'See https://a.example for the menu' })).toEqual({
      score: 25,
      reasons: ['links_in_message'],
    })
    expect(assess({ fields: { note: 'www.cheap.example' } }).reasons).toEqual(['links_in_message'])
    const flood = assess({
      message: 'http://a.example http://b.example [url=http://c.example]c[/url] <a href="x">d</a>',
    })
    expect(flood).toEqual({ score: 50, reasons: ['links_in_message'] })
    expect(flood.score).toBeGreaterThanOrEqual(SPAM_THRESHOLD)
    expect(assess({ message: 'My e-mail is asha@example.com, call after 5.' }).reasons).toEqual([])
  })

  it('notices a key held down', () => {
    expect(assess({ message: 'hellooooooooooo' }).reasons).toEqual(['repeated_characters'])
    expect(assess({ message: 'Soooo good!!!! 10000000 thanks' }).reasons).toEqual([])
  })

  it('calls a form filled in under three seconds too fast, but not a visitor clock running ahead', () => {
    expect(assess({ renderedAt: NOW - 1200 })).toEqual({ score: 30, reasons: ['too_fast'] })
    expect(assess({ renderedAt: NOW - 3000 }).reasons).toEqual([])
    expect(assess({ renderedAt: NOW + 60_000 }).reasons).toEqual([])
  })

  it('adds the signals up, capped at 100', () => {
    const bot = assess({
      contact: { name: 'asdfgh', email: 'x@mailinator.com', phone: null },
      message: 'visit http://a.example http://b.example http://c.example aaaaaaaaaaaa',
      renderedAt: NOW - 500,
      captcha: 'missing',
      honeypot: 'x',
    })
    expect(bot.score).toBe(100)
    expect(bot.reasons).toEqual([
      'honeypot',
      'captcha_missing',
      'disposable_email',
      'junk_name',
      'links_in_message',
      'repeated_characters',
      'too_fast',
    ])
    const twoSignals = assess({ captcha: 'missing', renderedAt: NOW - 1000 })
    expect(twoSignals).toEqual({ score: 60, reasons: ['captcha_missing', 'too_fast'] })
  })
})
