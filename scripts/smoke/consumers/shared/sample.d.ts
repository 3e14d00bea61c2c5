import type { Scores, SeedsResponse } from 'seeds-of-innovation';

export declare const RESULTS: SeedsResponse[];
export declare const SCORES: Scores;
