import { vi, type Messages } from './vi';

export type { Messages };

/**
 * The messages in force. Only Vietnamese exists today; an English switch adds `en.ts` (an object of
 * type {@link Messages}) and chooses between the two here, e.g. from a saved preference.
 */
export const t: Messages = vi;
