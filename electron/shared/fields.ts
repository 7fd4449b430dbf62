import { text, type Text } from '../contract/i18n/text';
import type { FieldName } from '../contract/callback-types';

/** The words a person sees for a field, used at the start of every message about it. */
export function fieldLabel(field: FieldName): Text {
  return text(`field.${field}`);
}
