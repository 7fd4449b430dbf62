import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { MetadataJson } from 'libphonenumber-js/core';
import type { Plugin } from 'vite';
import { splitPhoneMetadata } from '../electron/ringostat/phone-metadata.ts';

/** The plans' file, beside the bundle's own files. */
const plansFile = 'phone-metadata.json';
const runtime = resolve(import.meta.dirname, '../electron/ringostat/phone-metadata.ts');

/**
 * Splits libphonenumber's "max" metadata for a build: the countries'
 * numbering plans go one after another into `phone-metadata.json`, and the
 * module the library imports the metadata from becomes the index of
 * calling codes, reading a plan, alone, the first time the library looks
 * at it (`electron/ringostat/phone-metadata.ts`).
 */
export function phoneMetadataByCountry(): Plugin {
  return {
    name: 'callback-desk:phone-metadata-by-country',
    apply: 'build',
    async load(id) {
      if (!id.replace(/\\/g, '/').endsWith('/libphonenumber-js/metadata.max.json.js')) return null;
      const whole = JSON.parse(
        await readFile(join(dirname(id), 'metadata.max.json'), 'utf8'),
      ) as MetadataJson;
      const { index, plans } = splitPhoneMetadata(whole);
      this.emitFile({ type: 'asset', fileName: plansFile, source: plans });
      return [
        `import { join } from 'node:path';`,
        `import { phoneMetadataReadOnUse, planFile } from ${JSON.stringify(runtime)};`,
        // The bundle is CommonJS, its chunks side by side: __dirname is their folder.
        `export default phoneMetadataReadOnUse(${JSON.stringify(index)}, planFile(join(__dirname, ${JSON.stringify(plansFile)})));`,
      ].join('\n');
    },
  };
}
