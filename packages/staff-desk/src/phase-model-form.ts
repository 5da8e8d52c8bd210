import { LOCALES, type LocalizedText } from '@buurtkit/api/locales';
import type { PhaseModel } from '@buurtkit/core';

/**
 * A phase model as one flat form (`label.nl`, `phases.2.resident.fy`, `answerDays`, …): the
 * field names are the JSON pointers of the API's answer with dots, so a 422 lands on the field
 * it names. Pure, so the view only renders and the rules are tested on their own.
 */
export type ModelValues = Record<string, string>;
export const TEXTS = ['label', 'description'] as const;
export const PHASE_TEXTS = ['label', 'description', 'municipality', 'resident'] as const;
export const KEY = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export type ModelInput = {
  label: LocalizedText;
  description: LocalizedText;
  answerDays?: number;
  forNewIdeas?: boolean;
  phases: {
    key: string;
    label: LocalizedText;
    description: LocalizedText;
    municipality: LocalizedText;
    resident: LocalizedText;
    deadlineDays?: number;
  }[];
};

const put = (values: ModelValues, prefix: string, text: Partial<LocalizedText> | undefined) => {
  for (const l of LOCALES) values[`${prefix}.${l}`] = text?.[l] ?? '';
};

/** The form's values for a model (or a new one, with one empty phase). */
export function toValues(model?: PhaseModel): ModelValues {
  const values: ModelValues = {
    key: model?.key ?? '',
    answerDays: model?.answerDays ? String(model.answerDays) : '',
    forNewIdeas: model?.forNewIdeas ? 'yes' : '',
  };
  for (const t of TEXTS) put(values, t, model?.[t]);
  const phases = model?.phases ?? [undefined];
  phases.forEach((p, i) => setPhase(values, i, p));
  values.phases = String(phases.length);
  return values;
}

type PhaseValues = Partial<ModelInput['phases'][number]>;

function setPhase(values: ModelValues, i: number, p?: PhaseValues) {
  values[`phases.${i}.key`] = p?.key ?? '';
  values[`phases.${i}.deadlineDays`] = p?.deadlineDays ? String(p.deadlineDays) : '';
  for (const t of PHASE_TEXTS) put(values, `phases.${i}.${t}`, p?.[t]);
}

export const phaseCount = (values: ModelValues) => Number(values.phases ?? 0);

const text = (values: ModelValues, prefix: string): LocalizedText => {
  const out: Partial<LocalizedText> = {};
  for (const l of LOCALES) if (values[`${prefix}.${l}`]?.trim()) out[l] = values[`${prefix}.${l}`]!.trim();
  return out as LocalizedText;
};
const days = (value: string | undefined) => (value?.trim() ? Number(value.trim()) : undefined);

/** What the API is sent; empty texts in other languages are left out (Dutch shows instead). */
export function toInput(values: ModelValues): ModelInput {
  const answerDays = days(values.answerDays);
  return {
    label: text(values, 'label'),
    description: text(values, 'description'),
    ...(answerDays === undefined ? {} : { answerDays }),
    forNewIdeas: values.forNewIdeas === 'yes',
    phases: Array.from({ length: phaseCount(values) }, (_, i) => {
      const deadlineDays = days(values[`phases.${i}.deadlineDays`]);
      return {
        key: values[`phases.${i}.key`]!.trim(),
        label: text(values, `phases.${i}.label`),
        description: text(values, `phases.${i}.description`),
        municipality: text(values, `phases.${i}.municipality`),
        resident: text(values, `phases.${i}.resident`),
        ...(deadlineDays === undefined ? {} : { deadlineDays }),
      };
    }),
  };
}

const phaseOf = (values: ModelValues, i: number): PhaseValues => toInput(values).phases[i]!;

/** Adds an empty phase at the end. */
export function addPhase(values: ModelValues): ModelValues {
  const next = { ...values };
  const n = phaseCount(values);
  setPhase(next, n);
  next.phases = String(n + 1);
  return next;
}

/** Removes phase `index`; the ones after it move up. */
export function removePhase(values: ModelValues, index: number): ModelValues {
  const n = phaseCount(values);
  const kept = Array.from({ length: n }, (_, i) => i).filter((i) => i !== index);
  return reorder(values, kept);
}

/** Swaps phase `index` with the one before (`-1`) or after (`1`). */
export function movePhase(values: ModelValues, index: number, by: -1 | 1): ModelValues {
  const order = Array.from({ length: phaseCount(values) }, (_, i) => i);
  const other = index + by;
  if (other < 0 || other >= order.length) return values;
  [order[index], order[other]] = [order[other]!, order[index]!];
  return reorder(values, order);
}

function reorder(values: ModelValues, order: number[]): ModelValues {
  const phases = order.map((i) => ({
    ...phaseOf(values, i),
    // Keep half-typed numbers as typed; `toInput` would read them as numbers.
    deadline: values[`phases.${i}.deadlineDays`] ?? '',
  }));
  const next: ModelValues = Object.fromEntries(Object.entries(values).filter(([k]) => !k.startsWith('phases.')));
  phases.forEach(({ deadline, ...p }, i) => {
    setPhase(next, i, p);
    next[`phases.${i}.deadlineDays`] = deadline;
  });
  next.phases = String(phases.length);
  return next;
}

/**
 * An API pointer as a field name: `#/phases/2/label/nl` → `phases.2.label.nl`; a whole phase →
 * its key. The list itself (a phase that may not go) is no field: it shows above the form.
 */
export function pointerToField(pointer: string, values: ModelValues): string | undefined {
  const field = pointer.slice(2).replaceAll('/', '.');
  if (field === 'phases') return undefined;
  if (field in values) return field;
  if (/^phases\.\d+$/.test(field)) return `${field}.key`;
  const parent = field.split('.').slice(0, -1).join('.');
  return `${parent}.nl` in values ? `${parent}.nl` : undefined;
}

export type ModelMessages = {
  required: string;
  key: string;
  duplicate: string;
  days: string;
};

/** The checks before sending (the server checks again): Dutch texts, keys, unique phases, days. */
export function modelErrors(values: ModelValues, isNew: boolean, m: ModelMessages): Record<string, string> {
  const errors: Record<string, string> = {};
  const need = (field: string) => {
    if (!values[field]?.trim()) errors[field] = m.required;
  };
  const dayRule = (field: string) => {
    const v = values[field]?.trim();
    if (v && !(/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 99)) errors[field] = m.days;
  };
  if (isNew && !KEY.test(values.key ?? '')) errors.key = values.key?.trim() ? m.key : m.required;
  for (const t of TEXTS) need(`${t}.nl`);
  dayRule('answerDays');
  const seen = new Set<string>();
  for (let i = 0; i < phaseCount(values); i++) {
    const key = values[`phases.${i}.key`]?.trim() ?? '';
    if (!key) errors[`phases.${i}.key`] = m.required;
    else if (!KEY.test(key)) errors[`phases.${i}.key`] = m.key;
    else if (seen.has(key)) errors[`phases.${i}.key`] = m.duplicate;
    seen.add(key);
    for (const t of PHASE_TEXTS) need(`phases.${i}.${t}.nl`);
    dayRule(`phases.${i}.deadlineDays`);
  }
  return errors;
}
