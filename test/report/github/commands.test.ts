import * as core from '@actions/core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  escapeData,
  escapeProperty,
  stopCommandsToken,
  workflowCommand,
} from '../../../src/report/github/commands.js'
import { parseWorkflowCommands } from '../../action/workflow-commands.js'

/** What @actions/core itself prints for an annotation, for comparison. */
function coreLine(fn: () => void): string {
  const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
  try {
    fn()
    return String(write.mock.calls[0][0]).trimEnd()
  } finally {
    write.mockRestore()
  }
}

afterEach(() => vi.restoreAllMocks())

describe('workflow command escaping', () => {
  it('escapes data as the toolkit does: %, CR and LF only', () => {
    expect(escapeData('100% sure\r\nnext: a, b')).toBe('100%25 sure%0D%0Anext: a, b')
  })

  it('escapes properties also for : and ,', () => {
    expect(escapeProperty('C:\\x, y%\n')).toBe('C%3A\\x%2C y%25%0A')
  })

  it('escapes % first, so an escape sequence in the text survives the round trip', () => {
    const text = 'literal %0A and %3A'
    const line = workflowCommand('warning', [['title', text]], text)
    const [cmd] = parseWorkflowCommands(line)
    expect(cmd.properties.title).toBe(text)
    expect(cmd.data).toBe(text)
  })

  it('produces what @actions/core produces for the same annotation', () => {
    const message = 'container "a" must not set privileged=true\nsee: https://x.example/a,b'
    const props = {
      title: 'Privileged: yes, really (pss-privileged)',
      file: 'deploy/a b.yaml',
      startLine: 3,
      endLine: 3,
      startColumn: 5,
      endColumn: 9,
    }
    const theirs = parseWorkflowCommands(coreLine(() => core.error(message, props)))[0]
    const ours = parseWorkflowCommands(
      workflowCommand(
        'error',
        [
          ['file', props.file],
          ['line', 3],
          ['col', 5],
          ['endLine', 3],
          ['endColumn', 9],
          ['title', props.title],
        ],
        message,
      ),
    )[0]
    expect(ours).toEqual(theirs)
  })

  it('cannot be broken out of by text from the repository', () => {
    const hostile = 'x::warning file=evil::pwned\n::add-mask::secret,title=y'
    const line = workflowCommand(
      'notice',
      [
        ['file', hostile],
        ['title', hostile],
      ],
      hostile,
    )
    expect(line.split('\n')).toHaveLength(1)
    const cmds = parseWorkflowCommands(line)
    expect(cmds).toHaveLength(1)
    expect(cmds[0]).toMatchObject({
      name: 'notice',
      data: hostile,
      properties: { file: hostile, title: hostile },
    })
  })

  it('leaves out empty and undefined properties', () => {
    expect(
      workflowCommand(
        'error',
        [
          ['file', undefined],
          ['title', ''],
        ],
        'm',
      ),
    ).toBe('::error::m')
  })

  it('makes stop-commands tokens that differ every time', () => {
    const a = stopCommandsToken()
    expect(a).toMatch(/^kube-whoami-[0-9a-f-]{36}$/)
    expect(stopCommandsToken()).not.toBe(a)
  })
})
