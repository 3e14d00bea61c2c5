// The one storage interface the API is written against; SQLite and PostgreSQL implement it, and one
// contract test suite (collector/test/) runs against both.

export interface Community {
  readonly id: string;
  readonly name: string;
  /** ISO 8601. */
  readonly createdAt: string;
}

export interface CommunityRecord extends Community {
  /** SHA-256 of the facilitator token (hex); the token itself is never stored. */
  readonly tokenHash: string;
}

export interface CommunitySummary extends Community {
  readonly responses: number;
}

export interface NewResponse {
  readonly id: string;
  readonly community: string | null;
  readonly round: string | null;
  /** The payload as JSON text, returned byte for byte on read. */
  readonly body: string;
  /** Hash of the payload with its keys sorted: tells "the same body again" from "another body". */
  readonly digest: string;
}

/** Storage sequences `after` < seq ≤ `upTo`. */
export interface SequenceRange {
  readonly after: number;
  readonly upTo: number;
}

/** created: stored now; duplicate: this id with this body was stored before; conflict: this id with another body. */
export type PutResult = 'created' | 'duplicate' | 'conflict';

export interface Storage {
  readonly kind: 'sqlite' | 'postgresql';
  /** Brings the schema up to date; safe to run at every start, and by several processes at once. */
  migrate(): Promise<void>;
  /** Throws when the database cannot be reached (health check). */
  ping(): Promise<void>;
  /** False when a community with this id exists already. */
  addCommunity(community: { id: string; name: string; tokenHash: string }): Promise<boolean>;
  /** Replaces a community's token hash; false when there is no such community. */
  setCommunityToken(id: string, tokenHash: string): Promise<boolean>;
  community(id: string): Promise<CommunityRecord | null>;
  communities(): Promise<CommunitySummary[]>;
  /** Committed to disk before it resolves 'created'. */
  putResponse(response: NewResponse): Promise<PutResult>;
  /**
   * The stored payloads (JSON text) of a community, oldest first, optionally of one round only;
   * with `range`, only those stored after sequence `after` and up to `upTo` (both from
   * `responsesVersion`), so a reader that has the list up to `after` gets what was added since.
   */
  responses(community: string, round?: string, range?: SequenceRange): Promise<string[]>;
  /**
   * What a read of `responses(community, round)` would return, named cheaply: how many there are and
   * the highest storage sequence among them. Sequences are never reused, so the same pair means the
   * same list (a delete lowers the count, an insert raises the last sequence); the ETag of a read.
   */
  responsesVersion(community: string, round?: string): Promise<{ count: number; last: number }>;
  /** False when no response had this id. */
  deleteResponse(id: string): Promise<boolean>;
  close(): Promise<void>;
}
