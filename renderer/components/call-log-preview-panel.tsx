import type { CallbackPreview } from '../../electron/contract/desk-types';
import { useT } from '../i18n';

/** How Ringostat's call log will show this callback, as the form stands; needs no project. */
export function CallLogPreviewPanel({ preview }: { preview: CallbackPreview | null }) {
  const t = useT();
  const callLog = preview?.callLog ?? null;
  return (
    <section className="panel" aria-label={t('preview.title')}>
      <h2>{t('preview.title')}</h2>
      {callLog ? (
        <>
          <dl className="facts-list">
            <dt>{t('preview.recordedAs')}</dt>
            <dd>{t(`preview.recorded.${callLog.recordedAs}`)}</dd>
            <dt>{t('preview.whoCalled')}</dt>
            <dd>{t.words(callLog.whoCalled)}</dd>
            <dt>{t('preview.whereCalled')}</dt>
            <dd>{t.words(callLog.whereCalled)}</dd>
            <dt>{t('preview.connectedWith')}</dt>
            <dd>{t.words(callLog.connectedWith)}</dd>
            <dt>{t('preview.trafficSource')}</dt>
            <dd>
              {callLog.trafficLabels.length > 0
                ? callLog.trafficLabels
                    .map((label) => t('preview.label', { name: label.name, value: label.value }))
                    .join(' · ')
                : t('preview.none')}
            </dd>
          </dl>
          <p className="field-hint">{t.words(callLog.labelsNote)}</p>
          <p>{t.words(callLog.rings)}</p>
          <p>{t.words(callLog.clientSees)}</p>
        </>
      ) : (
        <p className="waiting">{t('preview.fillIn')}</p>
      )}
    </section>
  );
}
