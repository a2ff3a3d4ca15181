import type { ConfigData } from 'html-validate';

/**
 * The html-validate setup every reader page must pass: the recommended preset with as few
 * exceptions as we can justify. Each exception says why; tests in render.test.ts check by hand
 * what a disabled rule would have caught where it still matters.
 *
 * @example new HtmlValidate(HTML_VALIDATE_CONFIG).validateString(renderArticle(view))
 */
export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // The doctype is case-insensitive; our pages write `<!doctype html>` as the rendering
    // contract and the WHATWG spec's own examples do. Only the letter case is configured.
    'doctype-style': ['error', { style: 'lowercase' }],
    // A story's title is its headline plus the site name. Editors write headlines for readers,
    // not for a 70-character search snippet, and cutting them would cut their meaning.
    'long-title': 'off',
  },
};
