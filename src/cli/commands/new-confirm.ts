// A yes/no question in the output language (the new-record prompts and the RACI prompts share it).
import { confirm } from '@inquirer/prompts';
import type { Translate } from '../../core/i18n/translate.js';

export function confirmIn(t: Translate, message: string, defaultValue: boolean): Promise<boolean> {
  const yes = t('prompt.yes');
  const no = t('prompt.no');
  return confirm({ message, default: defaultValue, theme: { keywords: { yes, no, error: () => t('prompt.yesNo', { yes, no }) } } });
}
