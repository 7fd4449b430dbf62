import { useContext, useEffect, useRef, useState } from 'react';
import type { HistoryPage, HistorySummary } from '../../electron/contract/desk-types';
import type { HistoryFilter } from '../../electron/contract/history-types';
import type { Text } from '../../electron/contract/i18n/text';
import { desk } from '../desk';
import { momentParts } from '../../electron/contract/i18n/moments';
import { useT } from '../i18n';
import { ProjectZonesContext } from '../moment';

const rowHeight = 44;
const pageSize = 100;
const overscan = 10;
/** Pages fetched ahead of the rows in view (and one behind), so scrolling reaches rows already there. */
const pagesAhead = 2;
/** Pages kept around the view; farther ones are dropped, so a long scroll holds a bounded number of rows. */
const pagesKept = 8;

/** What the toolbar says of the history as a whole. */
export interface HistoryStatus {
  total: number;
  indexing: boolean;
  corruptLines: number;
  /** Why the history cannot be used, when it cannot. */
  unavailable: Text | null;
}

interface HistoryListProps {
  filter: HistoryFilter;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onStatus: (status: HistoryStatus) => void;
}

/**
 * Newest first, virtualised: only the rows in view exist in the page, and
 * their entries are fetched a hundred at a time, ahead of the view in the
 * direction of travel. The parent mounts a new list whenever the filter or
 * the history changes, so a list only ever shows one filter's answers.
 */
export function HistoryList({ filter, selectedId, onSelect, onStatus }: HistoryListProps) {
  const t = useT();
  const zones = useContext(ProjectZonesContext);
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

  const firstPage = Math.floor(first / pageSize);
  const lastPage = Math.floor(last / pageSize);
  const [direction, setDirection] = useState<1 | -1>(1);
  const previousTop = useRef(0);

  useEffect(() => {
    const lastPossible = Math.max(0, Math.ceil(total / pageSize) - 1);
    const wanted: number[] = [];
    for (let page = firstPage; page <= lastPage; page += 1) wanted.push(page);
    // Ahead in the direction of travel first, then one behind.
    for (let step = 1; step <= pagesAhead; step += 1)
      wanted.push(direction > 0 ? lastPage + step : firstPage - step);
    wanted.push(direction > 0 ? firstPage - 1 : lastPage + 1);
    for (const page of wanted) {
      if (page < 0 || (page > lastPossible && page > 0) || requested.current.has(page)) continue;
      requested.current.add(page);
      void desk()
        .listHistory({ filter, offset: page * pageSize, limit: pageSize })
        .then((result) => {
          if (!result.ok) return;
          const value: HistoryPage = result.value;
          setTotal(value.total);
          setPages((existing) => {
            const kept = new Map(existing).set(page, value.items);
            // Far from the view again: drop it, and fetch it again if the view comes back.
            for (const held of kept.keys()) {
              if (Math.abs(held - page) > pagesKept) {
                kept.delete(held);
                requested.current.delete(held);
              }
            }
            return kept;
          });
          onStatus({
            total: value.total,
            indexing: value.indexing,
            corruptLines: value.corruptLines,
            unavailable: value.unavailable,
          });
          // While the index is built only the newest entries are known: ask again shortly.
          if (value.indexing) {
            setTimeout(() => {
              requested.current.delete(page);
              setTick((count) => count + 1);
            }, 300);
          }
        });
    }
  }, [firstPage, lastPage, direction, total, filter, tick, onStatus]);

  const rows: { index: number; entry: HistorySummary | undefined }[] = [];
  for (let index = first; index <= last && index < total; index += 1) {
    rows.push({ index, entry: pages.get(Math.floor(index / pageSize))?.[index % pageSize] });
  }

  return (
    <div
      className="history-viewport"
      ref={viewport}
      onScroll={(event) => {
        const top = event.currentTarget.scrollTop;
        if (top !== previousTop.current) setDirection(top > previousTop.current ? 1 : -1);
        previousTop.current = top;
        setScrollTop(top);
      }}
      tabIndex={-1}
    >
      {total === 0 ? <p className="waiting">{t('history.noMatch')}</p> : null}
      <ul className="history-rows" style={{ height: total * rowHeight }} aria-label={t('history.rowsLabel')}>
        {rows.map(({ index, entry }) => {
          // The person's time in the row; the project's, where it reads otherwise, on the line under it.
          const moment = entry
            ? momentParts(entry.at, t.locale, 'short', { projectZone: zones.get(entry.profileId) })
            : null;
          return (
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
                  <span className="row-time">
                    {moment ? <time dateTime={moment.iso}>{moment.local}</time> : entry.at}
                  </span>
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
                    {moment?.project && moment.zone
                      ? ` · ${t('time.inProject', { project: moment.project, zone: moment.zone })}`
                      : ''}
                  </span>
                </button>
              ) : (
                <span className="history-row loading">{t('app.loading')}</span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
