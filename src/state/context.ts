import type { UiStrings } from '../content/strings.js';
import type { GroupId } from '../model/model.js';
import type { Locale } from '../model/locale.js';
import type { Model } from '../model/model.js';

/**
 * What every view inside `<seeds-of-innovation>` needs to render: language, texts and the model in
 * use. The root hands it to each view as its `context` property (a view nested in another gets it
 * from that one): plain Lit data flow, no context protocol to load before the first question.
 */
export interface SeedsContext {
  readonly locale: Locale;
  readonly ui: UiStrings;
  readonly model: Model;
  readonly groups: Readonly<Record<GroupId, string>>;
}
