<?php
/**
 * Plugin Name: Buurtkit
 * Description: Buurtkit's elements for every editor, also those without unfiltered_html: a [buurtkit] shortcode, the elements allowed in posts, and the script loaded once, pinned by its integrity hash.
 * Version: 0.1.0
 * Requires at least: 6.1
 * License: EUPL-1.2
 *
 * Settings (wp-config.php or a settings plugin): BUURTKIT_SRC (the version's buurtkit.js on
 * your CDN), BUURTKIT_INTEGRITY (its hash from sri.json) and BUURTKIT_API (your API address).
 */

if (!defined('ABSPATH')) {
	exit;
}

/** The elements and the attributes an editor may set (as @buurtkit/configurator's OPTIONS, plus api). */
const BUURTKIT_ELEMENTS = array(
	'buurt-initiative-map' => array(
		'api', 'lang', 'heading-level', 'center', 'zoom', 'theme', 'phase', 'tiles', 'attribution',
		'geocoder', 'municipality', 'deep-link', 'idea-href', 'clustering',
	),
	'buurt-idea-form' => array(
		'api', 'lang', 'heading-level', 'tracking-url', 'map-center', 'map-zoom', 'map-tiles',
		'map-attribution', 'geocoder', 'response-days', 'retention-months',
	),
	'buurt-phase-tracker' => array(
		'api', 'lang', 'heading-level', 'initiative', 'reference', 'model', 'layout', 'geocoder',
	),
	'buurt-contact-finder' => array(
		'api', 'lang', 'heading-level', 'municipality', 'geocoder',
	),
);

/** Editors without unfiltered_html may write the elements: kses keeps them with these attributes only. */
add_filter('wp_kses_allowed_html', function ($tags, $context) {
	if ('post' !== $context) {
		return $tags;
	}
	foreach (BUURTKIT_ELEMENTS as $tag => $attributes) {
		$tags[$tag] = array_fill_keys($attributes, true);
	}
	return $tags;
}, 10, 2);

/** [buurtkit widget="buurt-phase-tracker" initiative="12"]: the element, its known attributes only, escaped. */
add_shortcode('buurtkit', function ($atts) {
	$atts = is_array($atts) ? $atts : array();
	$widget = isset($atts['widget']) ? $atts['widget'] : '';
	if (!isset(BUURTKIT_ELEMENTS[$widget])) {
		return '';
	}
	if (!isset($atts['api']) && defined('BUURTKIT_API')) {
		$atts['api'] = BUURTKIT_API;
	}
	$html = '<' . $widget;
	foreach (BUURTKIT_ELEMENTS[$widget] as $name) {
		// WordPress hands shortcode attributes over in lower case, with dashes kept.
		if (isset($atts[$name]) && '' !== $atts[$name]) {
			$html .= ' ' . $name . '="' . esc_attr($atts[$name]) . '"';
		}
	}
	buurtkit_enqueue();
	return $html . '></' . $widget . '>';
});

/** The bundle, once per page, as a module with its integrity hash. */
function buurtkit_enqueue() {
	if (defined('BUURTKIT_SRC')) {
		wp_enqueue_script('buurtkit', BUURTKIT_SRC, array(), null, true);
	}
}

add_filter('script_loader_tag', function ($tag, $handle, $src) {
	if ('buurtkit' !== $handle) {
		return $tag;
	}
	$integrity = defined('BUURTKIT_INTEGRITY')
		? ' integrity="' . esc_attr(BUURTKIT_INTEGRITY) . '" crossorigin="anonymous"'
		: '';
	return '<script type="module" src="' . esc_url($src) . '"' . $integrity . '></script>' . "\n";
}, 10, 3);
