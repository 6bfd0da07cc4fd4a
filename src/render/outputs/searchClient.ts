// The search box's engine, shipped with the site under search/engine/: search/client.js and the modules it imports,
// compiled, at their places under src/ so their own imports resolve as they are (less their source-map comment). The
// page reads the index with the code of the generator that wrote it, the same code that made the index.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compiledUrl } from '../../core/compiledUrl.js';
import { hash } from '../../core/hash.js';
import { SEARCH_DIR } from '../../search/format.js';
import type { SiteFormat } from './types.js';

/** The engine and every module it imports, as paths under src/ (all free of Node's modules). */
const MODULES = ['search/client.js', 'search/terms.js', 'search/format.js', 'core/time.js'];

export const searchClient: SiteFormat = {
  name: 'search-client',
  templates: [],
  pages() {
    return MODULES.map((name) => {
      const text = readFileSync(fileURLToPath(compiledUrl(name)), 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
      return { path: `${SEARCH_DIR}/engine/${name}`, key: `search-client:${hash(text)}`, render: () => text };
    });
  },
};
