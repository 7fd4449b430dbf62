/** One call the simulator "placed", recorded the way the vendor page says the call log shows it. */
export interface SimulatedCall {
  uniqueid: string;
  /** Project-local time with offset, like `2019-06-02T09:30:47+0300`. */
  calldate: string;
  method: 'simple' | 'extended';
  /** `out` outbound, `in` inbound with traffic-source labels, `callback` for the simple method. */
  call_type: 'in' | 'out' | 'callback';
  /** Who called. */
  caller: string;
  /** Where they called. */
  dst: string;
  connected_with: string;
  /** The leg rung first. */
  rang_first: string;
  manager_dst: 0 | 1 | null;
  scheme_name: string | null;
  utm_source: string | null;
  utm_medium: string | null;
  utm_campaign: string | null;
  utm_term: string | null;
  utm_content: string | null;
  client_id: string | null;
  client_ip: string | null;
  user_agent: string | null;
  disposition: 'ANSWERED';
}

/** Formats an instant as the call log does: local time in the project's zone, offset without a colon. */
export function formatCallDate(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longOffset',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((p) => p.type === type)?.value ?? '';
  const offset = part('timeZoneName').replace('GMT', '').replace(':', '') || '+0000';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}:${part('second')}${offset}`;
}
