// Builds the screens' front-end into src/Supervision.Web/wwwroot/lib/: the libraries' own ES-module builds, copied
// as published, and our module beside them. No bundler: the libraries ship ready-made browser builds, and keeping
// them as separate files lets the browser cache the big ones while screens.js changes.
// Run by the web project's build (see Supervision.Web.csproj) after `npm ci`; by hand: `node build.mjs`.
import { mkdir, readFile, rm, writeFile, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'src', 'Supervision.Web', 'wwwroot', 'lib');
const modules = join(here, 'node_modules');

// The dist files carry a sourceMappingURL to a map we do not ship; browsers would ask for it and log a 404.
const withoutSourceMap = text => text.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');

async function copy(from, to, transform) {
  const target = join(out, to);
  await mkdir(dirname(target), { recursive: true });
  if (transform) await writeFile(target, transform(await readFile(from, 'utf8')));
  else await writeFile(target, await readFile(from));
}

// Each library's licence goes with it (Apache-2.0 asks for LICENSE and NOTICE alongside redistributed code).
const files = [
  [join(modules, 'echarts/dist/echarts.esm.min.js'), 'echarts/echarts.esm.min.js', withoutSourceMap],
  [join(modules, 'echarts/LICENSE'), 'echarts/LICENSE.txt'],
  [join(modules, 'echarts/NOTICE'), 'echarts/NOTICE.txt'],
  [join(modules, 'echarts/licenses/LICENSE-d3'), 'echarts/LICENSE-d3.txt'],
  [join(modules, 'leaflet/dist/leaflet-src.esm.js'), 'leaflet/leaflet.esm.js', withoutSourceMap],
  [join(modules, 'leaflet/dist/leaflet.css'), 'leaflet/leaflet.css'],
  [join(modules, 'leaflet/LICENSE'), 'leaflet/LICENSE.txt'],
  ...(await readdir(join(modules, 'leaflet/dist/images'))).map(f => [join(modules, 'leaflet/dist/images', f), `leaflet/images/${f}`]),
  [join(here, 'src/screens.css'), 'screens.css'],
  // Last, because the build's up-to-date check looks at it: a half-finished run is redone next time.
  [join(here, 'src/screens.js'), 'screens.js'],
];

await rm(out, { recursive: true, force: true });
for (const [from, to, transform] of files) await copy(from, to, transform);
console.log(`wwwroot-assets: ${files.length} files -> ${out}`);
