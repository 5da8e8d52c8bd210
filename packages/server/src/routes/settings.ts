import type { FastifyInstance } from 'fastify';
import { audit } from '../auth/audit.js';
import { localeOf, type AppContext } from '../context.js';
import { writeSettings } from '../store/tenants.js';
import { editablePart, effectiveSettings, type EditableSettings } from '../tenants/settings.js';
import { validatorFor } from '../validation.js';

/**
 * A municipality's own settings, by its `beheer` role: the name in mails, the mail sender,
 * the sites that may embed the widgets, the answer promise, links in mail. Who may sign in
 * is not here: the command line sets that (`buurtkit-server tenant set`).
 */
export function settingsRoutes(app: FastifyInstance) {
  const put = validatorFor('staffPutSettings');
  const view = (ctx: AppContext, settings: EditableSettings) => ({ tenant: ctx.tenant, ...settings });

  app.get('/api/v1/staff/settings', async (req, reply) => {
    const { ctx } = req;
    await ctx.staff.require(req, localeOf(req), 'settings:manage');
    reply.header('Cache-Control', 'no-store');
    return view(ctx, effectiveSettings(ctx));
  });

  app.put('/api/v1/staff/settings', async (req, reply) => {
    const { ctx } = req;
    const locale = localeOf(req);
    const actor = await ctx.staff.require(req, locale, 'settings:manage');
    const input = editablePart(put.body(req.body, locale) as Record<string, unknown>) as EditableSettings;
    const now = ctx.now().toISOString();
    await ctx.db.transaction(async (tx) => {
      await writeSettings(tx, input);
      await audit(tx, now, actor, 'settings.save', 'settings', { keys: Object.keys(input) });
    });
    // On a tenant router the settings apply before the answer goes; the next request sees them.
    await ctx.settingsChanged?.();
    reply.header('Cache-Control', 'no-store');
    return view(ctx, input);
  });
}
