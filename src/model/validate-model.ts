import { isObject, isReservedKey, show } from './checks.js';
import { LOCALES } from './locale.js';
import {
  GROUP_IDS,
  type FactorContent,
  type GroupId,
  type Localized,
  type Model,
  type ModelFactor,
  type ModelItem,
} from './model.js';
import type { ValidationResult } from './validation.js';

const ID_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;
const MAX_FACTORS = 24;
const MAX_ITEMS_PER_FACTOR = 10;

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

/**
 * Checks a host-supplied factor model and returns it normalised (numbers from position,
 * `related` defaulted), or every problem with the path where it sits, e.g.
 * `factors[2].group: "peple" is not one of people, process, content, precondition, outcomes`.
 */
export function validateModel(input: unknown): ValidationResult<Model> {
  const errors: string[] = [];
  if (!isObject(input)) return { ok: false, errors: [`model: expected an object with "factors", got ${show(input)}`] };
  const { factors } = input;
  if (!Array.isArray(factors) || factors.length === 0) {
    return { ok: false, errors: ['factors: expected a non-empty array of factors'] };
  }
  if (factors.length > MAX_FACTORS) errors.push(`factors: at most ${MAX_FACTORS} factors, got ${factors.length}`);

  const factorIds = new Set<string>();
  const itemIds = new Set<string>();
  const out: ModelFactor[] = [];

  factors.forEach((raw, index) => {
    const at = `factors[${index}]`;
    if (!isObject(raw)) {
      errors.push(`${at}: expected an object, got ${show(raw)}`);
      return;
    }
    const id = raw.id;
    // A reserved name first: "toString" is also not lower-case, but "reserved" is the reason to give.
    if (typeof id === 'string' && isReservedKey(id)) {
      errors.push(`${at}.id: "${id}" is a reserved name (a member of every object); choose another id`);
    } else if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
      errors.push(`${at}.id: expected lower-case letters, digits, ".", "_" or "-", got ${show(id)}`);
    } else if (factorIds.has(id)) {
      errors.push(`${at}.id: "${id}" is used twice`);
    } else {
      factorIds.add(id);
    }
    if (!(GROUP_IDS as readonly unknown[]).includes(raw.group)) {
      errors.push(`${at}.group: ${show(raw.group)} is not one of ${GROUP_IDS.join(', ')}`);
    }
    const content = validateContent(raw.content, `${at}.content`, errors);
    const items = validateItems(raw.items, `${at}.items`, itemIds, errors);
    const related = raw.related ?? [];
    if (!Array.isArray(related) || !related.every((r) => typeof r === 'string')) {
      errors.push(`${at}.related: expected an array of factor ids`);
    }
    out.push({
      id: String(id),
      number: index + 1,
      group: raw.group as GroupId,
      related: Array.isArray(related) ? (related as string[]) : [],
      content: content as Localized<FactorContent>,
      items,
    });
  });

  out.forEach((factor, index) => {
    for (const ref of factor.related) {
      if (!factorIds.has(ref)) errors.push(`factors[${index}].related: "${ref}" is not a factor id in this model`);
    }
  });

  const version = input.instrumentVersion;
  if (version !== undefined && !(Number.isInteger(version) && (version as number) >= 1)) {
    errors.push(`instrumentVersion: expected a whole number of 1 or more, got ${show(version)}`);
  }
  // An item's wording cannot be newer than the model's version; without a version, any positive whole number.
  const latest = typeof version === 'number' ? version : Infinity;
  out.forEach((factor, f) =>
    factor.items.forEach((item, i) => {
      const w = item.wordingVersion;
      if (w !== undefined && !(Number.isInteger(w) && w >= 1 && w <= latest)) {
        const range = latest === Infinity ? '1 or more' : `from 1 to ${latest}`;
        errors.push(`factors[${f}].items[${i}].wordingVersion: expected a whole number ${range}, got ${show(w)}`);
      }
    }),
  );

  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    value: version === undefined ? { factors: out } : { factors: out, instrumentVersion: version as number },
  };
}

function validateContent(raw: unknown, at: string, errors: string[]): Partial<Localized<FactorContent>> {
  if (!isObject(raw)) {
    errors.push(`${at}: expected texts for ${LOCALES.join(' and ')}`);
    return {};
  }
  const content: Partial<Record<string, FactorContent>> = {};
  for (const locale of LOCALES) {
    const text = raw[locale];
    if (!isObject(text) || !isText(text.title)) {
      errors.push(`${at}.${locale}.title: expected a non-empty text`);
      continue;
    }
    for (const key of ['short', 'description'] as const) {
      if (text[key] !== undefined && typeof text[key] !== 'string')
        errors.push(`${at}.${locale}.${key}: expected a text`);
    }
    for (const key of ['findings', 'tips'] as const) {
      const list = text[key];
      if (list !== undefined && (!Array.isArray(list) || !list.every(isText))) {
        errors.push(`${at}.${locale}.${key}: expected an array of texts`);
      }
    }
    content[locale] = text as unknown as FactorContent;
  }
  return content as Partial<Localized<FactorContent>>;
}

function validateItems(raw: unknown, at: string, seen: Set<string>, errors: string[]): ModelItem[] {
  if (!Array.isArray(raw) || raw.length === 0) {
    errors.push(`${at}: expected at least one statement`);
    return [];
  }
  if (raw.length > MAX_ITEMS_PER_FACTOR)
    errors.push(`${at}: at most ${MAX_ITEMS_PER_FACTOR} statements, got ${raw.length}`);
  return raw.map((item, index) => {
    const here = `${at}[${index}]`;
    if (!isObject(item)) {
      errors.push(`${here}: expected an object with "id" and "text"`);
      return { id: '', text: { nl: '', en: '' } };
    }
    if (typeof item.id === 'string' && isReservedKey(item.id)) {
      errors.push(`${here}.id: "${item.id}" is a reserved name (a member of every object); choose another id`);
    } else if (typeof item.id !== 'string' || !ID_PATTERN.test(item.id)) {
      errors.push(`${here}.id: expected an id like "my-factor.1", got ${show(item.id)}`);
    } else if (seen.has(item.id)) {
      errors.push(`${here}.id: "${item.id}" is used twice`);
    } else {
      seen.add(item.id);
    }
    const text = isObject(item.text) ? item.text : {};
    for (const locale of LOCALES) {
      if (!isText(text[locale])) errors.push(`${here}.text.${locale}: expected a non-empty statement`);
    }
    const wording = item.wordingVersion;
    return {
      id: String(item.id),
      text: text as unknown as Localized,
      ...(wording !== undefined && { wordingVersion: wording as number }),
    };
  });
}
