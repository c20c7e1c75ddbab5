// CRM files test helpers: records written straight into Postgres (as the app role, under the
// tenant), multipart uploads as the dashboard sends them, and files built byte by byte.
import { SELF } from 'cloudflare:test'
import { strToU8, zipSync } from 'fflate'
import { newId } from '../../../../worker/lib/ids.ts'
import { companies, contacts } from '../../../../worker/modules/crm/index.ts'
import { asTenant } from '../../../helpers/pg-direct.ts'

export async function seedContact(
  t: { tenantId: string; branchId: string },
  values: Partial<typeof contacts.$inferInsert> = {},
): Promise<string> {
  const id = newId('contact')
  await asTenant(t.tenantId, (tx) =>
    tx
      .insert(contacts)
      .values({ id, tenantId: t.tenantId, name: `Person ${id.slice(-6)}`, branchId: t.branchId, ...values }),
  )
  return id
}

export async function seedCompany(
  t: { tenantId: string; branchId: string },
  values: Partial<typeof companies.$inferInsert> = {},
): Promise<string> {
  const id = newId('company')
  await asTenant(t.tenantId, (tx) =>
    tx
      .insert(companies)
      .values({ id, tenantId: t.tenantId, name: `Company ${id.slice(-6)}`, branchId: t.branchId, ...values }),
  )
  return id
}

export interface UploadFile {
  bytes: Uint8Array
  name: string
  type?: string
}

/** Posts a multipart upload the way the dashboard does; `fields` replace entity/entityId when given. */
export async function uploadAttachment(
  token: string,
  file: UploadFile | null,
  fields: Record<string, string>,
) {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) form.append(name, value)
  if (file)
    form.append('file', new File([file.bytes], file.name, { type: file.type ?? 'application/octet-stream' }))
  const res = await SELF.fetch('http://localhost/api/v1/attachments', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  })
  return { status: res.status, headers: res.headers, body: (await res.json()) as any }
}

export const text = (s: string) => new TextEncoder().encode(s)

/** A tiny PNG header: enough for the sniffer, which reads only the signature. */
export const png = () =>
  new Uint8Array([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0,
    1, 8, 2, 0, 0, 0,
  ])

export const pdf = (padding = 0) => {
  const head = text('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n')
  const out = new Uint8Array(head.length + padding)
  out.set(head)
  return out
}

/** A Windows program's first bytes (MZ header), whatever it is named. */
export const exe = () => {
  const out = new Uint8Array(512)
  out.set([0x4d, 0x5a, 0x90, 0x00, 0x03])
  return out
}

const CONTENT_TYPES = (main: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="${main}"/></Types>`

/** A .docx as far as the sniffer cares: a ZIP whose [Content_Types].xml names a Word document. */
export const docx = (
  main = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
) =>
  zipSync({
    '[Content_Types].xml': strToU8(CONTENT_TYPES(main)),
    'word/document.xml': strToU8('<w:document/>'),
  })

/** A plain ZIP (no Office manifest). */
export const zip = () => zipSync({ 'notes.txt': strToU8('hello') })
