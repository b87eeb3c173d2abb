/**
 * The `format` checks santhosh-tekuri/jsonschema asserts for drafts 4, 6 and 7, with its
 * messages. Unknown formats pass, as there. Only strings are checked.
 */
import type { GoValue } from '../../template/value.js'
import { quoteRune } from '../../template/strconv.js'

function ipv4(s: string): string | undefined {
  const groups = s.split('.')
  if (groups.length !== 4) return 'expected four decimals'
  for (const g of groups) {
    if (g.length > 1 && g[0] === '0') return 'leading zeros'
    if (!/^[+-]?[0-9]+$/.test(g)) return `strconv.Atoi: parsing "${g}": invalid syntax`
    const n = Number(g)
    if (n < 0 || n > 255) return 'decimal must be between 0 and 255'
  }
  return undefined
}

function ipv6(s: string): string | undefined {
  if (!s.includes(':')) return 'missing colon'
  if (s.includes('%')) return 'zone id is not a part of ipv6 address'
  const parts = s.split('::')
  if (parts.length > 2) return `ParseAddr("${s}"): multiple :: in address`
  const groups = parts.flatMap((p) => (p === '' ? [] : p.split(':')))
  let count = 0
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]
    if (i === groups.length - 1 && g.includes('.')) {
      if (ipv4(g)) return `ParseAddr("${s}"): invalid IPv4 field`
      count += 2
      continue
    }
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return `ParseAddr("${s}"): invalid IPv6 address`
    count++
  }
  if (parts.length === 1 ? count !== 8 : count > 7) return `ParseAddr("${s}"): invalid IPv6 address`
  return undefined
}

function hostname(input: string): string | undefined {
  const s = input.endsWith('.') ? input.slice(0, -1) : input
  if (Buffer.byteLength(s) > 253) return 'more than 253 characters long'
  for (const label of s.split('.')) {
    const len = Buffer.byteLength(label)
    if (len < 1 || len > 63) return 'label must be 1 to 63 characters long'
    if (label.startsWith('-')) return 'label starts with hyphen'
    if (label.endsWith('-')) return 'label ends with hyphen'
    for (const ch of label) {
      if (!/[a-zA-Z0-9-]/.test(ch)) return `invalid character ${quoteRune(ch.codePointAt(0)!)}`
    }
  }
  return undefined
}

function email(s: string): string | undefined {
  if (Buffer.byteLength(s) > 254) return 'more than 255 characters long'
  const at = s.lastIndexOf('@')
  if (at < 0) return 'missing @'
  const local = s.slice(0, at)
  let domain = s.slice(at + 1)
  if (Buffer.byteLength(local) > 64) return 'local part more than 64 characters long'
  if (local.length > 1 && local.startsWith('"')) {
    const inner = local.slice(1, -1)
    if (inner.includes('\\') || inner.includes('"')) {
      return 'backslash and quote are not allowed within quoted local part'
    }
  } else {
    if (local.startsWith('.')) return 'starts with dot'
    if (local.endsWith('.')) return 'ends with dot'
    if (local.includes('..')) return 'consecutive dots'
    for (const ch of local) {
      if (!/[a-zA-Z0-9]/.test(ch) && !".!#$%&'*+-/=?^_`{|}~".includes(ch)) {
        return `invalid character ${quoteRune(ch.codePointAt(0)!)}`
      }
    }
  }
  if (domain.startsWith('[') && domain.endsWith(']')) {
    domain = domain.slice(1, -1)
    if (domain.startsWith('IPv6:')) {
      const e = ipv6(domain.slice(5))
      return e ? `invalid ipv6 address: ${e}` : undefined
    }
    const e = ipv4(domain)
    return e ? `invalid ipv4 address: ${e}` : undefined
  }
  const e = hostname(domain)
  return e ? `invalid domain: ${e}` : undefined
}

function uuid(s: string): string | undefined {
  const sizes = [8, 4, 4, 4, 12]
  const groups = s.split('-')
  if (groups.length !== sizes.length) return `must have ${sizes.length} elements`
  for (let i = 0; i < groups.length; i++) {
    if (groups[i].length !== sizes[i]) return `element ${i + 1} must be ${sizes[i]} characters long`
    for (const ch of groups[i]) {
      if (!/[0-9a-fA-F]/.test(ch)) return `non-hex character ${quoteRune(ch.codePointAt(0)!)}`
    }
  }
  return undefined
}

function date(s: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
  if (!m) return `parsing time "${s}" as "2006-01-02": cannot parse "${s}" as "2006"`
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (mo < 1 || mo > 12) return `parsing time "${s}": month out of range`
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate()
  if (d < 1 || d > days) return `parsing time "${s}": day out of range`
  return undefined
}

function dateTime(s: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})[tT](\d{2}):(\d{2}):(\d{2})(\.\d+)?([zZ]|[+-]\d{2}:\d{2})$/.exec(s)
  if (!m) return 'not a valid date-time'
  const d = date(m[1])
  if (d) return d
  if (Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[4]) > 60) return 'not a valid time'
  return undefined
}

function uri(s: string, absolute: boolean): string | undefined {
  if (!absolute && s.includes('\\')) return 'contains \\'
  if ([...s].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f))
    return `parse "${s}": net/url: invalid control character in URL`
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(s)
  if (absolute && !scheme) return 'relative url'
  return undefined
}

const checks: Record<string, (s: string) => string | undefined> = {
  ipv4,
  ipv6,
  hostname,
  email,
  uuid,
  date,
  'date-time': dateTime,
  uri: (s) => uri(s, true),
  iri: (s) => uri(s, true),
  'uri-reference': (s) => uri(s, false),
  'iri-reference': (s) => uri(s, false),
}

/** The problem with `v` for `format`, or undefined when it conforms (or is not checked). */
export function checkFormat(format: string, v: GoValue): string | undefined {
  if (typeof v !== 'string') return undefined
  const check = Object.hasOwn(checks, format) ? checks[format] : undefined
  return check ? check(v) : undefined
}
