/**
 * The simulator's fixed project. These values are public: they open only the
 * simulator, never a real Ringostat project.
 */
export const sandbox = {
  authKey: 'sandbox-auth-key-0000',
  /** A key that exists but opens nothing: answers 403. */
  noAccessKey: 'sandbox-no-access-0000',
  projectId: '10001',
  timeZone: 'Europe/Kyiv',
  /** Numbers connected to the project as incoming: the only valid `extension` values. */
  projectNumbers: ['380441112233', '380442223344'],
  /** Forwarding schemes by id. */
  schemes: { '101': 'Sales', '102': 'Support', '103': 'Night line' } as Record<string, string>,
  /** SIP logins that `GET /sipstatus/online` reports. */
  onlineSipLogins: ['sandbox_anna', 'sandbox_petro'],
  /** How long a simulated call rings before its row shows how it ended. */
  ringMs: 3_000,
  /** The demo staff for `getProjectStaffListAndDirections`. */
  staff: [
    {
      id: '501',
      fio: 'Anna Kovalenko',
      email: 'anna@sandbox.example',
      department: 'Sales',
      sip: 'sandbox_anna',
      number: '380671110001',
    },
    {
      id: '502',
      fio: 'Petro Shevchenko',
      email: 'petro@sandbox.example',
      department: 'Support',
      sip: 'sandbox_petro',
      number: '380671110002',
    },
    {
      id: '503',
      fio: 'Olena Bondar',
      email: 'olena@sandbox.example',
      department: 'Support',
      sip: 'sandbox_olena',
      number: '380671110003',
    },
  ],
} as const;

// The scenario numbers are plain data the window's gallery reads too.
export { scenarioFor, scenarios, type Scenario, type ScenarioBehaviour } from '../shared/scenarios';
