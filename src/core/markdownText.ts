// Registry, user and workspace text put into Markdown (the hover, the lookup's entry view): escaped so that it
// shows as written, code spans that cannot end early, link targets that stay whole. Below both the hover's
// writers (hoverMarkdown.ts, imageHover.ts, workspace/hoverNotes.ts), which all need it.

/** A URL as the target of a Markdown link: a parenthesis or a blank would end the target early, so they are
 *  percent-encoded (encodeURIComponent leaves parentheses as they are). */
export function linkTarget(url: string): string {
  return url.replace(/[()\s]/g, (ch) => '%' + ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

/** Text inside a code span is shown literally; only a backtick could end it early. */
export function codeSpan(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

/** Registry and user text is shown as written, never as markup: escape what could start emphasis, code,
 *  a link, a table cell or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]|<>#]/g, '\\$&');
}
