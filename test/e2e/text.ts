/** Reading what the action wrote the way a person sees it. */

/** Markdown with our escapes undone (backslash escapes, the word joiner after `@`): what GitHub renders. */
export function rendered(md: string): string {
  return md.replace(/\\([\\`*_{}[\]()#+\-.!|~])/g, '$1').replace(/\u2060/g, '');
}
