// <buurt-config> comes along: a page that loads only this widget can still configure it.
import '@buurtkit/core/define';
import { defineElement } from '@buurtkit/core';
import { IdeaForm } from './idea-form.js';

defineElement('buurt-idea-form', IdeaForm);

declare global {
  interface HTMLElementTagNameMap {
    'buurt-idea-form': IdeaForm;
  }
}
