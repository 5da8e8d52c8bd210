/**
 * Buurtkit, all in one: load this module with `<script type="module">` from anywhere
 * and every Buurtkit element is registered. Each widget issue adds its define module here.
 */
import '@buurtkit/core/define';
import '@buurtkit/phase-tracker/define';
import '@buurtkit/contact-finder/define';
import '@buurtkit/idea-form/define';
import '@buurtkit/initiative-map/define';

export { VERSION } from '@buurtkit/core';
