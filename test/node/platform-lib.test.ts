import { afterEach, describe, expect, it, vi } from 'vitest'
import { queueKindOf } from '../../worker/jobs/queues.ts'
import { ApiError, toProblem } from '../../worker/lib/errors.ts'
import { idPattern, newId } from '../../worker/lib/ids.ts'
import { createLogger } from '../../worker/lib/log.ts'
import {
  type Actor,
  API_SCOPES,
  type ApiScope,
  can,
  type Role,
} from '../../worker/modules/auth/permissions.ts'

describe('ids', () => {
  it('are prefixed and sort by creation time', () => {
    const early = newId('lead', Date.parse('2026-01-01'))
    const late = newId('lead', Date.parse('2026-06-01'))
    expect(early).toMatch(idPattern('lead'))
    expect(early < late).toBe(true)
    expect(new Set(Array.from({ length: 1000 }, () => newId('lead', 0))).size).toBe(1000)
  })
})

describe('logs', () => {
  afterEach(() => vi.restoreAllMocks())

  it('are JSON with the request id, and never carry secrets', () => {
    const lines: string[] = []
    vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line))
    createLogger({ requestId: 'req_1' }).info('hello', {
      password: 'hunter2',
      nested: { authorization: 'Bearer abc', apiKey: 'k', keep: 'visible' },
    })
    const entry = JSON.parse(lines[0]!)
    expect(entry).toMatchObject({ level: 'info', msg: 'hello', requestId: 'req_1' })
    expect(lines[0]).not.toMatch(/hunter2|Bearer abc/)
    expect(entry.nested.keep).toBe('visible')
  })
})

describe('problems', () => {
  it('follow RFC 9457 with our code and request id', () => {
    const problem = toProblem(new ApiError('RATE_LIMITED', 'Slow down'), 'req_2')
    expect(problem).toEqual({
      type: 'https://vitrine.dev/problems/rate-limited',
      title: 'Rate limited',
      status: 429,
      detail: 'Slow down',
      code: 'RATE_LIMITED',
      requestId: 'req_2',
    })
  })
})

describe('queue names', () => {
  it('dispatch by suffix in every environment', () => {
    expect(queueKindOf('leads')).toBe('leads')
    expect(queueKindOf('production-leads')).toBe('leads')
    expect(queueKindOf('staging-leads-dlq')).toBe('leads-dlq')
    expect(queueKindOf('unknown')).toBeNull()
  })
})

describe('permissions', () => {
  it('let viewers read but not publish', () => {
    const member = (role: Role): Actor => ({
      kind: 'user',
      userId: 'usr_1',
      tenantId: 'ten_1',
      role,
      branchIds: null,
      sessionId: 'ses_1',
      impersonatorId: null,
    })
    expect(can(member('viewer'), 'leads.read')).toBe(true)
    expect(can(member('viewer'), 'sites.publish')).toBe(false)
    expect(can(member('owner'), 'tenant.manage')).toBe(true)
    expect(can(member('manager'), 'tenant.manage')).toBe(false)
  })

  it('give API keys only what their scopes name, write implying read', () => {
    const key = (scopes: ApiScope[]): Actor => ({
      kind: 'api_key',
      apiKeyId: 'key_1',
      tenantId: 'ten_1',
      scopes,
      branchIds: null,
    })
    expect(can(key(['leads:write']), 'leads.read')).toBe(true)
    expect(can(key(['leads:read']), 'leads.write')).toBe(false)
    expect(can(key(['sites:write']), 'sites.publish')).toBe(true)
    // People-only permissions are out of reach of any key.
    expect(can(key([...API_SCOPES]), 'members.manage')).toBe(false)
    expect(can(key([...API_SCOPES]), 'api_keys.manage')).toBe(false)
  })
})
