// QR short codes: drawn from the whole unambiguous alphabet, and D1's unique-index failure on the
// code recognised as a collision (and nothing else).
import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import {
  isShortCodeCollision,
  newShortCode,
  SHORT_CODE_ALPHABET,
  SHORT_CODE_PATTERN,
} from '../../../worker/modules/qr/short-code.ts'
import { createTestTenant } from '../../helpers/tenant.ts'
import { microsite } from './codes-helpers.ts'

describe('short codes', () => {
  it('draws 8 characters from the whole unambiguous alphabet', () => {
    const seen = new Set<string>()
    const codes = Array.from({ length: 2000 }, newShortCode)
    for (const code of codes) {
      expect(code).toMatch(SHORT_CODE_PATTERN)
      for (const char of code) seen.add(char)
    }
    expect(new Set(codes).size).toBe(codes.length)
    expect([...seen].sort().join('')).toBe([...SHORT_CODE_ALPHABET].sort().join(''))
    expect(SHORT_CODE_ALPHABET).not.toMatch(/[0O1lI]/)
  })

  it("recognises D1's unique-index failure on the code, and nothing else", async () => {
    const t = await createTestTenant()
    const made = (await t.post('/api/v1/qr-codes', microsite(t))).body
    const insert = (id: string, code: string) =>
      env.DB.prepare(
        "insert into qr_codes (id, tenant_id, code, kind, label, design) values (?, ?, ?, 'text', 'x', '{}')",
      )
        .bind(id, t.tenantId, code)
        .run()
    const error = await insert(`qrc_${crypto.randomUUID()}`, made.code).catch((e: unknown) => e)
    expect(isShortCodeCollision(error)).toBe(true)
    expect(isShortCodeCollision(new Error('wrapped', { cause: error }))).toBe(true)
    const other = await insert(made.id, newShortCode()).catch((e: unknown) => e)
    expect(isShortCodeCollision(other)).toBe(false)
  })
})
