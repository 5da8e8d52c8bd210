import { html, nothing } from 'lit';
import { button, heading, type LocalizeController } from '@buurtkit/core';
import type { ConfiguratorMessages } from '../messages/nl.js';

/** One block an editor copies: its name, what to do with it, and the text itself. */
export type CodeBlock = {
  id: string;
  title: string;
  help: string;
  text: string;
  /** Said after it, e.g. what to ask the CMS supplier. */
  note?: string;
};

export interface CodeContext {
  msg: LocalizeController<ConfiguratorMessages>;
  blocks: CodeBlock[];
  /** Level of the blocks' headings. */
  level: number;
  /** What the last copy did, announced (role=status). */
  status: string;
  onCopy(block: CodeBlock): void;
}

/**
 * The code to copy, each block with its own button. The text is shown as text (Lit escapes
 * it), in a focusable region so keyboard users can scroll long lines.
 */
export function renderCode(c: CodeContext) {
  return html`${c.blocks.map(
    (b) =>
      html`<div class="code">
          ${heading(b.title, c.level, { id: `${b.id}-title` })}
          <p class="hint" id="${b.id}-help">${b.help}</p>
          <pre
            id=${b.id}
            tabindex="0"
            role="region"
            aria-labelledby="${b.id}-title"
            aria-describedby="${b.id}-help"
          ><code>${b.text}</code></pre>
          <div class="actions">${button({ label: c.msg.t('copy', b.title), onClick: () => c.onCopy(b) })}</div>
          ${b.note ? html`<p class="note">${b.note}</p>` : nothing}
        </div>`,
  )}
    <div role="status" class="copy-status">${c.status}</div>`;
}
