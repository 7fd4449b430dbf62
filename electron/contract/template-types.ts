import type { CallbackFormInput } from './schemas';

/** A saved form: shared by every profile, or kept to one. */
export interface CallbackTemplate {
  id: string;
  name: string;
  description: string;
  /** `shared`, or the id of the one profile it belongs to. */
  scope: string;
  form: CallbackFormInput;
  updatedAt: string;
}
