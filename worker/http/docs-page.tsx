/** @jsxImportSource hono/jsx */
// The API reference, rendered on the server from the OpenAPI document: no script, no CDN.
import { raw } from 'hono/html'
import { sha256Base64 } from '../lib/crypto.ts'

type Json = Record<string, unknown>
interface Operation {
  summary?: string
  description?: string
  tags?: string[]
  parameters?: { name: string; in: string; required?: boolean }[]
  requestBody?: { content?: Record<string, { schema?: Json }> }
  responses?: Record<string, { description?: string }>
}

const STYLE =
  'body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:auto;padding:1rem;color:#1f2933}h2{border-bottom:1px solid #d9e2ec;padding-bottom:.25rem;margin-top:2rem}article{border:1px solid #d9e2ec;border-radius:.5rem;padding:.75rem 1rem;margin:.75rem 0}code{background:#f0f4f8;padding:.1rem .3rem;border-radius:.25rem}.m{font-weight:700;text-transform:uppercase;margin-inline-end:.5rem;color:#0f766e}pre{background:#f0f4f8;padding:.5rem;overflow:auto;font-size:13px}'

const schemaName = (schema: Json | undefined) =>
  typeof schema?.$ref === 'string' ? schema.$ref.split('/').at(-1) : schema ? 'inline schema' : undefined

export async function renderDocsPage(doc: {
  info: { title: string; version: string }
  paths?: Record<string, Record<string, Operation>>
  components?: { schemas?: Record<string, Json> }
}) {
  const operations = Object.entries(doc.paths ?? {}).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op })),
  )
  const tags = [...new Set(operations.map((o) => o.op.tags?.[0] ?? 'Other'))]
  const page = (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width,initial-scale=1" />
        <title>{`${doc.info.title} API reference`}</title>
        <style>{raw(STYLE)}</style>
      </head>
      <body>
        <header>
          <h1>
            {doc.info.title} API <small>v{doc.info.version}</small>
          </h1>
          <p>
            Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a>. Errors are{' '}
            <code>application/problem+json</code> with a <code>code</code> and a <code>requestId</code>.
          </p>
        </header>
        <main>
          {tags.map((tag) => (
            <section aria-label={tag}>
              <h2>{tag}</h2>
              {operations
                .filter((o) => (o.op.tags?.[0] ?? 'Other') === tag)
                .map(({ path, method, op }) => (
                  <article>
                    <h3>
                      <span class="m">{method}</span>
                      <code>{path}</code>
                    </h3>
                    {op.summary ? <p>{op.summary}</p> : null}
                    {op.description ? <p>{op.description}</p> : null}
                    {op.parameters?.length ? (
                      <p>
                        Parameters:{' '}
                        {op.parameters
                          .map((p) => `${p.name} (${p.in}${p.required ? ', required' : ''})`)
                          .join(', ')}
                      </p>
                    ) : null}
                    {op.requestBody ? (
                      <p>Body: {schemaName(op.requestBody.content?.['application/json']?.schema)}</p>
                    ) : null}
                    <ul>
                      {Object.entries(op.responses ?? {}).map(([status, r]) => (
                        <li>
                          <code>{status}</code> {r.description}
                        </li>
                      ))}
                    </ul>
                  </article>
                ))}
            </section>
          ))}
          <section aria-label="Schemas">
            <h2>Schemas</h2>
            {Object.entries(doc.components?.schemas ?? {}).map(([name, schema]) => (
              <details>
                <summary>{name}</summary>
                <pre>{JSON.stringify(schema, null, 2)}</pre>
              </details>
            ))}
          </section>
        </main>
      </body>
    </html>
  )
  const csp = `default-src 'none'; style-src 'sha256-${await sha256Base64(STYLE)}'; frame-ancestors 'none'`
  return { html: `<!doctype html>${await page.toString()}`, csp }
}
