/**
 * Sprig's documented examples (docs/*.md of Masterminds/sprig v3.3.0), each evaluated
 * through the template engine with this library's FuncMap, as a chart would.
 */
import { describe, expect, it } from 'vitest'
import { TemplateSet } from '../../../src/template/index.js'
import { sprigFuncMap } from '../../../src/helm/funcs/index.js'

const set = new TemplateSet({ funcs: sprigFuncMap(), missingKey: 'zero' })
let n = 0
function render(src: string, data: unknown = {}): string {
  const name = `doc${n++}`
  set.parse(name, src)
  return set.execute(name, data as never).replaceAll('<no value>', '')
}

const DOCUMENTED: [string, string][] = [
  // strings
  ['{{ trim "   hello    " }}', 'hello'],
  ['{{ trimAll "$" "$5.00" }}', '5.00'],
  ['{{ trimSuffix "-" "hello-" }}', 'hello'],
  ['{{ trimPrefix "-" "-hello" }}', 'hello'],
  ['{{ upper "hello" }}', 'HELLO'],
  ['{{ lower "HELLO" }}', 'hello'],
  ['{{ title "hello world" }}', 'Hello World'],
  ['{{ untitle "Hello World" }}', 'hello world'],
  ['{{ repeat 3 "hello" }}', 'hellohellohello'],
  ['{{ substr 0 5 "hello world" }}', 'hello'],
  ['{{ nospace "hello w o r l d" }}', 'helloworld'],
  ['{{ trunc 5 "hello world" }}', 'hello'],
  ['{{ trunc -5 "hello world" }}', 'world'],
  ['{{ abbrev 5 "hello world" }}', 'he...'],
  ['{{ abbrevboth 5 10 "1234 5678 9123" }}', '...5678...'],
  ['{{ initials "First Try" }}', 'FT'],
  ['{{ wrapWith 5 "\\t" "Hello World" }}', 'Hello\tWorld'],
  ['{{ contains "cat" "catch" }}', 'true'],
  ['{{ hasPrefix "cat" "catch" }}', 'true'],
  ['{{ hasSuffix "cat" "catch" }}', 'false'],
  ['{{ quote "hello" }}', '"hello"'],
  ['{{ squote "hello" }}', "'hello'"],
  ['{{ cat "hello" "beautiful" "world" }}', 'hello beautiful world'],
  ['{{ indent 4 "a\\nb" }}', '    a\n    b'],
  ['{{ nindent 4 "a\\nb" }}', '\n    a\n    b'],
  ['{{ replace " " "-" "I Am Henry VIII" }}', 'I-Am-Henry-VIII'],
  ['{{ plural "one anchovy" "many anchovies" 2 }}', 'many anchovies'],
  ['{{ snakecase "FirstName" }}', 'first_name'],
  ['{{ camelcase "http_server" }}', 'HttpServer'],
  ['{{ kebabcase "FirstName" }}', 'first-name'],
  ['{{ swapcase "This Is A.Test" }}', 'tHIS iS a.tEST'],
  ['{{ "foobar" | contains "foo" }}', 'true'],
  // regex
  [
    '{{ regexMatch "^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\\\\.[A-Za-z]{2,}$" "test@acme.com" }}',
    'true',
  ],
  ['{{ regexFindAll "[2,4,6,8]" "123456789" -1 }}', '[2 4 6 8]'],
  ['{{ regexFind "[a-zA-Z][1-9]" "abcd1234" }}', 'd1'],
  ['{{ regexReplaceAll "a(x*)b" "-ab-axxb-" "${1}W" }}', '-W-xxW-'],
  ['{{ regexReplaceAllLiteral "a(x*)b" "-ab-axxb-" "${1}" }}', '-${1}-${1}-'],
  ['{{ regexSplit "z+" "pizza" -1 }}', '[pi a]'],
  ['{{ regexQuoteMeta "1.2.3" }}', '1\\.2\\.3'],
  // string lists
  ['{{ splitList "$" "foo$bar$baz" }}', '[foo bar baz]'],
  ['{{ split "$" "foo$bar$baz" }}', 'map[_0:foo _1:bar _2:baz]'],
  ['{{ (split "$" "foo$bar$baz")._0 }}', 'foo'],
  ['{{ splitn "$" 2 "foo$bar$baz" }}', 'map[_0:foo _1:bar$baz]'],
  ['{{ join "-" (list "a" "b" 3) }}', 'a-b-3'],
  ['{{ sortAlpha (list "c" "a" "b") }}', '[a b c]'],
  // math
  ['{{ add 1 2 3 }}', '6'],
  ['{{ add1 5 }}', '6'],
  ['{{ sub 5 3 }}', '2'],
  ['{{ div 7 2 }}', '3'],
  ['{{ mod 7 2 }}', '1'],
  ['{{ mul 2 3 4 }}', '24'],
  ['{{ max 1 2 3 }}', '3'],
  ['{{ min 1 2 3 }}', '1'],
  ['{{ floor 123.9999 }}', '123'],
  ['{{ ceil 123.001 }}', '124'],
  ['{{ round 123.555555 3 }}', '123.556'],
  ['{{ addf 1.5 2 2 }}', '5.5'],
  ['{{ add1f 1.5 }}', '2.5'],
  ['{{ subf 7.5 2 3 }}', '2.5'],
  ['{{ divf 10 2 4 }}', '1.25'],
  ['{{ mulf 1.5 2 2 }}', '6'],
  ['{{ maxf 1 2.5 3 }}', '3'],
  ['{{ minf 1.5 2 3 }}', '1.5'],
  ['{{ until 5 }}', '[0 1 2 3 4]'],
  ['{{ untilStep 3 6 2 }}', '[3 5]'],
  ['{{ seq 5 }}', '1 2 3 4 5'],
  ['{{ seq -3 }}', '1 0 -1 -2 -3'],
  ['{{ seq 0 2 }}', '0 1 2'],
  ['{{ seq 2 -2 }}', '2 1 0 -1 -2'],
  ['{{ seq 0 2 10 }}', '0 2 4 6 8 10'],
  ['{{ seq 0 -2 -5 }}', '0 -2 -4'],
  ['{{ atoi "42" }}', '42'],
  ['{{ int "0x1F" }}', '31'],
  ['{{ float64 "1.5" }}', '1.5'],
  ['{{ toDecimal "0777" }}', '511'],
  ['{{ toString 1.5 }}', '1.5'],
  // defaults
  ['{{ default "foo" .Bar }}', 'foo'],
  ['{{ default "foo" "bar" }}', 'bar'],
  ['{{ empty "" }}', 'true'],
  ['{{ coalesce 0 1 2 }}', '1'],
  ['{{ all 0 1 2 }}', 'false'],
  ['{{ any 0 1 2 }}', 'true'],
  ['{{ ternary "foo" "bar" true }}', 'foo'],
  ['{{ true | ternary "foo" "bar" }}', 'foo'],
  ['{{ toPrettyJson (dict "a" 1) }}', '{\n  "a": 1\n}'],
  ['{{ toRawJson (dict "html" "<b>") }}', '{"html":"<b>"}'],
  ['{{ (mustFromJson "{\\"a\\":[1,2]}").a }}', '[1 2]'],
  // lists
  ['{{ list 1 2 3 4 5 }}', '[1 2 3 4 5]'],
  ['{{ first (list 1 2 3 4 5) }}', '1'],
  ['{{ rest (list 1 2 3 4 5) }}', '[2 3 4 5]'],
  ['{{ last (list 1 2 3 4 5) }}', '5'],
  ['{{ initial (list 1 2 3 4 5) }}', '[1 2 3 4]'],
  ['{{ append (list 1 2 3 4) 6 }}', '[1 2 3 4 6]'],
  ['{{ prepend (list 1 2 3 4) 0 }}', '[0 1 2 3 4]'],
  ['{{ concat (list 1 2 3) (list 4 5) (list 6) }}', '[1 2 3 4 5 6]'],
  ['{{ reverse (list 1 2 3) }}', '[3 2 1]'],
  ['{{ uniq (list 1 1 1 2) }}', '[1 2]'],
  ['{{ without (list 1 2 3 4) 3 }}', '[1 2 4]'],
  ['{{ has 4 (list 1 2 3 4) }}', 'true'],
  ['{{ compact (list 1 "a" "foo" "") }}', '[1 a foo]'],
  ['{{ slice (list 1 2 3 4 5) 1 3 }}', '[2 3]'],
  ['{{ slice (list 1 2 3 4 5) 3 }}', '[4 5]'],
  ['{{ chunk 3 (list 1 2 3 4 5 6 7 8) }}', '[[1 2 3] [4 5 6] [7 8]]'],
  // dicts
  ['{{ dict "name1" "value1" "name2" "value2" }}', 'map[name1:value1 name2:value2]'],
  ['{{ get (dict "key1" "value1") "key1" }}', 'value1'],
  ['{{ set (dict) "key" "v" }}', 'map[key:v]'],
  ['{{ unset (dict "key" "v" "k2" 1) "key" }}', 'map[k2:1]'],
  ['{{ hasKey (dict "key" "v") "key" }}', 'true'],
  [
    '{{ pluck "name1" (dict "name1" "value1") (dict "name2" "x") (dict "name1" "value2") }}',
    '[value1 value2]',
  ],
  [
    '{{ dig "user" "role" "humanName" "guest" (dict "user" (dict "role" (dict "humanName" "curator"))) }}',
    'curator',
  ],
  ['{{ dig "user" "missing" "guest" (dict "user" (dict)) }}', 'guest'],
  [
    '{{ merge (dict "default" "default" "overwrite" "me") (dict "default" "overwrite" "key" "true") }}',
    'map[default:default key:true overwrite:me]',
  ],
  [
    '{{ mergeOverwrite (dict "default" "default" "overwrite" "me") (dict "default" "overwrite" "key" "true") }}',
    'map[default:overwrite key:true overwrite:me]',
  ],
  ['{{ keys (dict "a" 1 "b" 2) | sortAlpha }}', '[a b]'],
  ['{{ pick (dict "name1" 1 "name2" 2 "name3" 3) "name1" "name2" }}', 'map[name1:1 name2:2]'],
  ['{{ omit (dict "name1" 1 "name2" 2 "name3" 3) "name1" "name3" }}', 'map[name2:2]'],
  ['{{ values (dict "a" "x") }}', '[x]'],
  ['{{ deepCopy (dict "a" (list 1 2)) }}', 'map[a:[1 2]]'],
  // reflection
  ['{{ typeOf "x" }}', 'string'],
  ['{{ kindOf (list 1) }}', 'slice'],
  ['{{ kindIs "map" (dict) }}', 'true'],
  ['{{ typeIs "float64" 1.5 }}', 'true'],
  ['{{ deepEqual (list 1 2 3) (list 1 2 3) }}', 'true'],
  // semver
  ['{{ semverCompare "1.2.3" "1.2.3" }}', 'true'],
  ['{{ semverCompare "^1.2.0" "1.2.3" }}', 'true'],
  ['{{ semverCompare ">=1.21-0" "v1.25.3-eks-1234" }}', 'true'],
  ['{{ semverCompare ">=1.21" "v1.25.3-eks-1234" }}', 'false'],
  ['{{ (semver "1.2.3-alpha.1+123").Major }}', '1'],
  ['{{ (semver "1.2.3-alpha.1+123").Prerelease }}', 'alpha.1'],
  ['{{ (semver "1.2.3-alpha.1+123").Metadata }}', '123'],
  ['{{ (semver "1.2.3").Compare (semver "1.2.4") }}', '-1'],
  // encoding and hashes
  ['{{ b64enc "hello" }}', 'aGVsbG8='],
  ['{{ b64dec "aGVsbG8=" }}', 'hello'],
  ['{{ b32enc "hello" }}', 'NBSWY3DP'],
  ['{{ b32dec "NBSWY3DP" }}', 'hello'],
  [
    '{{ sha256sum "Hello world!" }}',
    'c0535e4be2b79ffd93291305436bf889314e4a3faec05ecffcbb7df31ad9e51a',
  ],
  ['{{ sha1sum "Hello world!" }}', 'd3486ae9136e7856bc42212385ea797094475802'],
  ['{{ adler32sum "Hello world!" }}', '487130206'],
  // paths and urls
  ['{{ base "foo/bar/baz" }}', 'baz'],
  ['{{ dir "foo/bar/baz" }}', 'foo/bar'],
  ['{{ clean "foo/bar/../baz" }}', 'foo/baz'],
  ['{{ ext "foo.bar" }}', '.bar'],
  ['{{ isAbs "/foo" }}', 'true'],
  [
    '{{ urlParse "http://admin:secret@server.com:8080/api?list=false#anchor" }}',
    'map[fragment:anchor host:server.com:8080 hostname:server.com opaque: path:/api query:list=false scheme:http userinfo:admin:secret]',
  ],
  [
    '{{ urlJoin (dict "fragment" "fragment" "host" "host:80" "path" "/path" "query" "query" "scheme" "http") }}',
    'http://host:80/path?query#fragment',
  ],
  // dates
  ['{{ toDate "2006-01-02" "2017-12-31" | date "02/01/2006" }}', '31/12/2017'],
  ['{{ duration "95" }}', '1m35s'],
  ['{{ durationRound "2h10m5s" }}', '2h'],
  ['{{ unixEpoch (toDate "2006-01-02" "2017-12-31") }}', '1514678400'],
  [
    '{{ toDate "2006-01-02" "2017-12-31" | dateModify "-1.5h" | date "2006-01-02 15:04" }}',
    '2017-12-30 22:30',
  ],
  [
    '{{ dateInZone "2006-01-02 15:04 MST" (toDate "2006-01-02" "2017-12-31") "Europe/Berlin" }}',
    '2017-12-31 01:00 CET',
  ],
  // crypto with fixed output
  ['{{ derivePassword 1 "long" "password" "user" "example.com" }}', 'ZedaFaxcZaso9*'],
  // helm
  ['{{ getHostByName "example.com" }}', ''],
]

describe('Sprig documented examples through the template engine', () => {
  for (const [src, want] of DOCUMENTED) {
    it(src, () => {
      expect(render(src)).toBe(want)
    })
  }

  it('fail and required stop the render with Helm-wrapped messages', () => {
    expect(() => render('{{ fail "boom" }}')).toThrow(/HELM_ERR_STARTboomHELM_ERR_END/)
    expect(() => render('{{ required "need .x" .x }}')).toThrow(
      /HELM_ERR_STARTneed \.xHELM_ERR_END/,
    )
    expect(render('{{ required "need .x" .x }}', { x: 'ok' })).toBe('ok')
  })

  it('reports Go argument errors through the engine', () => {
    expect(() => render('{{ trunc "5" "hello" }}')).toThrow(/expected integer; found "5"/)
    expect(() => render('{{ trunc .n "hello" }}', { n: 5 })).toThrow(/expected int; got float64/)
    expect(() => render('{{ regexFind "(" "x" }}')).toThrow(
      /error calling regexFind: regexp: Compile\(`\(`\)/,
    )
  })
})
