export type { View } from '../../state/config.js';

/** `consent="given"`: the host asked the participant for consent itself. */
export type Consent = 'given';
