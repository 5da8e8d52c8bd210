<?php
// Runs WordPress's own kses and shortcodes outside a site: the files that define them,
// then (when asked) the recipe's plugin. Reads {"wordpress", "plugin", "steps"} as JSON on
// stdin and prints each step's result as JSON.
$in = json_decode(stream_get_contents(STDIN), true);
define('ABSPATH', rtrim($in['wordpress'], '/') . '/');
define('WPINC', 'wp-includes');
foreach (array('load', 'cache', 'plugin', 'kses', 'formatting', 'functions', 'shortcodes') as $file) {
	require ABSPATH . WPINC . '/' . $file . '.php';
}
// The site's options, as WordPress caches them from its database (escaping reads the charset).
wp_cache_init();
wp_cache_set('alloptions', array('blog_charset' => 'UTF-8'), 'options');
if ($in['plugin']) {
	define('BUURTKIT_API', 'https://gemeente.example/api/v1');
	require $in['plugin'];
}
$out = array();
foreach ($in['steps'] as $step) {
	switch ($step[0]) {
		// What an editor without unfiltered_html saves.
		case 'kses':
			$out[] = wp_kses_post($step[1]);
			break;
		case 'shortcode':
			$out[] = do_shortcode($step[1]);
			break;
		case 'script-tag':
			if (!defined('BUURTKIT_INTEGRITY')) {
				define('BUURTKIT_INTEGRITY', $step[2]);
			}
			$tag = "<script src='" . $step[1] . "' id='buurtkit-js'></script>\n";
			$out[] = apply_filters('script_loader_tag', $tag, 'buurtkit', $step[1]);
			break;
		case 'elements':
			$out[] = defined('BUURTKIT_ELEMENTS') ? BUURTKIT_ELEMENTS : null;
			break;
	}
}
echo json_encode($out);
