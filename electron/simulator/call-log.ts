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
  /** How the call ends once it has rung: answered, or a scenario's busy or unanswered. */
  disposition: 'ANSWERED' | 'BUSY' | 'NO ANSWER';
  /** When it was placed, for rows that progress as time passes. */
  placedAtMs: number;
}
