/** The RUN shell reader: syntax, evaluation, and which commands run with the default build args. */
import { describe, expect, it } from 'vitest'
import { parseScript } from '../../src/shell/parser.js'
import { walkScript, type CommandVisit } from '../../src/dockerfile/shell/walk.js'

function run(src: string, vars: Record<string, string> = {}, arch = 'amd64') {
  const seen: CommandVisit[] = []
  const errors = walkScript(
    src,
    { lookup: (n) => vars[n], platform: { os: 'linux', arch }, cwd: '/work' },
    (v) => seen.push(v),
  )
  return {
    errors,
    /** `argv...` of every command, `?` marks a conditional one. */
    cmds: seen.map((v) => (v.conditional ? '? ' : '') + v.argv.map((a) => a.text).join(' ')),
    visits: seen,
  }
}

describe('syntax', () => {
  it('quotes, escapes, && || ; | and comments', () => {
    const r = run(`set -eux; echo 'a b' "c $X" d\\ e | tr a b && false || true # done`, { X: 'x' })
    expect(r.errors).toEqual([])
    expect(r.cmds).toEqual(['set -eux', 'echo a b c x d e', 'tr a b', 'false', 'true'])
  })

  it('$(...), backticks and $((...)) stay as written when unknown', () => {
    const r = run('dir="$(mktemp -d)"; chmod 777 "$dir" `which x` $((1+2))')
    expect(r.cmds).toEqual(['chmod 777 $dir `which x` $((1+2))'])
    expect(r.visits[0].argv.map((a) => a.known)).toEqual([true, true, false, false, false])
  })

  it('line continuations and a here-document inside the script', () => {
    const r = run('cat <<EOF > /x \\\n  && echo after\nline $HOME\nEOF\necho next')
    expect(r.cmds).toEqual(['cat', 'echo after', 'echo next'])
    expect(r.visits[0].redirs.map((x) => [x.op, x.target.text, x.heredoc])).toEqual([
      ['<<', 'EOF', 'line $HOME\n'],
      ['>', '/x', undefined],
    ])
  })

  it('every script of real Dockerfiles parses: if/elif/else, case, for, while, functions, arrays, subshells', () => {
    const src = `
f() { echo in-f; }
if [ -f /a ]; then echo a; elif test -n "$B"; then echo b; else echo c; fi
case "$x" in a|b) echo ab ;; *) echo other ;; esac
for d in /a /b; do mkdir -p "$d"; done
while read line; do echo "$line"; done < /etc/hosts
arr=( /x /y ); ( cd /tmp && echo sub ) 2>/dev/null
{ echo g; } > /dev/null
! grep -q x /y
`
    const p = parseScript(src)
    expect(p.errors).toEqual([])
  })

  it('reports what it cannot parse, with offsets', () => {
    const p = parseScript('if true; then echo x')
    expect(p.errors[0]).toMatchObject({ message: "expected 'fi' in if, found end of script" })
    expect(parseScript("echo 'open").errors[0].message).toBe('unterminated single-quoted string')
  })
})

describe('evaluation', () => {
  it('Dockerfile ARG/ENV values, script assignments, export, ${V:-d} and ${V##pat}', () => {
    const r = run('A=1; export B="${A}2"; echo $B ${UNSET:-dflt} ${ARCH##*-} ${NGINX}', {
      ARCH: 'linux-amd64',
      NGINX: '1.27',
    })
    expect(r.cmds.at(-1)).toBe('echo 12 ${UNSET:-dflt} amd64 1.27')
  })

  it('a ${V:-word} default is one word list, operators included', () => {
    expect(run('V=; echo ${V:-a;b|c} "${V:-x  y}"').cmds).toEqual(['echo a;b|c x  y'])
  })

  it('unquoted expansions split into fields; arrays expand with ${a[@]}', () => {
    const r = run(
      'L="a b"; for x in $L; do :; done; arr=(/p /q); for d in "${arr[@]}"; do chown u "$d"; done',
    )
    expect(r.cmds).toContain('chown u $d')
    const chown = r.visits.find((v) => v.argv[0].text === 'chown')
    expect(chown?.loopValues.get('d')).toEqual(['/p', '/q'])
  })

  it('sudo, env and exec wrappers are removed; sh -c / bash -c scripts are read too', () => {
    const r = run(
      `sudo -u root env A=1 chown x /a && bash -xeu -c 'for d in /l /m; do chown -R y \${d}; done' && sh -c "chmod 700 /z"`,
    )
    expect(r.cmds).toEqual([
      'chown x /a',
      'bash -xeu -c for d in /l /m; do chown -R y ${d}; done',
      'chown -R y ${d}',
      'sh -c chmod 700 /z',
      'chmod 700 /z',
    ])
  })

  it('cd changes the directory relative paths resolve against', () => {
    const r = run('cd sub && chown a b; cd /abs; cd "$UNKNOWN"; chown a c')
    expect(r.visits.map((v) => v.cwd)).toEqual(['/work/sub', '/work/sub', '/abs', null, null])
  })
})

describe('branches that do not run with the default build args', () => {
  it('if with a condition on build args', () => {
    const src = 'if [ "$ENABLE" = "true" ]; then chmod 700 /a; else chmod 755 /a; fi'
    expect(run(src, { ENABLE: 'false' }).cmds).toEqual([
      '[ false = true ]',
      '? chmod 700 /a',
      'chmod 755 /a',
    ])
    expect(run(src, { ENABLE: 'true' }).cmds).toEqual([
      '[ true = true ]',
      'chmod 700 /a',
      '? chmod 755 /a',
    ])
  })

  it('an unknowable condition makes every branch conditional', () => {
    expect(run('if [ -f /etc/x ]; then chmod 1 /a; else chmod 2 /a; fi').cmds).toEqual([
      '[ -f /etc/x ]',
      '? chmod 1 /a',
      '? chmod 2 /a',
    ])
  })

  it('case on an architecture probe picks the arm for the build platform', () => {
    const src = `dpkgArch="$(dpkg --print-architecture)"; case "$dpkgArch" in amd64|arm64) echo upstream ;; *) tempDir="$(mktemp -d)"; chmod 777 "$tempDir" ;; esac`
    expect(run(src).cmds).toEqual(['echo upstream', '? chmod 777 $tempDir'])
    expect(run(src, {}, 'ppc64le').cmds).toEqual(['? echo upstream', 'chmod 777 $tempDir'])
    const apk = run('a="$(cat /etc/apk/arch)"; case "$a" in x86_64) echo yes ;; esac')
    expect(apk.cmds).toEqual(['echo yes'])
  })

  it('`test && cmd` with a false test; `|| true` guards are not conditional', () => {
    expect(
      run('[ "$X" = "1" ] && chmod 1 /a; chgrp 0 /b 2>/dev/null || true', { X: '0' }).cmds,
    ).toEqual(['[ 0 = 1 ]', '? chmod 1 /a', 'chgrp 0 /b', 'true'])
  })

  it('nested if inside a branch that does not run', () => {
    const r = run('if [ "$F" = "true" ]; then if [ -f /x ]; then chmod 1 /y; fi; fi', {
      F: 'false',
    })
    expect(r.cmds).toEqual(['[ false = true ]', '? [ -f /x ]', '? chmod 1 /y'])
  })
})
