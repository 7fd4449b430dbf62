import { useEffect, useState } from 'react';
import type { CallbackPreview } from '../electron/contract/desk-types';
import { desk } from './desk';
import { toCallbackForm, type FormDraft } from './form-draft';

export interface PreviewState {
  preview: CallbackPreview | null;
  /** The draft the preview was made for: a field whose value has changed since has no verdict yet. */
  previewedDraft: FormDraft | null;
}

/** Asks the main process what the form would send, shortly after each change; the newest answer wins. */
export function usePreview(draft: FormDraft, profileKey: string): PreviewState {
  const [state, setState] = useState<{ preview: CallbackPreview; draft: FormDraft } | null>(null);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      void desk()
        .previewCallback({ form: toCallbackForm(draft) })
        .then((result) => {
          if (current && result.ok) setState({ preview: result.value, draft });
        });
    }, 120);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [draft, profileKey]);
  return { preview: state?.preview ?? null, previewedDraft: state?.draft ?? null };
}
