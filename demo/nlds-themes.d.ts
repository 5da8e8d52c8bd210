export declare const NLDS_THEMES: { key: string; title: string; className: string; css: string }[];
