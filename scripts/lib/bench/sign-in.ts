import { DEMO } from '../demo.ts'

/**
 * Signs in as the demo owner and returns a bearer access token, so that authentication (one D1
 * read) is part of every measured API request, as it is for a real API client.
 */
export async function signInAsDemoOwner(url: string, host: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/auth/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', host },
    body: JSON.stringify({ email: DEMO.email, password: DEMO.password, tokenDelivery: 'body' }),
  })
  const body = (await res.json()) as { accessToken?: string }
  if (!res.ok || !body.accessToken)
    throw new Error(`Signing in answered ${res.status}: ${JSON.stringify(body)}`)
  return body.accessToken
}
