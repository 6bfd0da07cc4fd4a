// The search box's engine, shipped with the site: search/client.js and the modules it imports, the compiled
// modules of src/search/ as they are (less their source-map comment), so the page reads the index with the code of
// the generator that wrote it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compiledUrl } from '../../core/compiledUrl.js';
import { hash } from '../../core/hash.js';
import type { SiteFormat } from './types.js';

const MODULES = ['client.js', 'terms.js', 'format.js'];

export const searchClient: SiteFormat = {
  name: 'search-client',
  templates: [],
  pages() {
    return MODULES.map((name) => {
      const text = readFileSync(fileURLToPath(compiledUrl(import.meta.url, `../../search/${name}`)), 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
      return { path: `search/${name}`, key: `search-client:${hash(text)}`, render: () => text };
    });
  },
};
