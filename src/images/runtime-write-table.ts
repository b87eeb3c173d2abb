/**
 * Where common runtimes write at run time, with the source of each fact: the companion of
 * the base-image table (base-image-table.ts) for the question "will a read-only root, or a
 * uid that does not own the files, break this program?".
 *
 * `within: 'app'` paths are relative to the application directory (where the program's
 * files are: the Rails root, the folder of Next.js' server.js); the others are absolute.
 * `onFailure` says what the program does when it cannot write there: `fails` (it stops, or
 * the feature that writes errors on every use) or `continues` (it warns or silently skips
 * the write). Only `fails` facts are reported; the others are here so that nobody adds them
 * as failures later. Leave a fact out rather than guess.
 */

export type RuntimeId =
  | 'nextjs'
  | 'rails-server'
  | 'nginx'
  | 'nginx-unprivileged'
  | 'php-fpm'
  | 'python'
  | 'gunicorn'
  | 'jvm'

export interface RuntimeWritePath {
  /** Relative to the application directory when `within` is `app`, else absolute. */
  path: string
  within?: 'app'
  /** What the runtime writes there. */
  what: string
  /** When it writes: at start, or when a feature is used. */
  when: 'start' | 'use'
  onFailure: 'fails' | 'continues'
  /** The write does not happen when this environment variable is set (non-empty). */
  unlessEnv?: string
  source: string
}

export interface RuntimeFact {
  id: RuntimeId
  /** How messages name it. */
  name: string
  /** How the runtime is recognised in a Dockerfile (detection lives in runtime-writes.ts). */
  recognisedBy: string
  paths: RuntimeWritePath[]
}

export const RUNTIME_FACTS: readonly RuntimeFact[] = [
  {
    id: 'nextjs',
    name: 'Next.js',
    recognisedBy:
      'a COPY of `.next/standalone` (the standalone server) or a command running `server.js` next to a copied `.next`, or `next start`',
    paths: [
      {
        path: '.next/cache',
        within: 'app',
        what: 'optimized images (.next/cache/images) and the fetch cache',
        when: 'use',
        onFailure: 'fails',
        source:
          'vercel/next.js packages/next/src/server/image-optimizer.ts (cache dir join(distDir, "cache", "images")); examples/with-docker/Dockerfile ("Set the correct permission for prerender cache": mkdir .next && chown nextjs:nodejs .next); "Failed to write image to cache … EACCES: permission denied, mkdir \'/app/.next/cache/images\'" (psd401/aistudio#509), an unhandled rejection in Next.js 16 (island-is/island.is#23447)',
      },
    ],
  },
  {
    id: 'rails-server',
    name: 'rails server',
    recognisedBy: 'a command running `rails server` (or `rails s`), directly or through a wrapper',
    paths: [
      {
        path: 'tmp',
        within: 'app',
        what: 'tmp/cache, tmp/pids and tmp/sockets, and the pid file tmp/pids/server.pid',
        when: 'start',
        onFailure: 'fails',
        source:
          'rails/rails railties/lib/rails/commands/server/server_command.rb (Rails::Server#start calls create_tmp_directories: mkdir_p tmp/cache, tmp/pids, tmp/sockets; default pid File.expand_path("tmp/pids/server.pid"), written by Rack::Server#write_pid)',
      },
      {
        path: 'log',
        within: 'app',
        what: 'log/<environment>.log when the app logs to a file',
        when: 'start',
        onFailure: 'continues',
        source:
          'rails/rails railties/lib/rails/application/bootstrap.rb (initialize_logger: an unwritable log file prints "Rails Error: Unable to access log file" and logs to STDERR); Rails 7.1+ production logs to STDOUT',
      },
    ],
  },
  {
    id: 'nginx',
    name: 'nginx (official image)',
    recognisedBy: 'FROM nginx:* with its own entrypoint and nginx.conf',
    paths: [
      {
        path: '/var/cache/nginx',
        what: 'client_body, proxy, fastcgi, uwsgi and scgi temp directories (created at start)',
        when: 'start',
        onFailure: 'fails',
        source:
          'nginxinc/docker-nginx mainline/debian/Dockerfile (configure --http-client-body-temp-path=/var/cache/nginx/client_temp …); nginx: [emerg] mkdir() "/var/cache/nginx/client_temp" failed (30: Read-only file system)',
      },
      {
        path: '/var/run',
        what: 'the pid file (pid /var/run/nginx.pid, /run/nginx.pid in newer releases)',
        when: 'start',
        onFailure: 'fails',
        source: 'nginxinc/docker-nginx stable/debian/nginx.conf (pid directive)',
      },
    ],
  },
  {
    id: 'nginx-unprivileged',
    name: 'nginx (nginxinc/nginx-unprivileged)',
    recognisedBy: 'FROM nginxinc/nginx-unprivileged:*',
    paths: [
      {
        path: '/tmp',
        what: 'the pid file /tmp/nginx.pid and the *_temp_path directories /tmp/*',
        when: 'start',
        onFailure: 'fails',
        source:
          'nginxinc/docker-nginx-unprivileged README ("The default NGINX PID has been moved from /var/run/nginx.pid to /tmp/nginx.pid", "Change *_temp_path variables to /tmp/*"); /tmp is world-writable, so any uid can write there',
      },
    ],
  },
  {
    id: 'php-fpm',
    name: 'PHP-FPM',
    recognisedBy: 'FROM php:*-fpm* or a command running php-fpm',
    paths: [
      {
        path: '/tmp',
        what: 'session files (session.save_path empty: the system temp dir) and uploads (upload_tmp_dir)',
        when: 'use',
        onFailure: 'fails',
        source:
          'php-src ext/session (files handler, save_path defaults to the system temp dir); main/rfc1867.c (uploads to upload_tmp_dir or the temp dir); docker-library/php docker-php-ext configs leave both unset',
      },
    ],
  },
  {
    id: 'python',
    name: 'Python',
    recognisedBy: 'a command running python',
    paths: [
      {
        path: '__pycache__',
        within: 'app',
        what: 'compiled bytecode beside each imported module',
        when: 'use',
        onFailure: 'continues',
        unlessEnv: 'PYTHONDONTWRITEBYTECODE',
        source:
          'docs.python.org/3/using/cmdline.html#envvar-PYTHONDONTWRITEBYTECODE; importlib._bootstrap_external (a failed .pyc write is ignored: "could not create …")',
      },
      {
        path: '/tmp',
        what: 'files of programs that use tempfile (TMPDIR, else /tmp)',
        when: 'use',
        onFailure: 'fails',
        source: 'docs.python.org/3/library/tempfile.html#tempfile.gettempdir',
      },
    ],
  },
  {
    id: 'gunicorn',
    name: 'Gunicorn',
    recognisedBy: 'a command running gunicorn',
    paths: [
      {
        path: '/tmp',
        what: 'the worker heartbeat file (--worker-tmp-dir, default the temp dir)',
        when: 'start',
        onFailure: 'fails',
        source:
          'benoitc/gunicorn gunicorn/workers/workertmp.py (tempfile.mkstemp(dir=worker_tmp_dir)); docs.gunicorn.org settings "worker_tmp_dir"',
      },
    ],
  },
  {
    id: 'jvm',
    name: 'the JVM',
    recognisedBy: 'a command running java',
    paths: [
      {
        path: '/tmp',
        what: 'hsperfdata_<user> (performance counters for jps/jstat)',
        when: 'start',
        onFailure: 'continues',
        source:
          'openjdk hotspot perfMemory_posix.cpp (a failed hsperfdata file only disables the shared counters: "Could not create PerfData"; -XX:-UsePerfData turns it off)',
      },
    ],
  },
]

export function runtimeFact(id: RuntimeId): RuntimeFact {
  const f = RUNTIME_FACTS.find((x) => x.id === id)
  if (!f) throw new Error(`no runtime fact ${id}`)
  return f
}
