import { createContext } from '@lit/context';
import type { UiStrings } from '../content/strings.js';
import type { GroupId } from '../model/model.js';
import type { Locale } from '../model/locale.js';
import type { Model } from '../model/model.js';

/** What every view inside `<seeds-of-innovation>` needs to render: language, texts and the model in use. */
export interface SeedsContext {
  readonly locale: Locale;
  readonly ui: UiStrings;
  readonly model: Model;
  readonly groups: Readonly<Record<GroupId, string>>;
}

// A Symbol key so it never collides with a host page's own contexts.
export const seedsContext = createContext<SeedsContext>(Symbol('seeds-context'));
