// Loaded in an iframe by `openTab` (test/support/second-tab.ts): the widget in its own JavaScript
// realm, so with its own store, draft lock and BroadcastChannel, as in a second tab of the browser.
import '../../src/define.js';
