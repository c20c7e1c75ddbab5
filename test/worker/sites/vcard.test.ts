import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import {
  attachmentDisposition,
  buildVcard,
  escapeText,
  foldLine,
} from '../../../worker/modules/sites/vcard/vcard.ts'
import { call } from '../../helpers/tenant.ts'
import { createShowcaseTenant, TINY_PNG } from './showcase.ts'

const octets = (line: string) => new TextEncoder().encode(line).length
/** Unfolds a vCard (RFC 2425 §5.8.1) into its logical lines. */
const unfold = (card: string) => card.replaceAll('\r\n ', '').split('\r\n')

describe('vCard text', () => {
  it('escapes commas, semicolons, backslashes and line breaks', () => {
    expect(escapeText('a,b;c\\d\ne\r\nf')).toBe('a\\,b\\;c\\\\d\\ne\\nf')
  })

  it('folds lines at 75 octets without splitting a character', () => {
    const line = `NOTE:${'é'.repeat(100)}`
    const folded = foldLine(line)
    const pieces = folded.split('\r\n')
    expect(pieces.length).toBeGreaterThan(2)
    for (const piece of pieces) expect(octets(piece)).toBeLessThanOrEqual(75)
    for (const piece of pieces.slice(1)) expect(piece.startsWith(' ')).toBe(true)
    expect(folded.replaceAll('\r\n ', '')).toBe(line)
    expect(foldLine('FN:short')).toBe('FN:short')
  })

  it('ends every line with CRLF', () => {
    const card = buildVcard({ fullName: 'A', org: ['B'], phones: [], emails: [], urls: [] })
    expect(card.endsWith('END:VCARD\r\n')).toBe(true)
    expect(card.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/)
  })

  it('names the download after the branch, in ASCII and exactly', () => {
    expect(attachmentDisposition('Café Zürich', 'vcf')).toBe(
      `attachment; filename="Cafe Zurich.vcf"; filename*=UTF-8''Caf%C3%A9%20Z%C3%BCrich.vcf`,
    )
    expect(attachmentDisposition('北京店', 'vcf')).toBe(
      `attachment; filename="contact.vcf"; filename*=UTF-8''%E5%8C%97%E4%BA%AC%E5%BA%97.vcf`,
    )
    expect(attachmentDisposition('"x"; y', 'vcf')).toBe(
      `attachment; filename="x y.vcf"; filename*=UTF-8''%22x%22%3B%20y.vcf`,
    )
  })
})

describe('Save contact', () => {
  it('downloads the branch as a vCard 3.0 with phones, email, address, links, logo and hours', async () => {
    const t = await createShowcaseTenant()
    const res = await call(`${t.pagePath}/vcard`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/vcard; charset=utf-8')
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="Main Street.vcf"; filename*=UTF-8''Main%20Street.vcf`,
    )
    const body = res.body as string
    for (const line of body.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75)
    const lines = unfold(body)
    expect(lines.slice(0, 2)).toEqual(['BEGIN:VCARD', 'VERSION:3.0'])
    expect(lines).toEqual(
      expect.arrayContaining([
        'FN:Trattoria Uno Main Street',
        'ORG:Trattoria Uno;Main Street',
        'TEL;TYPE=WORK,VOICE:+1 415 555 0100',
        'TEL;TYPE=WORK,VOICE:+1 415 555 0101',
        'TEL;TYPE=CELL:+1 415 555 0102',
        'EMAIL;TYPE=INTERNET,WORK:downtown@trattoria.example.com',
        'ADR;TYPE=WORK:;;12 Market Street;San Francisco;CA;94103;US',
        `URL:http://localhost:8787${t.pagePath}`,
        'URL:https://instagram.com/trattoria',
        `PHOTO;ENCODING=b;TYPE=PNG:${btoa(String.fromCharCode(...TINY_PNG))}`,
        'END:VCARD',
      ]),
    )
    const note = lines.find((l) => l.startsWith('NOTE:'))!
    expect(note).toContain('Opening hours\\nMonday: 11:00–15:00\\, 18:00–23:00\\nTuesday: 11:00–23:00')
    expect(note).toContain('Christmas: Closed')
    expect((await call(`${t.pagePath}/vcard`)).headers.get('x-vitrine-cache')).toBe('hit')
  })

  it('leaves out a logo too large for phones to import', async () => {
    const t = await createShowcaseTenant()
    await env.DB.prepare('update media_assets set bytes = 300000 where id = ?').bind(t.media.logo).run()
    const lines = unfold((await call(`${t.pagePath}/vcard`)).body)
    expect(lines.some((l) => l.startsWith('PHOTO'))).toBe(false)
    expect(lines).toContain('X-ABShowAs:COMPANY')
  })

  it('gives each staff member their own card with name, title and direct lines', async () => {
    const t = await createShowcaseTenant()
    const res = await call(`${t.pagePath}/maria-rossi/vcard`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toContain('filename="Maria Rossi.vcf"')
    const lines = unfold(res.body)
    expect(lines).toEqual(
      expect.arrayContaining([
        'N:Rossi;Maria;;;',
        'FN:Maria Rossi',
        'ORG:Trattoria Uno;Main Street',
        'TITLE:Head chef',
        'TEL;TYPE=WORK,VOICE:+1 415 555 0199',
        'TEL;TYPE=CELL:+1 415 555 0198',
        'EMAIL;TYPE=INTERNET,WORK:maria@trattoria.example.com',
        `URL:http://localhost:8787${t.pagePath}/maria-rossi`,
      ]),
    )
    expect(lines.some((l) => l.startsWith('PHOTO;ENCODING=b;TYPE=PNG:'))).toBe(true)
    expect(lines).not.toContain('X-ABShowAs:COMPANY')
  })

  it('escapes what tenants type inside vCard values', async () => {
    const t = await createShowcaseTenant({ text: (s) => `${s}, Inc; "x"\\` })
    const lines = unfold((await call(`${t.pagePath}/vcard`)).body)
    expect(lines).toContain('ORG:Trattoria Uno\\, Inc\\; "x"\\\\;Main Street\\, Inc\\; "x"\\\\')
  })
})
