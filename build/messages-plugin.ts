import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { catalogueLines } from '../electron/contract/i18n/compiled-message.ts';
import { compileCatalogue } from './compile-messages.ts';
import { inFirstFrame } from '../electron/contract/i18n/first-frame.ts';
import type { Locale } from '../electron/contract/i18n/locales.ts';

const runtime = resolve(import.meta.dirname, '../electron/contract/i18n/compiled-message.ts');

const suffix = '?messages';
/** A part of a catalogue: `first` is what the window's first frame says, `rest` all the others. */
const partSuffixes = { first: '?messages-first', rest: '?messages-rest' } as const;
type Part = keyof typeof partSuffixes;
// A virtual module's id, ending in .js: no other plugin (JSON among them) takes it for the file itself.
const prefix = '\0messages:';
const jsEnding = '.js';

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
      const ending = [suffix, ...Object.values(partSuffixes)].find((candidate) => source.endsWith(candidate));
      if (ending === undefined) return null;
      const file = await this.resolve(source.slice(0, -ending.length), importer, { skipSelf: true });
      return file ? `${prefix}${file.id}${ending === suffix ? '' : ending}${jsEnding}` : null;
    },
    async load(id) {
      if (!id.startsWith(prefix)) return null;
      const named = id.slice(prefix.length, -jsEnding.length);
      const part = (Object.keys(partSuffixes) as Part[]).find((candidate) =>
        named.endsWith(partSuffixes[candidate]),
      );
      const file = part === undefined ? named : named.slice(0, -partSuffixes[part].length);
      this.addWatchFile(file);
      const all = JSON.parse(await readFile(file, 'utf8')) as Record<string, string>;
      const messages =
        part === undefined
          ? all
          : Object.fromEntries(
              Object.entries(all).filter(([key]) => inFirstFrame(key) === (part === 'first')),
            );
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

/**
 * The window's catalogues as files of fixed names beside its scripts,
 * `messages-<locale>-first.js` and `messages-<locale>-rest.js`, which the
 * window imports by address (`renderer/catalogues.ts`). Its first code asks
 * for them at once; an import the bundler knew of would start only once all
 * of the page's code had run.
 */
export function catalogueFiles(catalogues: Record<Locale, string>, folder = 'assets'): Plugin {
  return {
    name: 'callback-desk:catalogue-files',
    apply: 'build',
    buildStart() {
      for (const [locale, file] of Object.entries(catalogues))
        for (const part of Object.keys(partSuffixes) as Part[])
          this.emitFile({
            type: 'chunk',
            id: `${file}${partSuffixes[part]}`,
            fileName: `${folder}/messages-${locale}-${part}.js`,
            // Its default export is what the window imports: kept, though nothing in the bundle uses it.
            preserveSignature: 'strict',
          });
    },
  };
}
