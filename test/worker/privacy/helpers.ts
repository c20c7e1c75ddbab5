import { SELF } from 'cloudflare:test'
import { strFromU8, unzipSync } from 'fflate'
import { deliver, leadMessage, testContact } from '../../helpers/queue.ts'
import type { TestTenant } from '../../helpers/tenant.ts'

/** Stores a lead through the real `leads` consumer, as a form submission would. */
export async function storeLead(t: TestTenant, name: string) {
  const message = leadMessage(t, { contact: testContact(name), message: 'Table for two' })
  const result = await deliver('leads', [message])
  if (result.explicitAcks.length !== 1) throw new Error('the lead was not stored')
  return message
}

export { deliver }

/** Polls the export list until the export is ready or failed (the queue consumer runs on its own timer). */
export async function waitForExport(t: TestTenant, exportId: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs
  const seen: number[] = []
  while (Date.now() < deadline) {
    const list = await t.get('/api/v1/privacy/exports')
    const row = list.body.data.find((e: { id: string }) => e.id === exportId)
    if (row) seen.push(row.progress)
    if (row && (row.status === 'ready' || row.status === 'failed')) return { row, seen }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`export ${exportId} did not finish within ${timeoutMs} ms`)
}

/** The path and query of a link from an e-mail, to fetch against the test Worker. */
export const pathOf = (link: string) => {
  const url = new URL(link)
  return url.pathname + url.search
}

/** Downloads an archive and unzips it into { file name: text }. */
export async function downloadArchive(path: string) {
  const res = await SELF.fetch(`http://localhost${path}`)
  if (res.status !== 200) throw new Error(`download answered ${res.status}: ${await res.text()}`)
  const files = unzipSync(new Uint8Array(await res.arrayBuffer()))
  const text = Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]))
  return { res, text, json: (name: string) => JSON.parse(text[name] ?? 'null') }
}
