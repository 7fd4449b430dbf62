import { text } from '../../electron/contract/i18n/text';
import type { CallbackFormInput } from '../../electron/contract/schemas';
import type { HistoryStore } from '../../electron/history/history-store';
import type { HistoryBegin, HistoryEnd, StoredCallLog } from '../../electron/contract/history-types';

/** A small seeded generator, so a failure names an attempt that can be made again. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A phone number: how Ringostat gets it, how a person typed it, how a call log wrote it. */
interface Phone {
  sent: string;
  typed: string;
  logged: string;
}

/** One attempt written to the history, and what must and must not be seen of it with masking on. */
export interface RandomAttempt {
  id: string;
  /** Every way each of its phone numbers is written: none may reach the window or a file. */
  secrets: string[];
  /** Values that are not phone numbers, which masking must leave exactly as they are. */
  kept: { caller?: string; callee?: string; utmSource: string; clientId: string; requestId: number };
  /** The last four digits of its caller, when the caller is a number. */
  callerLastFour: string | null;
  withCallLog: boolean;
}

/** Writes `count` attempts of every kind to the history, numbers in many forms among digits that are no numbers. */
export function writeRandomHistory(history: HistoryStore, count: number, seed = 20_251_126): RandomAttempt[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const digits = (length: number) => Array.from({ length }, () => String(Math.floor(random() * 10))).join('');
  const word = () =>
    Array.from({ length: 3 + Math.floor(random() * 6) }, () => pick([...'abcdefghijklmnopqrstuvwxyz'])).join(
      '',
    );
  const phone = (): Phone => {
    const kind = pick(['ua', 'us', 'gb'] as const);
    if (kind === 'ua') {
      const national = `${pick(['50', '63', '66', '67', '68', '73', '93', '97', '99'])}${digits(7)}`;
      const sent = `380${national}`;
      const typed = pick([
        `+380 ${national.slice(0, 2)} ${national.slice(2, 5)} ${national.slice(5, 7)} ${national.slice(7)}`,
        `0${national}`,
        `(0${national.slice(0, 2)}) ${national.slice(2, 5)}-${national.slice(5, 7)}-${national.slice(7)}`,
        sent,
      ]);
      return { sent, typed, logged: pick([`0${national}`, `+${sent}`, sent]) };
    }
    if (kind === 'us') {
      const national = `${pick(['212', '415', '646'])}${digits(7)}`;
      const typed = `+1 (${national.slice(0, 3)}) ${national.slice(3, 6)}-${national.slice(6)}`;
      return { sent: `1${national}`, typed, logged: `+1${national}` };
    }
    const national = `7${digits(9)}`;
    return {
      sent: `44${national}`,
      typed: `+44 ${national.slice(0, 4)} ${national.slice(4)}`,
      logged: `0${national}`,
    };
  };
  const sipLogin = () => `${pick(['shop', 'supportrngst', 'sandbox'])}_${word()}${pick(['', digits(2)])}`;
  const secretsOf = (phones: Phone[]) =>
    phones.flatMap((number) => [number.sent, number.typed, number.logged, number.typed.replace(/\D/g, '')]);

  const made: RandomAttempt[] = [];
  for (let n = 0; n < count; n += 1) {
    const requestId = Number(digits(10).replace(/^0/, '1'));
    const utmSource = pick([word(), `spring${digits(8)}`, `${word()}_${digits(3)}`]);
    const clientId = `${digits(9)}.${digits(10)}`;
    const phones: Phone[] = [];
    let form: CallbackFormInput;
    let sent: { caller: string; callee: string };
    let request: HistoryBegin['request'];
    let kept: RandomAttempt['kept'] = { utmSource, clientId, requestId };
    if (random() < 0.2) {
      const extension = { sent: `38044${digits(7)}`, typed: '', logged: '' };
      extension.typed = `0${extension.sent.slice(3)}`;
      extension.logged = extension.sent;
      const destination = random() < 0.8 ? phone() : null;
      const destinationText = destination ? destination.typed : sipLogin();
      phones.push(extension, ...(destination ? [destination] : []));
      form = { method: 'simple', extension: extension.typed, destination: destinationText };
      sent = { caller: extension.sent, callee: destination ? destination.sent : destinationText };
      if (!destination) kept = { ...kept, callee: destinationText };
      request = {
        method: 'POST',
        url: 'http://127.0.0.1:9/callback/outward_call',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Auth-key': '[redacted]' },
        body: new URLSearchParams({ extension: sent.caller, destination: sent.callee }).toString(),
      };
    } else {
      const caller = random() < 0.8 ? phone() : null;
      const calleeKind = pick(['sip', 'scheme', 'phone'] as const);
      const callee = calleeKind === 'phone' ? phone() : null;
      const callerText = caller ? caller.typed : sipLogin();
      const calleeText = callee
        ? callee.typed
        : calleeKind === 'scheme'
          ? digits(1 + Math.floor(random() * 6))
          : sipLogin();
      phones.push(...(caller ? [caller] : []), ...(callee ? [callee] : []));
      form = {
        method: 'extended',
        caller: callerText,
        callee: calleeText,
        calleeType: calleeKind === 'scheme' ? 'scheme' : 'number',
        direction: 'in',
        utmSource,
        utmCampaign: word(),
        clientId,
      };
      sent = { caller: caller ? caller.sent : callerText, callee: callee ? callee.sent : calleeText };
      kept = {
        ...kept,
        ...(caller ? {} : { caller: callerText }),
        ...(callee ? {} : { callee: calleeText }),
      };
      request = {
        method: 'POST',
        url: 'http://127.0.0.1:9/a/v2',
        headers: { 'Content-Type': 'application/json', 'Auth-key': '[redacted]' },
        body: JSON.stringify({
          jsonrpc: '2.0',
          id: requestId,
          method: 'Api\\V2\\Callback.external',
          params: {
            callee_type: calleeKind === 'scheme' ? 'scheme' : 'default',
            caller_type: 'default',
            caller: sent.caller,
            callee: sent.callee,
            manager_dst: 0,
            direction: 'in',
            projectId: '10001',
            utmSource,
            clientId,
          },
        }),
      };
    }
    const begun = history.begin({
      profileId: 'sandbox',
      profileName: 'Sandbox',
      target: 'simulator',
      method: form.method,
      form,
      request,
      caller: sent.caller,
      callee: sent.callee,
      fingerprint: `sandbox|${form.method}|${sent.caller}|${sent.callee}`,
      searchable: [
        ...(form.method === 'simple' ? [form.extension, form.destination] : [form.caller, form.callee]).map(
          (value) => value.replace(/\D/g, ''),
        ),
        utmSource,
        clientId,
      ].filter((value) => value !== ''),
    });
    const refused = random() < 0.4;
    const serverMessage = refused ? `Number ${sent.caller} cannot be called (ref ${digits(9)})` : null;
    const end: Omit<HistoryEnd, 'endedAt'> = {
      outcome: refused ? 'rejected' : 'accepted',
      httpStatus: 200,
      latencyMs: Math.floor(random() * 900),
      message: refused
        ? text('outcome.refusedInside', {
            says: text('outcome.says', { message: serverMessage ?? '' }),
            status: 200,
          })
        : text('outcome.accepted', { status: 200 }),
      explanation: refused
        ? text('outcome.refusedInsideNext')
        : `It rings ${phones[0]?.typed ?? sent.caller} first.`,
      serverMessage,
      answer: {
        status: 200,
        contentType: 'application/json',
        body: refused
          ? JSON.stringify({ jsonrpc: '2.0', id: requestId, error: { code: -32000, message: serverMessage } })
          : JSON.stringify({ jsonrpc: '2.0', id: requestId, result: true }),
        truncated: false,
      },
    };
    history.complete(begun.id, end);
    const withCallLog = random() < 0.5;
    if (withCallLog) {
      const callLog: StoredCallLog = {
        status: 'final',
        row: {
          calldate: '2026-11-26T12:30:04+0200',
          caller: phones[0]?.logged ?? sent.caller,
          dst: phones[1]?.logged ?? sent.callee,
          connected_with: phones[1]?.logged ?? sent.callee,
          uniqueid: `${digits(10)}.${digits(7)}`,
          disposition: 'ANSWERED',
          billsec: Math.floor(random() * 300),
          duration: 42,
          call_card: `https://my.ringostat.net/call-card/${digits(12)}`,
          employee_fio: 'Anna Kovalenko',
          utm_source: utmSource,
        },
        candidates: 1,
        message: text('callLog.settled'),
        checkedAt: '2026-11-26T10:35:00.000Z',
      };
      history.setCallLog(begun.id, callLog);
    }
    made.push({
      id: begun.id,
      secrets: secretsOf(phones),
      kept,
      callerLastFour: kept.caller === undefined ? sent.caller.slice(-4) : null,
      withCallLog,
    });
  }
  return made;
}

/**
 * The phone numbers of `attempts` found in a text, however written: every run
 * of digits with the spaces, brackets, dashes and pluses people write numbers
 * with is read as its digits, and any of the numbers inside it is a leak.
 */
export function leakedNumbers(content: string, attempts: readonly RandomAttempt[]): string[] {
  const secrets = new Set(
    attempts.flatMap((attempt) => attempt.secrets.map((secret) => secret.replace(/\D/g, ''))),
  );
  const lengths = [...new Set([...secrets].map((secret) => secret.length))];
  const leaked = new Set<string>();
  for (const [span] of content.matchAll(/\d[\d +()-]*\d/g)) {
    const digits = span.replace(/\D/g, '');
    for (const length of lengths) {
      for (let start = 0; start + length <= digits.length; start += 1) {
        const candidate = digits.slice(start, start + length);
        if (secrets.has(candidate)) leaked.add(candidate);
      }
    }
  }
  return [...leaked];
}
