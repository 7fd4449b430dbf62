import { useEffect, useRef, useState } from 'react';
import type { HistoryPage, HistorySummary } from '../../electron/contract/desk-types';
import type { HistoryFilter } from '../../electron/history/history-types';
import { desk } from '../desk';
import { formatDateTime } from '../../electron/contract/i18n/translate';
import { useT } from '../i18n';

const rowHeight = 44;
const pageSize = 100;
const overscan = 10;

interface HistoryListProps {
  filter: HistoryFilter;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onStatus: (status: { total: number; indexing: boolean; corruptLines: number }) => void;
}

/**
 * Newest first, virtualised: only the rows in view exist in the page, and
 * their entries are fetched a hundred at a time as they scroll into view.
 */
/**
 * The parent mounts a new list whenever the filter or the history changes,
 * so a list only ever shows one filter's answers.
 */
export function HistoryList({ filter, selectedId, onSelect, onStatus }: HistoryListProps) {
  const t = useT();
  const [total, setTotal] = useState(0);
  const [pages, setPages] = useState<Map<number, HistorySummary[]>>(new Map());
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(480);
  const viewport = useRef<HTMLDivElement>(null);
  const requested = useRef(new Set<number>());
  const [tick, setTick] = useState(0);

  useEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(Math.max(total, 1) - 1, Math.ceil((scrollTop + height) / rowHeight) + overscan);

  useEffect(() => {
    for (const page of new Set([Math.floor(first / pageSize), Math.floor(last / pageSize)])) {
      if (requested.current.has(page)) continue;
      requested.current.add(page);
      void desk()
        .listHistory({ filter, offset: page * pageSize, limit: pageSize })
        .then((result) => {
          if (!result.ok) return;
          const value: HistoryPage = result.value;
          setTotal(value.total);
          setPages((existing) => new Map(existing).set(page, value.items));
          onStatus({ total: value.total, indexing: value.indexing, corruptLines: value.corruptLines });
          // While the index is built only the newest entries are known: ask again shortly.
          if (value.indexing) {
            setTimeout(() => {
              requested.current.delete(page);
              setTick((count) => count + 1);
            }, 300);
          }
        });
    }
  }, [first, last, filter, tick, onStatus]);

  const rows: { index: number; entry: HistorySummary | undefined }[] = [];
  for (let index = first; index <= last && index < total; index += 1) {
    rows.push({ index, entry: pages.get(Math.floor(index / pageSize))?.[index % pageSize] });
  }

  return (
    <div
      className="history-viewport"
      ref={viewport}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      tabIndex={-1}
    >
      {total === 0 ? <p className="waiting">{t('history.noMatch')}</p> : null}
      <ul className="history-rows" style={{ height: total * rowHeight }} aria-label={t('history.rowsLabel')}>
        {rows.map(({ index, entry }) => (
          <li
            key={entry?.id ?? `row-${index}`}
            className="history-row-slot"
            style={{ transform: `translateY(${index * rowHeight}px)` }}
            aria-setsize={total}
            aria-posinset={index + 1}
          >
            {entry ? (
              <button
                type="button"
                className={`history-row outcome-${entry.outcome}`}
                aria-current={entry.id === selectedId ? 'true' : undefined}
                onClick={() => onSelect(entry.id)}
              >
                <span className="row-time">{formatDateTime(entry.at, t.locale, 'short')}</span>
                <span className="row-outcome" data-outcome={entry.outcome}>
                  {t(`outcomeWord.${entry.outcome}`)}
                </span>
                <span className="row-parties">
                  {entry.caller} → {entry.callee}
                </span>
                <span className="row-meta">
                  {t(`method.${entry.method}`)} · {entry.profileName}
                  {entry.httpStatus === null ? '' : ` · ${entry.httpStatus}`}
                  {entry.latencyMs === null ? '' : t('details.latency', { ms: entry.latencyMs })}
                  {entry.tag ? ` · ${t(`tag.${entry.tag}`)}` : ''}
                </span>
              </button>
            ) : (
              <span className="history-row loading">{t('app.loading')}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
