import { useState } from 'react';
import type { CallbackPreview } from '../../electron/contract/desk-types';
import { formatRequest } from '../../electron/ringostat/redact';
import { RawText } from './raw-text';

/** Exactly what will be sent, key redacted, with "copy as cURL". */
export function RequestPreview({ preview }: { preview: CallbackPreview | null }) {
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
    <section className="panel" aria-label="Request preview">
      <h2>Request preview</h2>
      {request ? (
        <>
          <RawText label="The request that will be sent" className="request-text">
            {formatRequest(request, { indentJson: true })}
          </RawText>
          <p className="field-hint">The JSON-RPC id is chosen anew for each send. The key is never shown.</p>
          <button
            type="button"
            className="secondary"
            onClick={() => preview?.curl && void copy(preview.curl)}
          >
            Copy as cURL
          </button>{' '}
          <span role="status">
            {copied === 'copied'
              ? 'Copied: the key reads from $RINGOSTAT_AUTH_KEY.'
              : copied === 'failed'
                ? 'Copying failed.'
                : ''}
          </span>
        </>
      ) : (
        <p className="waiting">Fill in the form to see the exact request.</p>
      )}
    </section>
  );
}
