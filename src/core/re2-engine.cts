/**
 * re2js, loaded on its first use. Its module builds Unicode tables at load (about 20 ms, and
 * 15 ms more for the first compile) that a scan without globs, image-name variables or
 * template regexes never needs. CommonJS so that the bundler keeps `require` a call made when
 * it is reached instead of a module evaluated at start-up; typed by linear-regex.ts.
 */
let engine: unknown

function loadRe2js(): unknown {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  engine ??= (require('re2js') as { RE2JS: unknown }).RE2JS
  return engine
}

export = { loadRe2js }
