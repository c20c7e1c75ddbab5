// Owner-entered addresses: only public http(s) hosts pass, whatever way a private one is written.
import { describe, expect, it } from 'vitest'
import { ApiError } from '../../worker/lib/errors.ts'
import { assertPublicHttpUrl, checkPublicHttpUrl, privateHostReason } from '../../worker/lib/public-url.ts'

describe('assertPublicHttpUrl', () => {
  it.each([
    'https://example.com',
    'http://example.com/menu?x=1#top',
    'https://g.page/r/abc/review',
    'https://8.8.8.8/',
    'https://[2606:4700:4700::1111]/',
    'https://sub.domain.co.uk:8443/path',
    'https://xn--caf-dma.example/',
    'https://172.32.0.1/',
    'https://100.128.0.1/',
  ])('accepts %s', (url) => {
    expect(assertPublicHttpUrl(url, 'url')).toBeInstanceOf(URL)
  })

  it.each([
    ['javascript:alert(1)', /https:\/\/ or http:\/\//],
    ['JAVASCRIPT:alert(1)', /https:\/\/ or http:\/\//],
    ['data:text/html,hi', /https:\/\/ or http:\/\//],
    ['file:///etc/passwd', /https:\/\/ or http:\/\//],
    ['mailto:a@example.com', /https:\/\/ or http:\/\//],
    ['example.com', /full web address/],
    ['', /full web address/],
    ['https://user:pass@example.com/', /user name or password/],
    ['https://user@example.com/', /user name or password/],
    ['http://localhost/', /local host name/],
    ['http://LOCALHOST./', /local host name/],
    ['http://app.localhost/', /local host name/],
    ['http://printer.local/', /local host name/],
    ['http://db.internal/', /local host name/],
    ['http://router.home.arpa/', /local host name/],
    ['http://intranet/', /full public host name/],
    ['http://127.0.0.1/', /private/],
    ['http://127.1/', /private/],
    ['http://2130706433/', /private/],
    ['http://0x7f000001/', /private/],
    ['http://0.0.0.0/', /private/],
    ['http://10.0.0.1/', /private/],
    ['http://172.16.5.4/', /private/],
    ['http://172.31.255.255/', /private/],
    ['http://192.168.0.10/', /private/],
    ['http://169.254.169.254/', /private/],
    ['http://100.64.0.1/', /private/],
    ['http://224.0.0.1/', /private/],
    ['http://255.255.255.255/', /private/],
    ['http://[::1]/', /private/],
    ['http://[::]/', /private/],
    ['http://[fc00::1]/', /private/],
    ['http://[fd12:3456::1]/', /private/],
    ['http://[fe80::1]/', /private/],
    ['http://[ff02::1]/', /private/],
    ['http://[::ffff:10.0.0.1]/', /private/],
    ['http://[::ffff:7f00:1]/', /private/],
    ['http://[64:ff9b::a00:1]/', /private/],
    ['http://[2002:c0a8:101::1]/', /private/],
    ['http://[2001:db8::1]/', /private/],
  ])('refuses %s', (url, reason) => {
    const checked = checkPublicHttpUrl(url)
    expect(checked.ok).toBe(false)
    if (!checked.ok) expect(checked.reason).toMatch(reason)
    try {
      assertPublicHttpUrl(url, 'target.url')
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(ApiError)
      const api = error as ApiError
      expect(api.code).toBe('BAD_REQUEST')
      expect(api.extra.errors).toEqual([{ path: 'target.url', message: api.message }])
    }
  })

  it('keeps public IPv4 addresses embedded in IPv6 forms', () => {
    expect(privateHostReason('[::ffff:8.8.8.8]')).toBeNull()
    expect(privateHostReason('[64:ff9b::808:808]')).toBeNull()
  })
})
