import type { FieldName } from './types';

/** The words a person sees for each field, used at the start of every message about it. */
export const fieldLabels: Record<FieldName, string> = {
  extension: 'Extension',
  destination: 'Destination',
  caller: 'Caller',
  callee: 'Callee',
  calleeType: 'Callee type',
  direction: 'Direction',
  first: 'Who rings first',
  managerDst: 'manager_dst',
  projectId: 'Project id',
  clientIp: 'Client IP',
  utmSource: 'UTM source',
  utmMedium: 'UTM medium',
  utmCampaign: 'UTM campaign',
  utmTerm: 'UTM term',
  utmContent: 'UTM content',
  clientId: 'Client id',
  userAgent: 'User agent',
  country: 'Default country',
  timeout: 'Timeout',
  authKey: 'Auth-key',
  apiUrl: 'API URL',
  name: 'Name',
  numbers: 'Project numbers',
  target: 'Target',
};
