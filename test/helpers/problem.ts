// The API's one error envelope (problem+json), as every route test checks it.
import { expect } from 'vitest'
import type { ApiResponse } from './tenant.ts'

/** Fails unless `res` is a problem of this status and code; with `path`, one that names that field. */
export function expectProblem(res: ApiResponse, status: number, code: string, path?: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(status)
  expect(res.headers.get('content-type')).toContain('application/problem+json')
  expect(res.body.code).toBe(code)
  if (path) expect(res.body.errors?.map((e: { path: string }) => e.path)).toContain(path)
}
