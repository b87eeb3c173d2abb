import { describe, expect, it } from 'vitest'
import {
  ANNOTATIONS_PER_LEVEL,
  annotationFor,
  hiddenAnnotationsText,
  planAnnotations,
} from '../../../src/report/github/annotations.js'
import { parseWorkflowCommands } from '../../action/workflow-commands.js'
import { finding } from './findings.js'

const same = (f: string) => f

describe('annotations', () => {
  it('places a finding on its repository path with line, columns (inclusive end), title and docs link', () => {
    const f = finding('pss-privileged', 'error', 'deploy/a.yaml', 24, {
      message: 'violates PodSecurity "baseline:latest": privileged',
      related: [
        {
          range: {
            file: 'services/api/Dockerfile',
            startLine: 13,
            startColumn: 1,
            endLine: 13,
            endColumn: 10,
          },
          message: 'USER root',
        },
      ],
    })
    const [cmd] = parseWorkflowCommands(
      annotationFor(f, { repoPath: same, ruleTitle: () => 'Container runs privileged' }),
    )
    expect(cmd).toEqual({
      name: 'error',
      line: 1,
      properties: {
        file: 'deploy/a.yaml',
        line: '24',
        col: '3',
        endLine: '24',
        endColumn: '9',
        title: 'Container runs privileged (pss-privileged)',
      },
      data:
        'violates PodSecurity "baseline:latest": privileged\n' +
        '↳ services/api/Dockerfile:13: USER root\n' +
        'pss-privileged: https://github.com/kube-whoami/kube-whoami/blob/main/docs/rules/pss-privileged.md',
    })
  })

  it('gives multi-line ranges no columns, and notes the notice command', () => {
    const f = finding('pss-restricted-volumes', 'note', 'a.yaml', 33, {
      range: { file: 'a.yaml', startLine: 33, startColumn: 11, endLine: 35, endColumn: 4 },
    })
    const [cmd] = parseWorkflowCommands(annotationFor(f, { repoPath: same }))
    expect(cmd.name).toBe('notice')
    expect(cmd.properties).toEqual({
      file: 'a.yaml',
      line: '33',
      endLine: '35',
      title: 'kube-whoami: pss-restricted-volumes',
    })
  })

  it('keeps the place in the message when the file is outside the repository', () => {
    const f = finding('pss-privileged', 'warning', 'x.yaml', 5)
    const [cmd] = parseWorkflowCommands(annotationFor(f, { repoPath: () => undefined }))
    expect(cmd.properties.file).toBeUndefined()
    expect(cmd.data.startsWith('x.yaml:5: ')).toBe(true)
  })

  it('emits errors, then warnings, then notes; within a level by priority, then by place', () => {
    const findings = [
      finding('n', 'note', 'a.yaml', 1),
      finding('low', 'error', 'a.yaml', 9),
      finding('w', 'warning', 'a.yaml', 2),
      finding('high', 'error', 'z.yaml', 1),
      finding('low', 'error', 'a.yaml', 3),
    ]
    const plan = planAnnotations(findings, {
      repoPath: same,
      priority: (f) => (f.ruleId === 'high' ? 9 : 1),
    })
    const cmds = plan.lines.map((l) => parseWorkflowCommands(l)[0])
    expect(cmds.map((c) => `${c.name} ${c.properties.file}:${c.properties.line}`)).toEqual([
      'error z.yaml:1',
      'error a.yaml:3',
      'error a.yaml:9',
      'warning a.yaml:2',
      'notice a.yaml:1',
    ])
  })

  it('keeps the kubelet refusals and baseline violations in the 10 slots, ahead of hardening advice', () => {
    const hardening = Array.from({ length: 12 }, (_, i) =>
      finding('pss-seccomp-restricted', 'warning', 'a.yaml', i + 1, {
        properties: { pss: { level: 'restricted' } },
      }),
    )
    const findings = [
      ...Array.from({ length: 12 }, (_, i) =>
        finding('pss-capabilities-baseline', 'error', 'a.yaml', i + 1, {
          properties: { pss: { level: 'baseline' } },
        }),
      ),
      finding('runasnonroot-image-root', 'error', 'z.yaml', 40),
      ...hardening,
      finding('container-runs-as-root', 'warning', 'z.yaml', 50),
    ]
    const plan = planAnnotations(findings, { repoPath: same, severity: () => 5 })
    const cmds = plan.lines.map((l) => parseWorkflowCommands(l)[0])
    expect(cmds[0].properties.file).toBe('z.yaml')
    expect(cmds[0].properties.line).toBe('40')
    expect(cmds.filter((c) => c.name === 'error')).toHaveLength(10)
    const warnings = cmds.filter((c) => c.name === 'warning')
    expect(warnings[0].properties).toMatchObject({ file: 'z.yaml', line: '50' })
  })

  it('stays within GitHub’s 10 per level, less the slots the step needs, and counts the rest', () => {
    const findings = [
      ...Array.from({ length: 25 }, (_, i) => finding('e', 'error', 'e.yaml', i + 1)),
      ...Array.from({ length: 12 }, (_, i) => finding('w', 'warning', 'w.yaml', i + 1)),
      ...Array.from({ length: 3 }, (_, i) => finding('n', 'note', 'n.yaml', i + 1)),
    ]
    const plan = planAnnotations(findings, { repoPath: same, reserved: { error: 1, warning: 2 } })
    expect(ANNOTATIONS_PER_LEVEL).toBe(10)
    expect(plan.shown).toEqual({ error: 9, warning: 8, note: 3 })
    expect(plan.total).toEqual({ error: 25, warning: 12, note: 3 })
    expect(plan.lines).toHaveLength(20)
    // The most important first: the lowest lines of the error file.
    expect(parseWorkflowCommands(plan.lines[8])[0].properties.line).toBe('9')
    expect(hiddenAnnotationsText(plan)).toBe(
      '16 errors and 4 warnings not shown as annotations: GitHub shows at most 10 annotations per level for a step.',
    )
  })

  it('skips suppressed findings and says nothing when all fit', () => {
    const plan = planAnnotations(
      [
        finding('a', 'error', 'a.yaml', 1),
        finding('b', 'error', 'a.yaml', 2, { suppression: { kind: 'inSource' } }),
      ],
      { repoPath: same },
    )
    expect(plan.lines).toHaveLength(1)
    expect(plan.total.error).toBe(1)
    expect(hiddenAnnotationsText(plan)).toBeUndefined()
  })

  it('escapes hostile messages into one command line', () => {
    const f = finding('r', 'warning', 'a,b:c.yaml', 1, { message: 'bad\n::error::injected %0A' })
    const [line] = planAnnotations([f], { repoPath: same }).lines
    expect(line.split('\n')).toHaveLength(1)
    const cmds = parseWorkflowCommands(line)
    expect(cmds).toHaveLength(1)
    expect(cmds[0].properties.file).toBe('a,b:c.yaml')
    expect(cmds[0].data.split('\n')[0]).toBe('bad')
    expect(cmds[0].data.split('\n')[1]).toBe('::error::injected %0A')
  })
})
