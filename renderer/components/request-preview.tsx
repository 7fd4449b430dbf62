import { useState } from 'react';
import type { CallbackPreview } from '../../electron/contract/desk-types';
import { formatRequest } from '../../electron/shared/redact';
import { useT } from '../i18n';
import { RawText } from './raw-text';

/** Exactly what will be sent, key redacted, with "copy as cURL". */
export function RequestPreview({ preview }: { preview: CallbackPreview | null }) {
  const t = useT();
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  const request = preview?.request ?? null;
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <section className="panel" aria-label={t('requestPreview.title')}>
      <h2>{t('requestPreview.title')}</h2>
      {request ? (
        <>
          <RawText label={t('requestPreview.label')} className="request-text">
            {formatRequest(request, { indentJson: true })}
          </RawText>
          <p className="field-hint">{t('requestPreview.idNote')}</p>
          <button
            type="button"
            className="secondary"
            onClick={() => preview?.curl && void copy(preview.curl)}
          >
            {t('details.copyCurl')}
          </button>{' '}
          <span role="status">
            {copied === 'copied' ? t('details.copied') : copied === 'failed' ? t('details.copyFailed') : ''}
          </span>
        </>
      ) : (
        <p className="waiting">{t('requestPreview.fillIn')}</p>
      )}
    </section>
  );
}
