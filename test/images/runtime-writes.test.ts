/**
 * Runtime detection and write paths (runtime-writes.ts over runtime-write-table.ts), and the
 * ImageModel fields it reads: COPY/ADD records and ENTRYPOINT/CMD.
 */
import { describe, expect, it } from 'vitest'
import { RUNTIME_FACTS } from '../../src/images/runtime-write-table.js'
import { runtimeWrites } from '../../src/images/runtime-writes.js'
import { model } from '../dockerfile/helpers.js'

const paths = (text: string, command = {}) =>
  runtimeWrites(model(text), command).map((w) => `${w.runtime.id} ${w.path} ${w.fact.onFailure}`)

describe('the Dockerfile model records copies and the command', () => {
  it('keeps sources, the destination, --from and --chown of each COPY, and the last CMD', () => {
    const m = model(
      [
        'FROM node:22-alpine AS build',
        'WORKDIR /src',
        'FROM node:22-alpine',
        'WORKDIR /app',
        'COPY --from=build --chown=node:node /src/.next/standalone ./',
        'COPY package.json yarn.lock ./',
        'CMD node server.js',
      ].join('\n'),
    )
    expect(m.copies.map((c) => [c.sources, c.dest, c.from?.stage?.name, c.owner?.raw])).toEqual([
      [['/src/.next/standalone'], '/app/', 'build', 'node:node'],
      [['package.json', 'yarn.lock'], '/app/', undefined, undefined],
    ])
    expect(m.cmd).toMatchObject({ argv: ['/bin/sh', '-c', 'node server.js'], shellForm: true })
    expect(m.entrypoint).toBeNull()
  })

  it('drops a CMD of an earlier stage when a later stage sets ENTRYPOINT, as Docker does', () => {
    const m = model('FROM alpine AS a\nCMD ["a"]\nFROM a\nENTRYPOINT ["b"]\n')
    expect(m.cmd).toBeNull()
    expect(m.entrypoint?.argv).toEqual(['b'])
  })
})

describe('runtime write paths', () => {
  const standalone = [
    'FROM node:22-alpine',
    'WORKDIR /app',
    'COPY --from=builder --chown=node:node /app/.next/standalone ./',
    'USER node',
  ].join('\n')

  it('Next.js standalone: .next/cache beside server.js', () => {
    expect(paths(`${standalone}\nCMD ["node", "server.js"]`)).toEqual([
      'nextjs /app/.next/cache fails',
    ])
    // A monorepo's standalone output keeps the app's folder.
    expect(paths(`${standalone}\nCMD ["node", "apps/web/server.js"]`)).toEqual([
      'nextjs /app/apps/web/.next/cache fails',
    ])
  })

  it('Next.js: not when the container runs something else', () => {
    expect(
      paths(`${standalone}\nCMD ["node", "server.js"]`, { command: ['/bin/migrate'] }),
    ).toEqual([])
    expect(paths('FROM node:22\nWORKDIR /srv\nCMD ["npx", "next", "start"]')).toEqual([
      'nextjs /srv/.next/cache fails',
    ])
  })

  it('rails server: tmp/ and log/ of the Rails root', () => {
    expect(
      paths('FROM ruby:3.3\nWORKDIR /rails\nCMD ["./bin/thrust", "./bin/rails", "server"]'),
    ).toEqual(['rails-server /rails/tmp fails', 'rails-server /rails/log continues'])
    expect(paths('FROM ruby:3.3\nWORKDIR /x\nCMD ["/app/bin/rails", "s"]')).toEqual([
      'rails-server /app/tmp fails',
      'rails-server /app/log continues',
    ])
    // Another command of the same image (a worker) is not the server.
    expect(
      paths('FROM ruby:3.3\nWORKDIR /rails\nCMD ["./bin/rails", "server"]', {
        command: ['bundle', 'exec', 'sidekiq'],
      }),
    ).toEqual([])
  })

  it('Python: __pycache__ only without PYTHONDONTWRITEBYTECODE, and never a failure', () => {
    expect(paths('FROM python:3.12\nWORKDIR /app\nCMD ["python", "main.py"]')).toEqual([
      'python /app/__pycache__ continues',
      'python /tmp fails',
    ])
    expect(
      paths('FROM python:3.12\nENV PYTHONDONTWRITEBYTECODE=1\nWORKDIR /app\nCMD python main.py'),
    ).toEqual(['python /tmp fails'])
  })

  it('gunicorn: /tmp unless the worker tmp dir is in memory', () => {
    expect(paths('FROM python:3.12\nCMD ["gunicorn", "app:app"]')).toEqual(['gunicorn /tmp fails'])
    expect(
      paths('FROM python:3.12\nCMD ["gunicorn", "--worker-tmp-dir", "/dev/shm", "app:app"]'),
    ).toEqual([])
  })

  it('nginx: the official image and nginx-unprivileged', () => {
    expect(paths('FROM nginx:1.27-alpine\nCOPY dist /usr/share/nginx/html')).toEqual([
      'nginx /var/cache/nginx fails',
      'nginx /var/run fails',
    ])
    expect(paths('FROM nginxinc/nginx-unprivileged:1.27\nCOPY dist /usr/share/nginx/html')).toEqual(
      ['nginx-unprivileged /tmp fails'],
    )
  })

  it('the JVM and PHP-FPM', () => {
    expect(paths('FROM eclipse-temurin:21\nCMD ["java", "-jar", "/app.jar"]')).toEqual([
      'jvm /tmp continues',
    ])
    expect(paths('FROM php:8.3-fpm-alpine\nWORKDIR /var/www')).toEqual(['php-fpm /tmp fails'])
  })

  it('every fact names its source', () => {
    for (const f of RUNTIME_FACTS)
      for (const p of f.paths) expect(p.source.length).toBeGreaterThan(20)
  })
})
