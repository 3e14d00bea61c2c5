import { lazyFile } from '../internal/lazy-file.js';
import { loadRecordChecks } from '../services/checks-file.js';

// "Finish" needs the code that builds the response (./completion.ts) and the validators it is stored
// with: the CDN build puts both in one file (`checks-…js`, issue 13), fetched ahead with the results
// view in idle time, so that a participant does not wait at "Finish".

const completion = lazyFile(async () => {
  const [file] = await Promise.all([import('./completion.js'), loadRecordChecks()]);
  return file;
});

/** Loads what "Finish" needs (once; a failed load is tried again on the next call). */
export const loadCompletion = completion.load;
