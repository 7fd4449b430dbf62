import { useEffect, useState } from 'react';
import type { CallbackPreview } from '../electron/contract/desk-types';
import { desk } from './desk';
import { toCallbackForm, type FormDraft } from './form-draft';

/** Asks the main process what the form would send, shortly after each change; the newest answer wins. */
export function usePreview(draft: FormDraft, profileKey: string): CallbackPreview | null {
  const [preview, setPreview] = useState<CallbackPreview | null>(null);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      void desk()
        .previewCallback({ form: toCallbackForm(draft) })
        .then((result) => {
          if (current && result.ok) setPreview(result.value);
        });
    }, 120);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [draft, profileKey]);
  return preview;
}
