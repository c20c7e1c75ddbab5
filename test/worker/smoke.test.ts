import { SELF } from 'cloudflare:test'
import { expect, it } from 'vitest'

it('health', async () => {
  const res = await SELF.fetch('http://localhost/health')
  const body = await res.json()
  console.log(JSON.stringify(body))
  expect(body).toMatchObject({ status: 'ok' })
})
