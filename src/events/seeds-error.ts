/** Machine-readable reasons for `seeds-error`. */
export type SeedsErrorCode =
  | 'invalid-lang'
  | 'invalid-instrument'
  | 'invalid-view'
  | 'invalid-model'
  | 'invalid-endpoint'
  | 'invalid-scores'
  | 'invalid-results'
  | 'invalid-source'
  | 'export-failed'
  | 'storage-unavailable'
  | 'storage-corrupt'
  | 'storage-quota'
  | 'storage-failed'
  /** The host page deleted or upgraded the database; what this page held was written again. */
  | 'storage-reset'
  /**
   * The questionnaire of this storage namespace is being filled in in another tab or window of this
   * browser: here it is read-only (with a calm message) until that one closes, then it continues
   * here with the other tab's answers. Needs the Web Locks API; without it each tab edits as before.
   */
  | 'draft-open-elsewhere';

export interface SeedsErrorDetail {
  readonly code: SeedsErrorCode;
  /** A readable English explanation for the host developer. */
  readonly message: string;
}

/** Fired for a configuration or storage problem; the element carries on with a safe fallback. */
export type SeedsErrorEvent = CustomEvent<SeedsErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'seeds-error': SeedsErrorEvent;
  }
}
