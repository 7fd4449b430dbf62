import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { catalogueLines } from '../electron/contract/i18n/compiled-message.ts';
import { compileCatalogue } from './compile-messages.ts';

const runtime = resolve(import.meta.dirname, '../electron/contract/i18n/compiled-message.ts');

const suffix = '?messages';
// A virtual module's id, ending in .js: no other plugin (JSON among them) takes it for the file itself.
const prefix = '\0messages:';
const ending = '.js';

/**
 * `import en from './en.json?messages'` gives the catalogue compiled
 * (`build/compile-messages.ts`), parsed once here rather than in every window
 * and command. The data is a string for JSON.parse, which a script engine
 * reads faster than the same object written as code. With `readOnUse` (the
 * command line), each message is read only when first asked for.
 */
export function compiledMessages(options: { readOnUse?: boolean } = {}): Plugin {
  return {
    name: 'callback-desk:compiled-messages',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith(suffix)) return null;
      const file = await this.resolve(source.slice(0, -suffix.length), importer, { skipSelf: true });
      return file ? `${prefix}${file.id}${ending}` : null;
    },
    async load(id) {
      if (!id.startsWith(prefix)) return null;
      const file = id.slice(prefix.length, -ending.length);
      this.addWatchFile(file);
      const messages = JSON.parse(await readFile(file, 'utf8')) as Record<string, string>;
      const compiled = compileCatalogue(messages, basename(file, '.json'));
      if (options.readOnUse)
        return [
          `import { catalogueReadOnUse } from ${JSON.stringify(runtime)};`,
          `export default catalogueReadOnUse(${JSON.stringify(catalogueLines(compiled))});`,
        ].join('\n');
      const json = JSON.stringify(compiled);
      const quoted = `'${json
        .replace(/[\\']/g, '\\$&')
        .replace(/\u2028/g, '\\u2028')
        .replace(/\u2029/g, '\\u2029')}'`;
      return { code: `export default JSON.parse(${quoted});`, moduleType: 'js' };
    },
  };
}
