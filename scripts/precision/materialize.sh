#!/bin/bash
# materialize.sh <outdir> <mirror names...>: HEAD's port-relevant files of each mirror (a git directory at
# $MIRRORS/<owner+name>/repo, as the `fetch` tool writes them; MIRRORS defaults to /work/.mirror) into <outdir>/<name>/.
# Only YAML, .conf, .env and Dockerfiles are written: the other files of a Home Assistant add-on (scripts, templates)
# are not, so add-on rules, which read them, must be judged on whole checkouts. A repository with a space in any
# selected path is written one file at a time (an unquoted pathspec list makes git archive fail whole, silently).
out=$1; shift
MIRRORS=${MIRRORS:-/work/.mirror}
for n in "$@"; do
  g=$MIRRORS/$n/repo; [ -d "$g/.git" ] && g=$g/.git
  d=$out/$n; rm -rf "$d"; mkdir -p "$d"
  git -C "$g" ls-tree -r --name-only HEAD | grep -E '(^|/)(\.env[^/]*|[^/]*\.ya?ml|[^/]*\.conf[^/]*|Dockerfile[^/]*|[^/]*\.env|[^/]*\.dockerfile)$' | grep -v '^\.github/' | head -20000 > /tmp/mat.$$.list
  # An empty list would make git archive write the whole tree (no pathspec): nothing to write then.
  if [ ! -s /tmp/mat.$$.list ]; then sp='(none)'
  elif grep -q ' ' /tmp/mat.$$.list; then
    while IFS= read -r p; do mkdir -p "$d/$(dirname "$p")"; git -C "$g" show "HEAD:$p" > "$d/$p" 2>/dev/null; done < /tmp/mat.$$.list
    sp='*'
  else
    git -C "$g" archive --format=tar HEAD $(sed 's/^/:(literal)/' /tmp/mat.$$.list) 2>/dev/null | tar -x -C "$d" 2>/dev/null
    sp=''
  fi
  echo "$n$sp $(git -C "$g" rev-parse HEAD) $(find $d -type f | wc -l)"
done
rm -f /tmp/mat.$$.list
