// PLACEHOLDER: the helper that owns this part replaces this file.

import { sendJson } from '../json-server.ts'
import type { FakePart } from '../outside-fake.ts'

export function linkedinFake(): FakePart {
  return {
    name: 'linkedin',
    api: async (_req, res) => sendJson(res, 501, { error: 'not built yet' }),
    control: async (_req, res) => sendJson(res, 501, { error: 'not built yet' }),
  }
}
