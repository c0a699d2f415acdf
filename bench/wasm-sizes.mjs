// Size attribution for a wasm module that still has its name section (the
// cargo output before wasm-bindgen and wasm-opt, e.g.
// target/wasm32-unknown-unknown/release/holdfast.wasm): code bytes by crate,
// by function family (all instances of one generic function), and the largest
// functions. A dependency-free stand-in for `twiggy top`.
//
//   node bench/wasm-sizes.mjs <file.wasm> [--top 30]

import fs from 'node:fs';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const top = Number(args[args.indexOf('--top') + 1]) || 30;
if (!file) {
  console.error('usage: node bench/wasm-sizes.mjs <file.wasm> [--top 30]');
  process.exit(2);
}
const buf = fs.readFileSync(file);

let pos = 0;
const byte = () => buf[pos++];
function leb() {
  let result = 0;
  let shift = 0;
  for (;;) {
    const b = byte();
    result += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (!(b & 0x80)) return result;
  }
}
const str = () => { const n = leb(); const s = buf.toString('utf8', pos, pos + n); pos += n; return s; };
function limits() { const flags = byte(); leb(); if (flags & 1) leb(); }

if (buf.readUInt32LE(0) !== 0x6d736100) throw new Error(`${file} is not a wasm module`);
pos = 8;
const sections = [];
let importedFuncs = 0;
const bodies = []; // [size]
const names = new Map();
let dataBytes = 0;
const SECTION = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'datacount', 'tag'];

while (pos < buf.length) {
  const id = byte();
  const size = leb();
  const start = pos;
  const end = pos + size;
  let label = SECTION[id] ?? `section ${id}`;
  if (id === 0) {
    const name = str();
    label = `custom "${name}"`;
    if (name === 'name') {
      while (pos < end) {
        const sub = byte();
        const subSize = leb();
        const subEnd = pos + subSize;
        if (sub === 1) {
          const n = leb();
          for (let i = 0; i < n; i++) { const idx = leb(); names.set(idx, str()); }
        }
        pos = subEnd;
      }
    }
  } else if (id === 2) {
    const n = leb();
    for (let i = 0; i < n; i++) {
      str(); str();
      const kind = byte();
      if (kind === 0) { leb(); importedFuncs++; }
      else if (kind === 1) { byte(); limits(); }
      else if (kind === 2) limits();
      else if (kind === 3) { byte(); byte(); }
      else if (kind === 4) { byte(); leb(); }
    }
  } else if (id === 10) {
    const n = leb();
    for (let i = 0; i < n; i++) { const s = leb(); bodies.push(s + 1); pos += s; }
  } else if (id === 11) {
    dataBytes = size;
  }
  sections.push([label, size]);
  pos = end;
  void start;
}

const DECODE = { '$LT$': '<', '$GT$': '>', '$u20$': ' ', '$RF$': '&', '$BP$': '*', '$C$': ',', '$SP$': '@',
  '$u7b$': '{', '$u7d$': '}', '$u5b$': '[', '$u5d$': ']', '$u27$': "'", '$u3b$': ';', '$u22$': '"', '$u7e$': '~', '$u2b$': '+', '$u3d$': '=' };
/** Demangles a legacy Rust symbol (`_ZN…E`); other names are returned as they are. */
function demangle(name) {
  if (!name.startsWith('_ZN')) return name;
  let i = 3;
  const parts = [];
  while (i < name.length && name[i] !== 'E') {
    let n = 0;
    while (/[0-9]/.test(name[i])) n = n * 10 + Number(name[i++]);
    if (!n) break;
    parts.push(name.slice(i, i + n));
    i += n;
  }
  if (parts.length && /^h[0-9a-f]{16}$/.test(parts[parts.length - 1])) parts.pop();
  return parts
    .map((p) => p.replace(/^_\$/, '$').replace(/\$[A-Za-z0-9]+\$/g, (m) => DECODE[m] ?? m).replace(/\.\./g, '::'))
    .join('::');
}
/**
 * The crate a function's code is attributed to: its path's first segment; for
 * `<T as Trait>::f` with a generic `T`, the trait's crate; for v0-mangled
 * symbols (the prebuilt standard library), the first crate named.
 */
function crateOf(name) {
  if (name.startsWith('_R')) {
    const v0 = name.match(/C(?:s[0-9A-Za-z]*_)?(\d+)/);
    return v0 ? name.substr(v0.index + v0[0].length, Number(v0[1])) : '?';
  }
  const generic = name.match(/^<(?:&(?:mut )?)?[A-Z][A-Za-z0-9]?(?:<[^>]*>)? as (?:&(?:mut )?)?([A-Za-z_][A-Za-z0-9_]*)/);
  if (generic) return generic[1];
  const m = name.match(/^[<&*\s]*(?:mut\s+|dyn\s+)?([A-Za-z_][A-Za-z0-9_]*)/);
  return m ? m[1] : '?';
}

const funcs = bodies.map((size, i) => {
  const raw = names.get(importedFuncs + i) ?? `func[${importedFuncs + i}]`;
  const name = demangle(raw);
  return { name, size, crate: crateOf(name) };
});
const codeTotal = funcs.reduce((n, f) => n + f.size, 0);
const pct = (n, of = buf.length) => `${((100 * n) / of).toFixed(1)} %`;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
function print(title, rows) {
  console.log(`\n${title}`);
  for (const [a, b, c, d] of rows) console.log(`${String(b).padStart(10)}  ${String(c).padStart(7)}  ${d === undefined ? '' : String(d).padStart(6) + '  '}${a}`);
}

console.log(`${file}: ${kb(buf.length)}, ${funcs.length} functions (${names.size ? 'named' : 'NO name section'}), code ${kb(codeTotal)}, data ${kb(dataBytes)}`);
print('Sections', sections.sort((a, b) => b[1] - a[1]).map(([n, s]) => [n, kb(s), pct(s)]));

const group = (key) => {
  const m = new Map();
  for (const f of funcs) {
    const k = key(f);
    const g = m.get(k) ?? { size: 0, count: 0 };
    g.size += f.size; g.count++;
    m.set(k, g);
  }
  return [...m].sort((a, b) => b[1].size - a[1].size);
};
print('Code by crate (generic code counts where it is defined, not where it is instantiated)    size  % code  fns',
  group((f) => f.crate).slice(0, top).map(([k, g]) => [k, kb(g.size), pct(g.size, codeTotal), g.count]));
print('Function families (every instance of one function)    size  % code  count',
  group((f) => f.name).slice(0, top).map(([k, g]) => [k.slice(0, 150), kb(g.size), pct(g.size, codeTotal), g.count]));
print('Largest functions    size  % code',
  [...funcs].sort((a, b) => b.size - a.size).slice(0, top).map((f) => [f.name.slice(0, 150), kb(f.size), pct(f.size, codeTotal)]));
