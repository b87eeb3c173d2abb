/**
 * Secrets the action holds (its token) must not reach anything it writes. The runner masks
 * registered secrets in the log only; the SARIF file and the job summary are kept as they
 * are written. A repository can make the scan quote text it controls (an image name read
 * from an `.env`, a template's error message), so every report is scrubbed before writing.
 */
import { setSecret } from '@actions/core'

export type Scrub = (text: string) => string

/** The forms a token takes where git and HTTP clients keep it. */
export function secretForms(token: string): string[] {
  const forms = [
    token,
    // actions/checkout persists `AUTHORIZATION: basic base64(x-access-token:TOKEN)`.
    Buffer.from(`x-access-token:${token}`).toString('base64'),
    Buffer.from(token).toString('base64'),
  ]
  return [...new Set(forms.filter((f) => f.length >= 8))]
}

/** A scrubber for the given secrets (each masked in the log too); identity when there are none. */
export function secretScrubber(secrets: readonly (string | undefined)[]): Scrub {
  const forms = secrets.flatMap((s) => (s ? secretForms(s) : []))
  if (!forms.length) return (text) => text
  for (const f of forms) setSecret(f)
  // Longest first, so that a form containing another is replaced whole.
  forms.sort((a, b) => b.length - a.length)
  return (text) => {
    let out = text
    for (const f of forms) if (out.includes(f)) out = out.split(f).join('***')
    return out
  }
}
