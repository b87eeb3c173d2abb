/** chown / chgrp / chmod / install / find -exec in RUN, and COPY/ADD --chown/--chmod. */
import { describe, expect, it } from 'vitest'
import { changes, model } from './helpers.js'

describe('RUN chown / chgrp / chmod', () => {
  it('user:group, user only, :group, user.group; -R, -fR, --no-dereference; one entry per path', () => {
    const m = model(`FROM debian:12
WORKDIR /app
RUN chown -R www-data:www-data /var/www /srv/ \\
 && chown nobody data \\
 && chown :staff /opt/x \\
 && chown -fR --no-dereference www-data.www-data /var/log/app \\
 && chgrp -R 0 /app
`)
    expect(changes(m)).toEqual([
      'RUN chown /var/www www-data:www-data -R',
      'RUN chown /srv www-data:www-data -R',
      'RUN chown /app/data nobody',
      'RUN chown /opt/x :staff',
      'RUN chown /var/log/app www-data:www-data -R',
      'RUN chgrp /app :0 -R',
    ])
  })

  it('octal and symbolic modes, including ones that look like options', () => {
    const m = model(`FROM alpine
RUN chmod 0755 /a && chmod -R g+w,o-rwx /b && chmod a+rwx /c && chmod -R ug=rwX /d && chmod -x /e && chmod +x /f
`)
    expect(changes(m)).toEqual([
      'RUN chmod /a 0755',
      'RUN chmod /b g+w,o-rwx -R',
      'RUN chmod /c a+rwx',
      'RUN chmod /d ug=rwX -R',
      'RUN chmod /e -x',
      'RUN chmod /f +x',
    ])
  })

  it('owners resolve through the accounts table at that point of the build', () => {
    const m = model(`FROM debian:12
RUN chown app /early
RUN groupadd -g 2000 app && useradd -u 1000 -g app app && chown app /late && chown 42:ghost /num
`)
    const [early, late, num] = m.chowns
    expect(early.owner).toMatchObject({ raw: 'app', unresolved: ['app'] })
    expect(early.owner?.uid).toBeUndefined()
    expect(late.owner).toMatchObject({
      raw: 'app',
      user: 'app',
      uid: 1000,
      gid: 2000,
      unresolved: [],
    })
    expect(num.owner).toMatchObject({ uid: 42, group: 'ghost', unresolved: ['ghost'] })
    expect(late.range).toMatchObject({ startLine: 3 })
  })

  it('install -o/-g/-m and find ROOT ... -exec chmod', () => {
    const m = model(`FROM debian:12
ENV PGDATA=/var/lib/postgresql/data
RUN install --verbose --directory --owner postgres --group postgres --mode 1777 "$PGDATA" \\
 && install -d -m 0750 /no-owner \\
 && find / -perm /6000 -type f -exec chmod a-s {} \\; \\
 && find /app -name '*.sh' -exec chown app {} +
`)
    expect(changes(m)).toEqual([
      'RUN install --owner /var/lib/postgresql/data postgres:postgres 1777',
      'RUN chmod / a-s',
      'RUN chown /app app',
    ])
    expect(m.chowns[1].note).toBe('via find / -perm /6000 -type f -exec chmod')
  })

  it('shell variables that are not ARG/ENV stay as written; loop values are kept', () => {
    const m = model(`FROM debian:12
RUN for dir in /var/lock/apache2 /var/run/apache2; do chown www-data "$dir"; done \\
 && tempDir="$(mktemp -d)" && chmod 777 "$tempDir"
`)
    expect(changes(m)).toEqual(['RUN chown $dir www-data', 'RUN chmod $tempDir 777'])
    expect(m.chowns[0].pathValues).toEqual(['/var/lock/apache2', '/var/run/apache2'])
  })

  it('exec-form RUN', () => {
    const m = model(
      'FROM alpine\nRUN ["chown", "-R", "1000:1000", "/data"]\nRUN ["/bin/sh", "-c", "chmod 700 /x"]\n',
    )
    expect(changes(m)).toEqual(['RUN chown /data 1000:1000 -R', 'RUN chmod /x 700'])
  })
})

describe('COPY / ADD --chown / --chmod', () => {
  it('destination against WORKDIR (trailing / kept), variables in flags, JSON form', () => {
    const m = model(`FROM alpine
ARG UID=1001
WORKDIR /build
COPY --chown=\${UID}:0 --chmod=0755 . ./
COPY --chown="$UID" ["a b", "/opt/dest/"]
ADD --chown=app:app https://example.com/x.jar /tmp/x.jar
COPY --from=builder --chown=65532:65532 /out /app
`)
    expect(changes(m)).toEqual([
      'COPY --chown /build/ 1001:0',
      'COPY --chmod /build/ 0755',
      'COPY --chown /opt/dest/ 1001',
      'ADD --chown /tmp/x.jar app:app',
      'COPY --chown /app 65532:65532',
    ])
    // --chown=user without a group: Docker uses the same number for the group.
    expect(m.chowns[2].owner).toMatchObject({ uid: 1001, gid: 1001 })
    expect(m.chowns[3].owner?.unresolved).toEqual(['app', 'app'])
    expect(m.chowns[0].range).toMatchObject({ startLine: 4, startColumn: 6, endColumn: 22 })
    expect(m.copiesFrom).toMatchObject([{ image: 'builder' }])
  })

  it('a base-image ENV variable the model does not know stays as written in the destination', () => {
    const m = model('FROM registry.example.com/x:1\nCOPY --chmod=0776 a.py ${HOME}/a.py\n')
    expect(changes(m)).toEqual(['COPY --chmod ${HOME}/a.py 0776'])
  })
})
