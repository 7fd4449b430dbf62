import type { HistoryEntry } from '../contract/history-types';

/** An export's text as it is written, and how many entries it held once written. */
export interface ExportText extends AsyncIterable<string> {
  readonly count: number;
}

/**
 * Joins the exports of batches of entries into one document, as it is
 * written: a CSV keeps only the first batch's header row; JSON arrays are
 * merged into one. `render` turns one batch into a whole document, as the
 * export functions do.
 */
export function exportText(
  batches: AsyncIterable<HistoryEntry[]>,
  render: (batch: HistoryEntry[]) => string,
): ExportText {
  let count = 0;
  return {
    get count() {
      return count;
    },
    async *[Symbol.asyncIterator]() {
      let first = true;
      let json = false;
      for await (const batch of batches) {
        if (batch.length === 0) continue;
        const document = render(batch);
        json = document.startsWith('[');
        if (json) {
          // "[\n  {…},\n  {…}\n]": the items without the brackets, joined to the others by a comma.
          const items = document.slice(document.indexOf('\n') + 1, document.lastIndexOf('\n'));
          yield first ? `[\n${items}` : `,\n${items}`;
        } else yield first ? document : document.slice(document.indexOf('\n') + 1);
        first = false;
        count += batch.length;
      }
      if (first) yield render([]);
      else if (json) yield '\n]';
    },
  };
}
