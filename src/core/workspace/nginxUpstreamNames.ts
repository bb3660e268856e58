// The names of the `upstream` blocks of every nginx file in the workspace. A large nginx setup keeps its upstream
// blocks in files of their own (`conf.d/upstream/ups-web-server.conf`) that the main config includes beside the
// server blocks, so `proxy_pass http://web-server;` in another file names a block, not a host on port 80.
// Read line by line rather than parsed: an upstream block opens on its own line in every config seen, and a name
// found too many only keeps a warning back.

/** `upstream NAME {` at the start of a line (after spaces), not in a comment. */
export function upstreamNamesIn(text: string, into: Set<string>): void {
  let from = 0;
  while (from < text.length) {
    let end = text.indexOf('\n', from);
    if (end < 0) end = text.length;
    let i = from;
    while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
    if (text.startsWith('upstream', i) && (text[i + 8] === ' ' || text[i + 8] === '\t')) {
      let j = i + 8;
      while (j < end && (text[j] === ' ' || text[j] === '\t')) j++;
      let k = j;
      while (k < end && !' \t{;#\r'.includes(text[k])) k++;
      let rest = k;
      while (rest < end && (text[rest] === ' ' || text[rest] === '\t')) rest++;
      if (k > j && text[rest] === '{') into.add(text.slice(j, k).toLowerCase());
    }
    from = end + 1;
  }
}
