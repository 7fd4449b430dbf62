import type { Text } from './i18n/text';
import type { ManagerDst } from './callback-types';

/** How Ringostat's call log will show a callback, per the vendor page. */
export interface CallLogPreview {
  recordedAs: 'inbound' | 'outbound' | 'callback';
  whoCalled: Text;
  whereCalled: Text;
  connectedWith: Text;
  /** The traffic-source labels an inbound call carries. */
  trafficLabels: { name: Text; value: string }[];
  labelsNote: Text;
  /** Who is rung first and second, in plain words. */
  rings: Text;
  managerDst: ManagerDst | null;
  /** Which number the client sees ring. */
  clientSees: Text;
}
