/** Sprig's urlParse/urlJoin over Go's net/url Parse and URL.String. */
import type { GoMap, GoValue } from '../../template/value.js'
import { strval } from './fmtv.js'
import { goPanic } from './gopanic.js'
import { goKindName } from './types.js'

type Mode = 'path' | 'host' | 'zone' | 'userPassword' | 'queryComponent' | 'fragment'

/** net/url shouldEscape. */
function shouldEscape(c: number, mode: Mode): boolean {
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) return false
  const ch = String.fromCharCode(c)
  if (mode === 'host' || mode === 'zone') {
    if ('!$&\'()*+,;=:[]<>"'.includes(ch)) return false
  }
  if ('-_.~'.includes(ch)) return false
  if ('$&+,/:;=?@'.includes(ch)) {
    switch (mode) {
      case 'path':
        return ch === '?'
      case 'userPassword':
        return ch === '@' || ch === '/' || ch === '?' || ch === ':'
      case 'queryComponent':
        return true
      case 'fragment':
        return false
      default:
        return false
    }
  }
  if (mode === 'fragment' && '!()*'.includes(ch)) return false
  return true
}

function escape(s: string, mode: Mode): string {
  let out = ''
  for (const b of Buffer.from(s, 'utf8')) {
    if (shouldEscape(b, mode)) out += '%' + b.toString(16).toUpperCase().padStart(2, '0')
    else out += String.fromCharCode(b)
  }
  return out
}

class UrlError extends Error {}

function unescape(s: string, mode: Mode): string {
  const bytes: number[] = []
  const src = Buffer.from(s, 'utf8')
  for (let i = 0; i < src.length; i++) {
    const b = src[i]
    if (b === 0x25) {
      const hex = src.subarray(i + 1, i + 3).toString('latin1')
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) {
        const bad = src.subarray(i, Math.min(i + 3, src.length)).toString('utf8')
        throw new UrlError(`invalid URL escape ${JSON.stringify(bad)}`)
      }
      bytes.push(parseInt(hex, 16))
      i += 2
    } else if (b === 0x2b && mode === 'queryComponent') bytes.push(0x20)
    else {
      if ((mode === 'host' || mode === 'zone') && b < 0x80 && shouldEscape(b, mode)) {
        throw new UrlError(
          `invalid character ${JSON.stringify(String.fromCharCode(b))} in host name`,
        )
      }
      bytes.push(b)
    }
  }
  return Buffer.from(bytes).toString('utf8')
}

interface ParsedUrl {
  scheme: string
  opaque: string
  user: { username: string; password?: string } | null
  host: string
  path: string
  rawQuery: string
  fragment: string
}

function getScheme(raw: string): [string, string] {
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]
    if (/[a-zA-Z]/.test(c)) continue
    if (/[0-9+.-]/.test(c)) {
      if (i === 0) return ['', raw]
      continue
    }
    if (c === ':') {
      if (i === 0) throw new UrlError('missing protocol scheme')
      return [raw.slice(0, i), raw.slice(i + 1)]
    }
    return ['', raw]
  }
  return ['', raw]
}

function parseHost(host: string): string {
  if (host.startsWith('[')) {
    const i = host.lastIndexOf(']')
    if (i < 0) throw new UrlError("missing ']' in host")
    const colonPort = host.slice(i + 1)
    if (colonPort !== '' && !/^:[0-9]*$/.test(colonPort)) {
      throw new UrlError(`invalid port ${JSON.stringify(colonPort)} after host`)
    }
    return unescape(host, 'host')
  }
  const i = host.lastIndexOf(':')
  if (i >= 0) {
    const colonPort = host.slice(i)
    if (!/^:[0-9]*$/.test(colonPort)) {
      throw new UrlError(`invalid port ${JSON.stringify(colonPort)} after host`)
    }
  }
  return unescape(host, 'host')
}

/** url.Parse. */
export function parseUrl(rawURL: string): ParsedUrl {
  const hash = rawURL.indexOf('#')
  const u = hash >= 0 ? rawURL.slice(0, hash) : rawURL
  const frag = hash >= 0 ? rawURL.slice(hash + 1) : ''
  const wrap = (msg: string): never => {
    throw new UrlError(`parse ${JSON.stringify(rawURL)}: ${msg}`)
  }
  try {
    // eslint-disable-next-line no-control-regex
    if (/[\x00-\x1f\x7f]/.test(u)) throw new UrlError('net/url: invalid control character in URL')
    const url: ParsedUrl = {
      scheme: '',
      opaque: '',
      user: null,
      host: '',
      path: '',
      rawQuery: '',
      fragment: '',
    }
    if (u === '' || u === '*') {
      url.path = u
    } else {
      let rest: string
      ;[url.scheme, rest] = getScheme(u)
      url.scheme = url.scheme.toLowerCase()
      const q = rest.indexOf('?')
      if (q >= 0) {
        url.rawQuery = rest.slice(q + 1)
        rest = rest.slice(0, q)
      }
      if (!rest.startsWith('/')) {
        if (url.scheme !== '') {
          url.opaque = rest
          url.fragment = unescape(frag, 'fragment')
          return url
        }
        const colon = rest.indexOf(':')
        const slash = rest.indexOf('/')
        if (colon >= 0 && (slash < 0 || colon < slash)) {
          throw new UrlError('first path segment in URL cannot contain colon')
        }
      }
      if ((url.scheme !== '' || !rest.startsWith('///')) && rest.startsWith('//')) {
        const auth0 = rest.slice(2)
        const slash = auth0.indexOf('/')
        const authority = slash >= 0 ? auth0.slice(0, slash) : auth0
        rest = slash >= 0 ? auth0.slice(slash) : ''
        const at = authority.lastIndexOf('@')
        if (at >= 0) {
          const userinfo = authority.slice(0, at)
          const colon = userinfo.indexOf(':')
          if (colon < 0) url.user = { username: unescape(userinfo, 'userPassword') }
          else {
            url.user = {
              username: unescape(userinfo.slice(0, colon), 'userPassword'),
              password: unescape(userinfo.slice(colon + 1), 'userPassword'),
            }
          }
        }
        url.host = parseHost(at >= 0 ? authority.slice(at + 1) : authority)
      }
      url.path = unescape(rest, 'path')
    }
    url.fragment = unescape(frag, 'fragment')
    return url
  } catch (e) {
    return wrap((e as Error).message)
  }
}

function userString(user: { username: string; password?: string }): string {
  let s = escape(user.username, 'userPassword')
  if (user.password !== undefined) s += ':' + escape(user.password, 'userPassword')
  return s
}

function hostname(host: string): string {
  if (host.startsWith('[')) {
    const i = host.indexOf(']')
    return i >= 0 ? host.slice(1, i) : host.slice(1)
  }
  const i = host.lastIndexOf(':')
  return i >= 0 && /^:[0-9]*$/.test(host.slice(i)) ? host.slice(0, i) : host
}

export function urlParse(v: GoValue): GoMap {
  const s = typeof v === 'string' ? v : strval(v)
  let u: ParsedUrl
  try {
    u = parseUrl(s)
  } catch (e) {
    return goPanic(`unable to parse url: ${(e as Error).message}`)
  }
  return {
    scheme: u.scheme,
    host: u.host,
    hostname: hostname(u.host),
    path: u.path,
    query: u.rawQuery,
    opaque: u.opaque,
    fragment: u.fragment,
    userinfo: u.user ? userString(u.user) : '',
  }
}

function dictGetOrEmpty(d: GoMap, key: string): string {
  if (!Object.prototype.hasOwnProperty.call(d, key)) return ''
  const v = d[key]
  if (typeof v !== 'string') {
    goPanic(
      `unable to parse ${key} key, must be of type string, but ${v === null ? 'invalid' : goKindName(v)} found`,
    )
  }
  return v
}

export function urlJoin(d: GoValue): string {
  const m = (d ?? {}) as GoMap
  const scheme = dictGetOrEmpty(m, 'scheme')
  const host = dictGetOrEmpty(m, 'host')
  const path = dictGetOrEmpty(m, 'path')
  const rawQuery = dictGetOrEmpty(m, 'query')
  const opaque = dictGetOrEmpty(m, 'opaque')
  const fragment = dictGetOrEmpty(m, 'fragment')
  const userinfo = dictGetOrEmpty(m, 'userinfo')
  let user: ParsedUrl['user'] = null
  if (userinfo !== '') {
    try {
      user = parseUrl(`proto://${userinfo}@host`).user
    } catch (e) {
      goPanic(`unable to parse userinfo in dict: ${(e as Error).message}`)
    }
  }
  let out = ''
  if (scheme !== '') out += scheme + ':'
  if (opaque !== '') out += opaque
  else {
    if (scheme !== '' || host !== '' || user !== null) {
      if (host !== '' || path !== '' || user !== null) out += '//'
      if (user) out += userString(user) + '@'
      if (host !== '') out += escape(host, 'host')
    }
    const p = path === '*' ? '*' : escape(path, 'path')
    if (p !== '' && p[0] !== '/' && host !== '') out += '/'
    if (out === '' && p.split('/')[0].includes(':')) out += './'
    out += p
  }
  if (rawQuery !== '') out += '?' + rawQuery
  if (fragment !== '') out += '#' + escape(fragment, 'fragment')
  return out
}
