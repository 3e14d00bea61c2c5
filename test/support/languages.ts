// Tests that read DEFAULT_MODEL's texts, call the flower's pure helpers or drive a Configuration
// without an element that loads its language: both languages' files, loaded as a host would with
// `loadLanguage`.
import { loadLanguage } from '../../src/index.js';

await Promise.all([loadLanguage('nl'), loadLanguage('en')]);
