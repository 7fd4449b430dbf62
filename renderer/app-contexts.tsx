import type { ReactNode } from 'react';
import type { Translator } from '../electron/contract/i18n/translate';
import { TranslatorContext } from './i18n';
import { ProjectZonesContext } from './moment';

/** What every screen reads without being handed it: the language, and each profile's time zone. */
export function AppContexts({
  t,
  zones,
  children,
}: {
  t: Translator;
  zones: ReadonlyMap<string, string>;
  children: ReactNode;
}) {
  return (
    <TranslatorContext.Provider value={t}>
      <ProjectZonesContext.Provider value={zones}>{children}</ProjectZonesContext.Provider>
    </TranslatorContext.Provider>
  );
}
