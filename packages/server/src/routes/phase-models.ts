import type { FastifyInstance } from 'fastify';
import { audit } from '../auth/audit.js';
import { localeOf } from '../context.js';
import { message, type Locale } from '../messages.js';
import { notFound, stateProblem, type FieldError } from '../problems.js';
import { validationProblem, validatorFor } from '../validation.js';
import {
  deletePhaseModel,
  getPhaseModel,
  savePhaseModel,
  type InitiativeRef,
  type PhaseModelInput,
} from '../store/reference.js';

/** "12 Moestuin, 14 Speeltuin", at most twenty named: enough to find them in the desk. */
const named = (inUse: InitiativeRef[]) =>
  inUse
    .slice(0, 20)
    .map((i) => `${i.id} ${i.title}`)
    .join(', ') + (inUse.length > 20 ? ', …' : '');

/**
 * A municipality's own process (its participatieverordening): the `beheer` role adds and
 * changes phase models, their wording per language, deadlines and answer promise, and
 * chooses the model new ideas enter.
 */
export function phaseModelRoutes(app: FastifyInstance) {
  const v = { put: validatorFor('staffPutPhaseModel'), remove: validatorFor('staffDeletePhaseModel') };

  const duplicates = (input: PhaseModelInput, locale: Locale): FieldError[] => {
    const seen = new Set<string>();
    return input.phases.flatMap((p, i) => {
      if (!seen.has(p.key)) return (seen.add(p.key), []);
      return [{ pointer: `#/phases/${i}/key`, code: 'duplicate-phase', detail: message(locale, 'duplicate-phase') }];
    });
  };

  app.put('/api/v1/staff/phase-models/:key', async (req) => {
    const { ctx } = req;
    const locale = localeOf(req);
    const actor = await ctx.staff.require(req, locale, 'settings:manage');
    const { key } = v.put.params(req.params as Record<string, unknown>, locale);
    const input = v.put.body(req.body, locale) as PhaseModelInput;
    const twice = duplicates(input, locale);
    if (twice.length) throw validationProblem(twice, locale);
    const now = ctx.now().toISOString();
    await ctx.db.transaction(async (tx) => {
      const outcome = await savePhaseModel(tx, key as string, input);
      if (outcome.ok) return audit(tx, now, actor, 'phase-model.save', `phase-model:${key}`);
      if (outcome.reason === 'entry-needed') {
        const detail = message(locale, 'entry-model-needed');
        throw validationProblem([{ pointer: '#/forNewIdeas', code: 'entry-model-needed', detail }], locale);
      }
      // The phases that went are not in the body: the pointer is the list, the text names them.
      const old = (await getPhaseModel(tx, key as string))!;
      const name = (phase: string) => {
        const label = old.phases.find((p) => p.key === phase)!.label;
        return label[locale] ?? label.nl;
      };
      throw validationProblem(
        [...new Set(outcome.inUse.map((i) => i.phase))].map((phase) => ({
          pointer: '#/phases',
          code: 'phase-in-use',
          detail: message(locale, 'phase-in-use', {
            phase: name(phase),
            list: named(outcome.inUse.filter((i) => i.phase === phase)),
          }),
        })),
        locale,
      );
    });
    return getPhaseModel(ctx.db, key as string);
  });

  app.delete('/api/v1/staff/phase-models/:key', async (req, reply) => {
    const { ctx } = req;
    const locale = localeOf(req);
    const actor = await ctx.staff.require(req, locale, 'settings:manage');
    const { key } = v.remove.params(req.params as Record<string, unknown>, locale);
    const now = ctx.now().toISOString();
    await ctx.db.transaction(async (tx) => {
      const outcome = await deletePhaseModel(tx, key as string);
      if (outcome.ok) return audit(tx, now, actor, 'phase-model.delete', `phase-model:${key}`);
      if (outcome.reason === 'not-found') throw notFound(locale);
      if (outcome.reason === 'entry-needed') throw stateProblem(locale, message(locale, 'entry-model-needed'));
      throw stateProblem(locale, message(locale, 'model-in-use', { list: named(outcome.inUse) }));
    });
    reply.code(204);
  });
}
