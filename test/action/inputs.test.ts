import { describe, expect, it } from 'vitest'
import { InputError, readInputs } from '../../src/action/inputs.js'

const from = (values: Record<string, string>) => (name: string) => values[name] ?? ''

describe('action inputs', () => {
  it('has safe defaults when nothing is given', () => {
    expect(readInputs(from({}))).toEqual({
      paths: ['.'],
      config: undefined,
      pssLevel: undefined,
      pssVersion: undefined,
      severity: 'note',
      failOn: 'error',
      sarifFile: 'kube-whoami.sarif',
      upload: 'auto',
      waitForProcessing: true,
      annotations: true,
      summary: true,
      changedFilesOnly: false,
      category: undefined,
      token: undefined,
      baseline: undefined,
      registryLookup: true,
      registryToken: undefined,
    })
  })

  it('reads the registry inputs', () => {
    expect(
      readInputs(from({ 'registry-lookup': 'false', 'registry-token': ' t0k ' })),
    ).toMatchObject({
      registryLookup: false,
      registryToken: 't0k',
    })
    expect(() => readInputs(from({ 'registry-lookup': 'maybe' }))).toThrow(
      'input registry-lookup must be true or false, not "maybe"',
    )
  })

  it('reads every input, several paths one per line, levels in any case', () => {
    const inputs = readInputs(
      from({
        path: ' services/a \n\n services/b\r\n',
        config: 'ci/kw.yaml',
        'pss-level': 'baseline',
        'pss-version': 'v1.30',
        severity: 'Warning',
        'fail-on': 'NONE',
        'sarif-file': 'out/kw.sarif',
        upload: 'False',
        'wait-for-processing': 'false',
        annotations: 'FALSE',
        summary: 'false',
        'changed-files-only': 'true',
        category: 'services',
        token: 'ghs_x',
        baseline: '.kube-whoami-baseline.json',
      }),
    )
    expect(inputs).toMatchObject({
      paths: ['services/a', 'services/b'],
      config: 'ci/kw.yaml',
      pssLevel: 'baseline',
      pssVersion: 'v1.30',
      severity: 'warning',
      failOn: 'none',
      sarifFile: 'out/kw.sarif',
      upload: 'false',
      waitForProcessing: false,
      annotations: false,
      summary: false,
      changedFilesOnly: true,
      category: 'services',
      token: 'ghs_x',
      baseline: '.kube-whoami-baseline.json',
    })
    expect(readInputs(from({ upload: 'TRUE' })).upload).toBe('true')
    expect(readInputs(from({ upload: 'Auto' })).upload).toBe('auto')
  })

  it('rejects bad values with the input name and what it accepts', () => {
    const bad: Array<[Record<string, string>, string]> = [
      [
        { 'fail-on': 'critical' },
        'input fail-on must be one of error, warning, note, none, not "critical"',
      ],
      [{ severity: 'none' }, 'input severity must be one of error, warning, note, not "none"'],
      [{ upload: 'yes' }, 'input upload must be auto, true or false, not "yes"'],
      [{ annotations: 'on' }, 'input annotations must be true or false, not "on"'],
    ]
    for (const [values, message] of bad) {
      expect(() => readInputs(from(values))).toThrow(new InputError(message))
    }
  })
})
