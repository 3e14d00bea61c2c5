export const RUN: number;
export const WINDOW: number;
export function words(text: string): string[];
export function hash(text: string): number;
export function windows(letters: string): number[];
export function copiedRuns(text: string, source: ReadonlySet<number>): string[];
