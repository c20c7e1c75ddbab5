import { describe, expect, it } from 'vitest'
import { isUnfurler, looksLikeBot, parseUserAgent, summariseUserAgent } from '../../worker/lib/user-agent.ts'

const USER_AGENTS = {
  iphoneSafari:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  iphoneInstagram:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 330.0.0.40.92 (iPhone15,3; iOS 17_5; en_US)',
  ipad: 'Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  androidChrome:
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  androidTablet:
    'Mozilla/5.0 (Linux; Android 13; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  samsung:
    'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36',
  cubot:
    'Mozilla/5.0 (Linux; Android 12; CUBOT KINGKONG 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36',
  windowsEdge:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.70',
  macFirefox: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.7; rv:133.0) Gecko/20100101 Firefox/133.0',
  linuxChrome:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  googlebot:
    'Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
  headless:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
  curl: 'curl/8.5.0',
} as const

const UNFURLERS = {
  WhatsApp: 'WhatsApp/2.23.20.0 A',
  Slack: 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
  X: 'Twitterbot/1.0',
  LinkedIn: 'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)',
  Telegram: 'TelegramBot (like TwitterBot)',
  Facebook: 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
  Discord: 'Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)',
  Teams: 'Mozilla/5.0 (Windows NT 6.1; WOW64) SkypeUriPreview Preview/0.5 skype-url-preview@microsoft.com',
  Pinterest: 'Pinterest/0.2 (+https://www.pinterest.com/bot.html)',
} as const

describe('parseUserAgent', () => {
  it.each([
    ['iphoneSafari', { deviceType: 'mobile', os: 'iOS', browser: 'Safari', platform: 'ios' }],
    ['iphoneInstagram', { deviceType: 'mobile', os: 'iOS', browser: 'Instagram', platform: 'ios' }],
    ['ipad', { deviceType: 'tablet', os: 'iPadOS', browser: 'Safari', platform: 'ios' }],
    ['androidChrome', { deviceType: 'mobile', os: 'Android', browser: 'Chrome', platform: 'android' }],
    ['androidTablet', { deviceType: 'tablet', os: 'Android', browser: 'Chrome', platform: 'android' }],
    ['samsung', { deviceType: 'mobile', os: 'Android', browser: 'Samsung Internet', platform: 'android' }],
    ['cubot', { deviceType: 'mobile', os: 'Android', browser: 'Chrome', platform: 'android' }],
    ['windowsEdge', { deviceType: 'desktop', os: 'Windows', browser: 'Edge', platform: 'desktop' }],
    ['macFirefox', { deviceType: 'desktop', os: 'macOS', browser: 'Firefox', platform: 'desktop' }],
    ['linuxChrome', { deviceType: 'desktop', os: 'Linux', browser: 'Chrome', platform: 'desktop' }],
  ] as const)('%s', (name, expected) => {
    expect(parseUserAgent(USER_AGENTS[name])).toEqual(expected)
  })

  it('gives bots, scripts and a missing header no device, so no device rule matches them', () => {
    for (const ua of [USER_AGENTS.googlebot, USER_AGENTS.headless, USER_AGENTS.curl, null, '']) {
      expect(parseUserAgent(ua)).toEqual({ deviceType: 'other', os: null, browser: null, platform: 'other' })
    }
  })
})

describe('isUnfurler and looksLikeBot', () => {
  it.each(Object.entries(UNFURLERS))('%s link previews are unfurlers (and bots)', (_, ua) => {
    expect(isUnfurler(ua)).toBe(true)
    expect(looksLikeBot(ua)).toBe(true)
  })

  it('tells crawlers and scripts from people, without calling a CUBOT phone a bot', () => {
    for (const ua of [USER_AGENTS.googlebot, USER_AGENTS.headless, USER_AGENTS.curl, null, ' ']) {
      expect(looksLikeBot(ua)).toBe(true)
      expect(isUnfurler(ua)).toBe(false)
    }
    for (const name of [
      'iphoneSafari',
      'iphoneInstagram',
      'androidChrome',
      'cubot',
      'windowsEdge',
    ] as const) {
      expect(looksLikeBot(USER_AGENTS[name])).toBe(false)
      expect(isUnfurler(USER_AGENTS[name])).toBe(false)
    }
  })

  it('does not take the Pinterest in-app browser for its crawler', () => {
    expect(isUnfurler(`${USER_AGENTS.iphoneSafari} [Pinterest/iOS]`)).toBe(false)
  })
})

describe('summariseUserAgent (QR sign-in prompt)', () => {
  it('names phones the way their owners do', () => {
    expect(summariseUserAgent(USER_AGENTS.iphoneSafari)).toBe('Safari on iPhone')
    expect(summariseUserAgent(USER_AGENTS.ipad)).toBe('Safari on iPad')
    expect(summariseUserAgent(USER_AGENTS.windowsEdge)).toBe('Edge on Windows')
    expect(summariseUserAgent(USER_AGENTS.curl)).toBe('An unknown browser')
  })
})
