import { FACTORS, type Factor } from './factors.js';

export const INSTRUMENT_IDS = ['quick', 'full'] as const;
export type InstrumentId = (typeof INSTRUMENT_IDS)[number];

export interface Item {
  /** Stable id `<factor-id>.<n>`; the quick instrument uses each factor's first item, so quick and full stay comparable. */
  readonly id: string;
  readonly factor: string;
}

export interface Instrument {
  readonly id: InstrumentId;
  readonly items: readonly Item[];
}

/** How many statements per factor each instrument asks. */
export const ITEMS_PER_FACTOR: Readonly<Record<InstrumentId, number>> = { quick: 1, full: 3 };

export function itemsFor(factors: readonly Factor[], instrument: InstrumentId): Item[] {
  const count = ITEMS_PER_FACTOR[instrument];
  return factors.flatMap((factor) =>
    Array.from({ length: count }, (_, i) => ({ id: `${factor.id}.${i + 1}`, factor: factor.id })),
  );
}

export function isInstrumentId(value: unknown): value is InstrumentId {
  return typeof value === 'string' && (INSTRUMENT_IDS as readonly string[]).includes(value);
}

export const INSTRUMENTS: Readonly<Record<InstrumentId, Instrument>> = {
  quick: { id: 'quick', items: itemsFor(FACTORS, 'quick') },
  full: { id: 'full', items: itemsFor(FACTORS, 'full') },
};
