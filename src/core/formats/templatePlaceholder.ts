// A value a template engine or a start-up script fills in before the program reads it: `{{DB_PORT}}` (Jinja,
// Mustache, Go templates; cachethq/docker's .env.docker), `@XMLRPC_HEALTH_PORT@` (crazy-max's nginx templates,
// filled by sed), `%%port%%` (the nginx templates of Home Assistant add-ons such as alexbelgium/hassio-addons,
// filled by sed from the ingress port), `__PORT__`, or the bare upper-case name of a port variable (OpenEats' nginx `server api:API_PORT;`,
// filled by sed at start-up). Such a file is not what runs, so a placeholder where a port goes is no mistake.

export function isTemplatePlaceholder(text: string): boolean {
  if (text.includes('{{') || text.includes('}}')) return true;
  return wrappedWord(text, '@') || wrappedWord(text, '%%') || wrappedWord(text, '__') || isPortVariableName(text);
}

/** `API_PORT`, `PORT`: upper-case letters, digits and underscores that name a port. No port is written that way by
 *  mistake; a start-up script replaces the name. So does a person a phrase of words that says where the port goes
 *  (finallyjay/selfhosted-docker-services' traccar .env.example: `5013_EXTERNAL_PORT=port_goes_here`). */
function isPortVariableName(text: string): boolean {
  return text.endsWith('PORT') ? /^[A-Z0-9_]+$/.test(text) : text.includes('_') && text.includes('port') && /^[a-z0-9_]+$/.test(text);
}

/** Where a placeholder glued after a written port starts: `2341%%ingress_entry%%` is port 2341, then a path the
 *  start-up script fills in. -1 when `text` holds no such placeholder. */
export function placeholderAfterPort(text: string): number {
  const at = text.indexOf('%%');
  return at > 0 && text.indexOf('%%', at + 2) > at + 2 ? at : -1;
}

/** `@NAME@`, `%%NAME%%` or `__NAME__`: a word of letters, digits and underscores between two markers. */
function wrappedWord(text: string, marker: string): boolean {
  if (text.length <= 2 * marker.length || !text.startsWith(marker) || !text.endsWith(marker)) return false;
  for (let i = marker.length; i < text.length - marker.length; i++) {
    const c = text.charCodeAt(i);
    const word = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
    if (!word) return false;
  }
  return true;
}
